/**
 * "Try it": a dropped file checked under the policy being edited, with the engine the CLI and the
 * handler use, and the alert text the handler would give, in both languages. Pure: no DOM.
 */
import { decide } from '../on-send/alert';
import { messageFromFile } from '../extract/mail/file';
import type { Finding, Language, Report, Verdict } from '../model/finding';
import type { MessageInput } from '../model/message';
import type { Policy } from '../policy/types';
import { scanMessage, verdictOf } from '../scan';

export interface FileCheck {
  /** The file's name, with its folder when it came from one. */
  file: string;
  report: Report;
}

/** What Outlook would show: the alert's message and its task pane button, or nothing (allowed). */
export interface AlertPreview {
  message: string;
  button: string;
}

/**
 * A report for a file the engine could not check at all (it threw): one unscannable-attachment
 * finding at the policy's action, never a silent pass or a crash.
 */
export function unreadable(file: string, policy: Policy): Report {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const severity = policy.detectors['unscannable-attachment'].action;
  const finding: Finding = { detector: 'unscannable-attachment', confidence: 'high', severity, location: { part: 'attachment', attachment: name }, evidence: '', count: 1, reason: 'corrupt' };
  return { verdict: verdictOf([finding]), findings: [finding], elapsedMs: 0, timedOut: false };
}

/**
 * Checks one file as the CLI does: .eml and .msg as messages, anything else as a message with that
 * attachment. A file the CLI would call unreadable (a .msg that is no message) is an
 * unscannable-attachment row here. `lang`: the language of evidence sentences (recipient findings).
 */
export function checkFile(file: string, bytes: Uint8Array, policy: Policy, lang: Language, now?: () => number): FileCheck {
  const name = file.slice(file.lastIndexOf('/') + 1);
  try {
    const message: MessageInput = messageFromFile(name, bytes);
    const report = scanMessage(message, { policy, lang, now, senderAddress: message.from ? message.from.address : undefined });
    return { file, report };
  } catch {
    return { file, report: unreadable(file, policy) };
  }
}

/** The alert the handler would show for this report (current Outlook: with its task pane button). */
export function alertFor(report: Report, lang: Language): AlertPreview | null {
  const options = decide(report, { lang, taskPaneButton: true, markdown: false, commandId: 'studio', fingerprint: '', promptUser: 'promptUser' });
  if (options.allowEvent) return null;
  return { message: options.errorMessage || '', button: options.cancelLabel || '' };
}

const VERDICT_ORDER: Record<Verdict, number> = { block: 0, warn: 1, allow: 2 };

/** Stopped messages first (block, then warn), then by file name. */
export function stoppedFirst(checks: FileCheck[]): FileCheck[] {
  return checks.slice().sort((a, b) => VERDICT_ORDER[a.report.verdict] - VERDICT_ORDER[b.report.verdict] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
