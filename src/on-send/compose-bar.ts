/**
 * What the compose-time check shows in the notification bar: the attachment findings and the
 * recipient findings that would stop the send, worded short. Pure, like alert.ts.
 */
import type { Finding, Language, Report } from '../model/finding';
import { stopsSend } from '../scan';
import { ALERT_STRINGS } from '../strings/alert';
import { COMPOSE_STRINGS } from '../strings/compose';
import { MAX_NOTIFICATION, type NotificationBar } from '../outlook';
import { decide, detectorName } from './alert';

/** How many items the bar names before "and N more". */
const MAX_ITEMS = 3;
const MAX_NAME = 30;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/**
 * The findings the bar is about: what an added attachment holds, and risky recipients of sensitive
 * content. Body and subject findings alone wait for Send: there is no event for typing.
 */
export function barFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => stopsSend(f) && (f.location.part === 'attachment' || f.location.part === 'recipients'));
}

function items(findings: Finding[], lang: Language): string[] {
  const seen: { [key: string]: boolean } = {};
  const out: string[] = [];
  for (const f of findings) {
    const where = f.location.part === 'attachment' ? ' ' + ALERT_STRINGS[lang].where({ part: 'attachment', attachment: shorten(f.location.attachment || '', MAX_NAME) }) : '';
    const line = detectorName(f.detector, lang) + where;
    if (!seen[line]) {
      seen[line] = true;
      out.push(line);
    }
  }
  return out;
}

/** The bar for these findings, or undefined when there is nothing to say (the bar goes). */
export function composeBar(report: Report, lang: Language, commandId: string): NotificationBar | undefined {
  const shown = barFindings(report.findings);
  if (shown.length === 0) return undefined;
  const s = COMPOSE_STRINGS[lang];
  const all = items(shown, lang);
  let n = Math.min(all.length, MAX_ITEMS);
  let message = s.bar({ items: all.slice(0, n), more: all.length - n });
  while (message.length > MAX_NOTIFICATION && n > 1) {
    n--;
    message = s.bar({ items: all.slice(0, n), more: all.length - n });
  }
  // The same summary the Smart Alert hands over, so the task pane opens on these findings.
  const barReport: Report = { ...report, findings: shown, verdict: shown.some((f) => f.severity === 'block') ? 'block' : 'warn' };
  const alert = decide(barReport, { lang, taskPaneButton: true, markdown: false, commandId, fingerprint: '', promptUser: 'promptUser' });
  return { message, action: { text: s.action, commandId, contextData: alert.contextData || '' } };
}
