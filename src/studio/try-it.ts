/**
 * "Try it": a dropped file checked under the policy being edited, with the engine the CLI and the
 * handler use, and the alert text the handler would give, in both languages. Pure: no DOM.
 */
import { decide } from '../on-send/alert';
import { messageFromFile } from '../extract/mail/file';
import type { Language, Report, Verdict } from '../model/finding';
import type { MessageInput } from '../model/message';
import type { Policy } from '../policy/types';
import { scanMessage } from '../scan';

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
 * A report for a file the page could not read from disk (or, with `error` 'damaged-mail', a message
 * file that is no message): the engine reports it as an unscannable attachment under the policy.
 */
export function unreadable(file: string, policy: Policy, lang: Language, now?: () => number, error = 'read-error'): Report {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return scanMessage({ subject: '', to: [], cc: [], bcc: [], attachments: [{ name, kind: 'file', error }] }, { policy, lang, now });
}

/**
 * Checks one file as the CLI does: .eml and .msg as messages, anything else as a message with that
 * attachment. A .msg that is no message is an unscannable-attachment row (reason damaged-mail).
 * `lang`: the language of evidence sentences (recipient findings).
 */
export function checkFile(file: string, bytes: Uint8Array, policy: Policy, lang: Language, now?: () => number): FileCheck {
  const name = file.slice(file.lastIndexOf('/') + 1);
  let message: MessageInput;
  try {
    message = messageFromFile(name, bytes);
  } catch {
    // Meant as a message but none could be read: a row that says so, not a verdict on its bytes.
    return { file, report: unreadable(file, policy, lang, now, 'damaged-mail') };
  }
  try {
    return { file, report: scanMessage(message, { policy, lang, now, senderAddress: message.from ? message.from.address : undefined }) };
  } catch {
    // The engine reports what it cannot read; should it ever throw, the file is still a row, never a pass.
    return { file, report: unreadable(file, policy, lang, now) };
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
