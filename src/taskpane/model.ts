/** What the task pane shows and offers for a report: pure, so it is tested without React or Office. */
import type { Finding } from '../model/finding';
import { stopsSend } from '../scan';

export type Group = 'content' | 'recipients' | 'attachments';

/** Grouped by where the user would fix it: the text, the address lines, or an attachment. */
export function groupOf(finding: Finding): Group {
  if (finding.location.part === 'attachment') return 'attachments';
  if (finding.location.part === 'recipients') return 'recipients';
  return 'content';
}

/** Identifies "the same finding" across re-checks of a changed message. */
export function findingKey(f: Pick<Finding, 'detector' | 'location'>): string {
  return [f.detector, f.location.part, f.location.attachment || '', f.location.path || ''].join('|');
}

export { stopsSend };

/** Sending securely protects what is in the message, not who sees the address list. */
export function secureSendCovers(f: Finding): boolean {
  return f.severity === 'warn' && (groupOf(f) !== 'recipients' || f.detector === 'external-recipients');
}

export interface FindingActions {
  /** The attachment this finding lives in, which the user can remove. */
  removeAttachment?: string;
  /** Visible external recipients to move to Bcc. */
  moveToBcc?: string[];
}

export function actionsFor(f: Finding): FindingActions {
  const actions: FindingActions = {};
  if (f.location.part === 'attachment' && f.location.attachment) actions.removeAttachment = f.location.attachment;
  if (f.detector === 'visible-recipients' && f.recipients && f.recipients.length > 0) actions.moveToBcc = f.recipients.slice();
  return actions;
}

/** "Send anyway" is for warnings only: one block finding and the organisation has decided. */
export function canSendAnyway(findings: Finding[]): boolean {
  const stopping = findings.filter(stopsSend);
  return stopping.length > 0 && stopping.every((f) => f.severity === 'warn');
}

/** Findings that still stop the send, given the keys the user already dealt with in this pane. */
export function outstanding(findings: Finding[], dealtWith: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => stopsSend(f) && !dealtWith.has(findingKey(f)));
}

/** One kind of finding (one detector) with every place it was found: the pane lists each kind once. */
export interface FindingKind {
  detector: Finding['detector'];
  findings: Finding[];
  /** The most severe of its findings. */
  severity: Finding['severity'];
}

const SEVERITY_RANK: Record<Finding['severity'], number> = { info: 0, warn: 1, block: 2 };

/** Findings by detector, in the report's order (most severe first). */
export function findingKinds(findings: Finding[]): FindingKind[] {
  const kinds: FindingKind[] = [];
  for (const f of findings) {
    let kind = kinds.filter((k) => k.detector === f.detector)[0];
    if (!kind) {
      kind = { detector: f.detector, findings: [], severity: f.severity };
      kinds.push(kind);
    }
    kind.findings.push(f);
    if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[kind.severity]) kind.severity = f.severity;
  }
  return kinds;
}

/** How many of the kind were found: places count; recipient findings count addresses, not places. */
export function kindCount(kind: FindingKind): number {
  return kind.findings.reduce((n, f) => n + f.count, 0);
}

/** Attachments that still hold a stopping finding, each once, in the order found. */
export function attachmentsToRemove(left: Finding[]): string[] {
  const names: string[] = [];
  for (const f of left) {
    const name = actionsFor(f).removeAttachment;
    if (name && names.indexOf(name) < 0) names.push(name);
  }
  return names;
}

/** Visible external recipients to move to Bcc, when a stopping finding names them. */
export function recipientsToBcc(left: Finding[]): string[] {
  for (const f of left) {
    const addresses = actionsFor(f).moveToBcc;
    if (addresses) return addresses;
  }
  return [];
}

/** Some stopping finding is one that sending securely deals with: the pane offers a secure way. */
export function needsSecureSend(left: Finding[]): boolean {
  return left.some((f) => stopsSend(f) && secureSendCovers(f));
}
