/**
 * The OnMessageSend check: read the message, scan it, decide, complete. One async function; one
 * place (`complete`) calls event.completed, exactly once, on every path: findings, nothing found,
 * a failing or silent Office call, an exception, or the watchdog firing first.
 */
import { defaultPolicy } from '../policy/defaults';
import type { Policy } from '../policy/types';
import { alertSupport, promptUserSendMode, displayLanguage, listAttachments, OfficeCallError, readMessage, readSessionValue, readSessionValues } from '../outlook';
import type { MessageInput } from '../model/message';
import type { Report } from '../model/finding';
import type { ScanOptions } from '../scan/options';
import { type AlertSettings, type CompletedOptions, decide, decideOnError, stoppingFindings } from './alert';
import { fingerprintMessage } from '../session/fingerprint';
import { writeAudit } from '../session/memory';
import { type AuditEntry, cleanReason, DECISION_KEY, ENCRYPTED_KEY, parseDecision, parseEncrypted } from '../session/decision';
import { knownResult, parseStore, policyKey, PRESCAN_KEY, type PrescanStore } from '../session/prescan';
import type { Finding } from '../model/finding';

/** The stored results; an empty store when there are none or storage fails (Send then reads everything). */
export async function loadPrescan(key: string, call: { timeoutMs?: number }): Promise<PrescanStore> {
  try {
    return parseStore(await readSessionValue(PRESCAN_KEY, call), key);
  } catch {
    return parseStore(undefined, key);
  }
}

/** The manifest's task pane button (Control id): the alert's button opens it. */
export const COMMAND_ID = 'SendGuardOpenPane';
/** The manifest's LaunchEvent FunctionName. */
export const HANDLER_NAME = 'onMessageSendHandler';

/** The part of Office's MailboxEvent we use. */
export interface SendEvent {
  completed(options?: CompletedOptions): void;
}

export interface OnSendDeps {
  scan: (message: MessageInput, options: ScanOptions) => Report;
  loadPolicy: () => Promise<Policy>;
  now: () => number;
  /** Time-out of each Office call. */
  callTimeoutMs: number;
  /** Whatever happens, the event is completed (as policy.onError says) after this long. */
  watchdogMs: number;
}

export const DEFAULT_CALL_TIMEOUT_MS = 5000;
/** Below Outlook's own five minutes by far; above a normal read + scan (time budget 3 s) by far. */
export const DEFAULT_WATCHDOG_MS = 15000;

/** Completes the event. Returns the options it completed with (for tests and the preview). */
export async function checkOnSend(event: SendEvent, deps: Pick<OnSendDeps, 'scan' | 'loadPolicy'> & Partial<OnSendDeps>): Promise<CompletedOptions> {
  const now = deps.now || Date.now;
  const callTimeoutMs = deps.callTimeoutMs !== undefined ? deps.callTimeoutMs : DEFAULT_CALL_TIMEOUT_MS;
  const call = { timeoutMs: callTimeoutMs };
  let policy: Policy = defaultPolicy();
  let settings: AlertSettings = {
    lang: displayLanguage(policy.language),
    taskPaneButton: false,
    markdown: false,
    commandId: COMMAND_ID,
    fingerprint: '',
    promptUser: 'promptUser',
  };

  let completedWith: CompletedOptions | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let resolveDone: (options: CompletedOptions) => void = () => undefined;
  const done = new Promise<CompletedOptions>((resolve) => (resolveDone = resolve));

  // The one place that completes the event.
  const complete = (options: CompletedOptions): void => {
    if (completedWith) return;
    completedWith = options;
    if (watchdog !== undefined) clearTimeout(watchdog);
    try {
      event.completed(options);
    } catch {
      // Nothing more we can do: Outlook applies the manifest's send mode.
    }
    resolveDone(options);
  };

  // The content's fingerprint (a SHA-256) is made only when it is used: against a stored decision,
  // or in the context of a stopped send. `checked` is the content once it has been read.
  let checked: MessageInput | undefined;
  let fingerprint = '';
  const fingerprinted = (): AlertSettings => {
    if (checked && !fingerprint) {
      try {
        fingerprint = fingerprintMessage(checked);
      } catch {
        // The send is still decided, without a fingerprint (the task pane then checks the message afresh).
      }
    }
    return { ...settings, fingerprint };
  };

  if (typeof setTimeout === 'function') {
    watchdog = setTimeout(() => complete(decideOnError(policy.onError, true, fingerprinted())), deps.watchdogMs !== undefined ? deps.watchdogMs : DEFAULT_WATCHDOG_MS);
  }

  // Once the event is completed (the watchdog may get there first) the header is no longer ours to write.
  let encrypted: AuditEntry['encrypted'];
  const audit = (entry: AuditEntry): Promise<void> => (completedWith ? Promise.resolve() : writeAudit({ ...entry, encrypted }, call).catch(() => undefined));

  const run = async (): Promise<void> => {
    policy = await deps.loadPolicy();
    const support = alertSupport();
    settings = { ...settings, lang: displayLanguage(policy.language), taskPaneButton: support.taskPaneButton, markdown: support.markdown, promptUser: promptUserSendMode() };
    // One time budget for reading and scanning together: attachment content is fetched during the
    // first half; the scan gets what is left, and never less than the other half.
    const budget = policy.limits.timeBudgetMs;
    const start = now();
    // Attachments the compose-time check already scanned (same id, name and size, same policy) are
    // not read again: their stored findings go into the scan. Everything else is read as always.
    // The list and all that is stored for the item (compose-time results, the task pane's decision
    // and encrypted copies) are asked for together with the message's fields, one round trip for
    // all; only attachment content waits for the list. Storage failing means none of it: all is checked.
    const listing = Promise.all([
      listAttachments(call),
      readSessionValues([PRESCAN_KEY, DECISION_KEY, ENCRYPTED_KEY], call).catch((): { [key: string]: string | undefined } => ({})),
    ]).then(([listed, stored]) => {
      // The policy's hash (of the whole policy) only when there are stored results to hold it against.
      const results = stored[PRESCAN_KEY];
      const store = parseStore(results, results ? policyKey(policy, settings.lang) : '');
      return { listed, stored, store, known: listed.filter((a) => knownResult(store, a) !== undefined) };
    });
    const toRead = listing.then(({ listed, known }) => listed.filter((a) => known.indexOf(a) < 0));
    const message = await readMessage({ limits: policy.limits, callTimeoutMs, deadline: start + budget / 2, now, attachmentList: toRead });
    const { listed, stored, store, known } = await listing;
    const prior: Finding[] = [];
    for (const a of known) prior.push(...(knownResult(store, a) || { findings: [] }).findings);
    if (completedWith) return;
    checked = { ...message, attachments: message.attachments.concat(known.map((a) => ({ name: a.name, size: a.size, kind: a.kind }))) };
    const decision = parseDecision(stored[DECISION_KEY]);
    // Encrypted in the task pane and still attached: the audit header names them.
    encrypted = parseEncrypted(stored[ENCRYPTED_KEY]).filter((r) => listed.some((a) => cleanReason(a.name) === r.name));
    const remembered = !!decision && decision.fingerprint === fingerprinted().fingerprint;
    if (decision && remembered && decision.action !== 'send-anyway') {
      // A reason here says how it was made safe (e.g. encrypted with Outlook's own button, as the user said).
      await audit({ result: 'decided', action: decision.action, detectors: decision.detectors, reason: decision.reason });
      complete({ allowEvent: true });
      return;
    }
    const scanBudget = Math.max(budget - (now() - start), budget / 2);
    const scanPolicy: Policy = { ...policy, limits: { ...policy.limits, timeBudgetMs: scanBudget } };
    const report = deps.scan(message, { policy: scanPolicy, senderAddress: message.from && message.from.address, now, lang: settings.lang, priorFindings: prior });
    const stopping = stoppingFindings(report);
    if (decision && remembered && stopping.every((f) => f.severity !== 'block')) {
      // Send anyway was chosen for exactly this content; block findings can never be overridden.
      await audit({ result: 'decided', action: decision.action, detectors: decision.detectors, reason: decision.reason });
      complete({ allowEvent: true });
      return;
    }
    const options = decide(report, stopping.length > 0 ? fingerprinted() : settings);
    if (options.allowEvent) await audit({ result: 'clean' });
    else if (options.sendModeOverride) await audit({ result: 'warned', detectors: stopping.map((f) => f.detector) });
    complete(options);
  };

  try {
    await run();
  } catch (e) {
    const timedOut = e instanceof OfficeCallError && e.code === 'timeout';
    if (!completedWith && policy.onError === 'allow') await audit({ result: 'unchecked' });
    complete(decideOnError(policy.onError, timedOut, fingerprinted()));
  }
  return done;
}
