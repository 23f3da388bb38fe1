/**
 * Turns a scan report into what event.completed receives: allow, or the Smart Alert. Pure, so the
 * exact text and options per client version are tested without Office.
 */
import type { Finding, Language } from '../model/finding';
import type { Report } from '../model/finding';
import { stopsSend } from '../scan';
import { CONTEXT_MAX_FINDINGS, CONTEXT_VERSION, type ContextFinding, type SendGuardContext } from '../session/context';
import { detectorTexts } from '../scan/texts';
import { ALERT_STRINGS, type AlertStrings } from '../strings/alert';

/** Office's limits (SmartAlertsEventCompletedOptions): message 500 characters, button 20. */
export const MAX_MESSAGE = 500;
export const MAX_CANCEL_LABEL = 20;
/** How many findings the message names before "and N more". */
const MAX_ITEMS = 4;
/** Attachment names are cut so one long name cannot crowd out the rest. */
const MAX_NAME = 40;

/** The options we pass to event.completed (a subset of Office.SmartAlertsEventCompletedOptions). */
export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

export interface AlertSettings {
  lang: Language;
  /** Mailbox 1.14: cancelLabel, commandId, contextData, sendModeOverride. */
  taskPaneButton: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
  /** The manifest's task pane control id. */
  commandId: string;
  fingerprint: string;
  /** The value Office wants for prompt user (Office.MailboxEnums.SendModeOverride.PromptUser). */
  promptUser: string;
}

/** Findings that stop the send (warn, block); info findings are only shown in the task pane. */
export function stoppingFindings(report: Report): Finding[] {
  return report.findings.filter(stopsSend);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/**
 * A detector's name from its own texts, written to go mid-sentence: "Loonstrook" becomes
 * "loonstrook", while "BSN (burgerservicenummer)" and "IBAN" keep their capitals.
 */
export function detectorName(detector: Finding['detector'], lang: Language): string {
  const name = detectorTexts(detector)[lang].name;
  const second = name.charAt(1);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase() ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** One line per detector and place, counts added up, most severe first (the report's order). */
function wordItems(findings: Finding[], s: AlertStrings, lang: Language): string[] {
  const order: string[] = [];
  const lines: { [key: string]: { what: string; count: number; where: string; part: Finding['location']['part'] } } = {};
  for (const f of findings) {
    const where = s.where({
      part: f.location.part,
      attachment: f.location.attachment !== undefined ? shorten(f.location.attachment, MAX_NAME) : undefined,
      path: f.location.path ? shorten(f.location.path, MAX_NAME) : undefined,
    });
    const key = f.detector + '\u0000' + where;
    const line = lines[key];
    if (line) line.count += f.count;
    else {
      lines[key] = { what: detectorName(f.detector, lang), count: f.count, where, part: f.location.part };
      order.push(key);
    }
  }
  return order.map((k) => s.item(lines[k]));
}

/**
 * Characters Office's alert Markdown acts on (emphasis, links) are escaped: a file name must not
 * become formatting. Lines never start with a name, so list markers need no escaping.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_[\]])/g, '\\$1');
}

/** Builds the message with as many items as fit in `max` characters. */
function fitMessage(items: string[], max: number, render: (shown: string[], more: number) => string): string {
  let shown = Math.min(items.length, MAX_ITEMS);
  for (;;) {
    const text = render(items.slice(0, shown), items.length - shown);
    if (text.length <= max || shown <= 1) return shorten(text, max);
    shown--;
  }
}

function contextOf(report: Report, stopping: Finding[], cause: SendGuardContext['cause'], fingerprint: string): string {
  const findings: ContextFinding[] = stopping.slice(0, CONTEXT_MAX_FINDINGS).map((f) => {
    const c: ContextFinding = { detector: f.detector, severity: f.severity, confidence: f.confidence, location: f.location, count: f.count };
    if (f.reason) c.reason = f.reason;
    return c;
  });
  const context: SendGuardContext = {
    v: CONTEXT_VERSION,
    cause,
    verdict: report.verdict,
    fingerprint,
    findings,
    omitted: stopping.length - findings.length,
    timedOut: report.timedOut,
  };
  return JSON.stringify(context);
}

/** allow, or the alert for a report whose verdict is warn or block. */
export function decide(report: Report, settings: AlertSettings): CompletedOptions {
  const stopping = stoppingFindings(report);
  if (report.verdict === 'allow' || stopping.length === 0) return { allowEvent: true };
  const s = ALERT_STRINGS[settings.lang];
  const onlyWarnings = stopping.every((f) => f.severity === 'warn');
  const nextStep = !settings.taskPaneButton ? s.nextStepRibbon : onlyWarnings ? s.nextStepWarn : s.nextStepFix;
  const items = wordItems(stopping, s, settings.lang);
  const errorMessage = fitMessage(items, MAX_MESSAGE, (shown, more) => s.found({ items: shown, more }) + ' ' + nextStep);
  const options: CompletedOptions = { allowEvent: false, errorMessage };
  if (settings.markdown) {
    // Office's Markdown: a list item ends with \r, a new paragraph is \n\n.
    options.errorMessageMarkdown = fitMessage(
      items,
      MAX_MESSAGE,
      (shown, more) =>
        s.heading +
        '\n\n' +
        shown.map((i) => '- ' + escapeMarkdown(i) + '\r').join('') +
        (more > 0 ? '- ' + escapeMarkdown(s.more({ count: more })) + '\r' : '') +
        '\n\n' +
        escapeMarkdown(nextStep),
    );
  }
  if (settings.taskPaneButton) {
    options.cancelLabel = shorten(s.cancelLabel, MAX_CANCEL_LABEL);
    options.commandId = settings.commandId;
    options.contextData = contextOf(report, stopping, 'findings', settings.fingerprint);
    if (onlyWarnings) options.sendModeOverride = settings.promptUser;
  }
  return options;
}

/** What a failed or timed-out check does: the policy's onError (allow, or stop with a message). */
export function decideOnError(onError: 'allow' | 'block', timedOut: boolean, settings: AlertSettings): CompletedOptions {
  if (onError === 'allow') return { allowEvent: true };
  const s = ALERT_STRINGS[settings.lang];
  const options: CompletedOptions = { allowEvent: false, errorMessage: shorten(s.checkFailed({ timedOut }), MAX_MESSAGE) };
  if (settings.taskPaneButton) {
    options.cancelLabel = shorten(s.cancelLabel, MAX_CANCEL_LABEL);
    options.commandId = settings.commandId;
    const empty: Report = { verdict: 'block', findings: [], elapsedMs: 0, timedOut };
    options.contextData = contextOf(empty, [], 'error', settings.fingerprint);
  }
  return options;
}
