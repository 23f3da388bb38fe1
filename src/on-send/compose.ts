/**
 * The compose-time check (OnMessageRecipientsChanged, OnMessageAttachmentsChanged): scan what
 * changed while the user writes, show or clear the notification bar, and keep each attachment's
 * result in the item's session data so Send need not read it again.
 *
 * Cheap and bounded: a new attachment is read once, under the policy's caps and half its time
 * budget; a recipient change reads no attachment; a burst of changes is one run. Each event is
 * completed exactly once, when the run that included it has ended, or by its watchdog.
 */
import type { Report } from '../model/finding';
import type { MessageInput } from '../model/message';
import type { Policy } from '../policy/types';
import type { ScanOptions } from '../scan/options';
import {
  type AttachmentInfo,
  displayLanguage,
  getBody,
  getFrom,
  getRecipients,
  getSubject,
  listAttachments,
  readAttachments,
  removeNotification,
  showNotification,
  writeSessionValue,
} from '../outlook';
import { createCoalescer } from '../session/coalesce';
import { contentHash, forgetRemoved, knownResult, policyKey, PRESCAN_KEY, resultByHash, serializeStore } from '../session/prescan';
import { composeBar } from './compose-bar';
import { COMMAND_ID, loadPrescan } from './on-send';

/** The manifest's LaunchEvent FunctionNames. */
export const RECIPIENTS_HANDLER_NAME = 'onMessageRecipientsChangedHandler';
export const ATTACHMENTS_HANDLER_NAME = 'onMessageAttachmentsChangedHandler';
/** The one bar Send Guard shows; each check replaces it. */
export const NOTIFICATION_KEY = 'sendGuardCompose';

/** The part of Office's event objects we use (RecipientsChangedEventArgs, AttachmentsChangedEventArgs + completed). */
export interface ComposeEvent {
  type?: string;
  changedRecipientFields?: { [field: string]: boolean };
  attachmentDetails?: { id?: string; name?: string; size?: number; attachmentType?: string };
  attachmentStatus?: string;
  completed(options?: unknown): void;
}

export type ComposeChange = 'recipients' | 'attachments';

export interface ComposeDeps {
  scan: (message: MessageInput, options: ScanOptions) => Report;
  loadPolicy: () => Promise<Policy>;
  now?: () => number;
  callTimeoutMs?: number;
  /** Each event is completed after this long whatever happens (Outlook's own limit is minutes). */
  watchdogMs?: number;
  /** Quiet time that gathers a burst of changes into one run. */
  quietMs?: number;
  /** Called after each run with what it did (tests, the bench). */
  onRun?: (run: ComposeRun) => void;
}

export interface ComposeRun {
  changes: ComposeChange[];
  /** Attachments whose content was read and scanned in this run. */
  scanned: string[];
  /** The bar shown, or undefined when it was removed. */
  bar?: string;
}

export const DEFAULT_QUIET_MS = 150;
/** One run reads new attachments for at most this many time budgets (Outlook allows event handlers minutes). */
const RUN_BUDGETS = 4;
export const DEFAULT_COMPOSE_WATCHDOG_MS = 20000;

/** Only plain files are kept: attached items may change size between calls, and cloud links are not read. */
function prescannable(a: AttachmentInfo): boolean {
  return a.kind === 'file' && !a.inline;
}

/** One run over the changes gathered so far. Never rejects. */
async function checkCompose(changes: ComposeChange[], deps: ComposeDeps): Promise<ComposeRun> {
  const now = deps.now || Date.now;
  const call = { timeoutMs: deps.callTimeoutMs !== undefined ? deps.callTimeoutMs : 5000 };
  const run: ComposeRun = { changes, scanned: [] };
  const policy = await deps.loadPolicy();
  const lang = displayLanguage(policy.language);
  const key = policyKey(policy, lang);
  const start = now();
  const budget = policy.limits.timeBudgetMs;
  const withBudget = (ms: number): Policy => ({ ...policy, limits: { ...policy.limits, timeBudgetMs: ms } });

  const listed = await listAttachments(call);
  const store = await loadPrescan(key, call);
  let changed = forgetRemoved(store, listed);

  if (changes.indexOf('attachments') >= 0) {
    let fetched = 0;
    for (const a of listed) {
      if (!prescannable(a) || knownResult(store, a)) continue;
      // What the caps or the clock leave unread is simply not stored: Send reads it, as always.
      // Each attachment gets the budget a Send has (read in the first half, scan in the rest); one
      // run stops taking on new attachments after a few budgets, and the next change goes on.
      if (a.size > policy.limits.attachmentBytes || fetched + a.size > policy.limits.totalBytes || now() - start >= RUN_BUDGETS * budget) continue;
      const begun = now();
      const [input] = await readAttachments({ list: [a], attachmentBytes: policy.limits.attachmentBytes, totalBytes: policy.limits.totalBytes, deadline: begun + budget / 2, now, timeoutMs: call.timeoutMs });
      if (!input || input.error || !input.bytes) continue;
      fetched += input.bytes.length;
      const hash = contentHash(a.name, input.bytes);
      const same = resultByHash(store, hash);
      let findings = same ? same.findings : undefined;
      if (!findings) {
        const scanBudget = Math.max(budget - (now() - begun), budget / 2);
        const report = deps.scan({ to: [], cc: [], bcc: [], subject: '', attachments: [input] }, { policy: withBudget(scanBudget), lang, now });
        run.scanned.push(a.name);
        if (report.timedOut) continue;
        findings = report.findings.filter((f) => f.location.part === 'attachment');
      }
      store.attachments[a.id] = { name: a.name, size: a.size, hash, findings };
      changed = true;
    }
  }
  if (changed) await writeSessionValue(PRESCAN_KEY, serializeStore(store), call).catch(() => undefined);

  // Recipients against what is known: subject and body as they are now, attachments from the store.
  const [to, cc, bcc, from, subject, bodyText] = await Promise.all([
    getRecipients('to', call),
    getRecipients('cc', call),
    getRecipients('bcc', call),
    getFrom(call),
    getSubject(call),
    getBody('text', call),
  ]);
  const prior = Object.keys(store.attachments).reduce((all, id) => all.concat(store.attachments[id].findings), [] as Report['findings']);
  const message: MessageInput = { to, cc, bcc, subject, bodyText, attachments: [] };
  if (from) message.from = from;
  const report = deps.scan(message, { policy, senderAddress: from && from.address, lang, now, priorFindings: prior });
  const bar = composeBar(report, lang, COMMAND_ID);
  if (bar) {
    await showNotification(NOTIFICATION_KEY, bar, call);
    run.bar = bar.message;
  } else {
    await removeNotification(NOTIFICATION_KEY, call);
  }
  return run;
}

/**
 * The two compose handlers over one coalescing queue. Created once per runtime (handler.ts); the
 * tests make their own.
 */
export function createComposeHandlers(deps: ComposeDeps): { onRecipientsChanged(event: ComposeEvent): Promise<void>; onAttachmentsChanged(event: ComposeEvent): Promise<void> } {
  const timers = typeof setTimeout === 'function';
  const enqueue = createCoalescer<ComposeChange>(
    (changes) =>
      checkCompose(changes, deps).then(
        (run) => {
          if (deps.onRun) deps.onRun(run);
        },
        () => undefined,
      ),
    timers
      ? { quietMs: deps.quietMs !== undefined ? deps.quietMs : DEFAULT_QUIET_MS, setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) }
      : { quietMs: 0 },
  );

  const handle = (event: ComposeEvent, change: ComposeChange): Promise<void> => {
    let completed = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    // The one place that completes this event.
    const complete = (): void => {
      if (completed) return;
      completed = true;
      if (watchdog !== undefined) clearTimeout(watchdog);
      try {
        event.completed();
      } catch {
        // Nothing more to do: the bar is advice, Send checks everything again.
      }
    };
    if (timers) watchdog = setTimeout(complete, deps.watchdogMs !== undefined ? deps.watchdogMs : DEFAULT_COMPOSE_WATCHDOG_MS);
    return enqueue(change).then(complete, complete);
  };

  return {
    onRecipientsChanged: (event) => handle(event, 'recipients'),
    onAttachmentsChanged: (event) => handle(event, 'attachments'),
  };
}
