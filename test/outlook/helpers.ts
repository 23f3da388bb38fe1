/** Shared by the outlook tests: a stand-in scan, and running the real handler against the simulator. */
import type { Finding } from '../../src/model/finding';
import { defaultPolicy } from '../../src/policy/defaults';
import type { Policy } from '../../src/policy/types';
import { installOfficeSim, OfficeSim, type SendResult, type SimSetup } from '../../src/preview/office-sim';
import type { MessageInput } from '../../src/model/message';
import type { Report } from '../../src/model/finding';
import type { ScanOptions } from '../../src/scan/options';
import { checkOnSend, type OnSendDeps } from '../../src/on-send/on-send';

/**
 * A stand-in for the scan engine, so these tests check the handler, not detection: "BSN" in the
 * body is a warn finding, "GEHEIM" in the subject a block finding, and every attachment named
 * loonstrook* a payslip finding in that attachment.
 */
export function fakeScan(message: MessageInput, options: ScanOptions): Report {
  const findings: Finding[] = [];
  const body = message.bodyText || '';
  const bsn = body.split('BSN').length - 1;
  if (bsn > 0) findings.push({ detector: 'bsn', confidence: 'high', severity: 'warn', location: { part: 'body' }, evidence: 'BSN ****.**.782', count: bsn });
  if (/GEHEIM/.test(message.subject)) findings.push({ detector: 'credential', confidence: 'high', severity: 'block', location: { part: 'subject' }, evidence: 'ww: ****', count: 1 });
  for (const a of message.attachments) {
    if (/^loonstrook/i.test(a.name)) findings.push({ detector: 'payslip', confidence: 'high', severity: 'warn', location: { part: 'attachment', attachment: a.name }, evidence: 'loonstrook', count: 1 });
    if (a.error) findings.push({ detector: 'unscannable-attachment', confidence: 'high', severity: 'info', location: { part: 'attachment', attachment: a.name }, evidence: a.error, count: 1, reason: a.error });
  }
  void options;
  const verdict = findings.some((f) => f.severity === 'block') ? 'block' : findings.some((f) => f.severity === 'warn') ? 'warn' : 'allow';
  return { verdict, findings, elapsedMs: 1, timedOut: false };
}

export interface Harness {
  sim: OfficeSim;
  /** What the scan received on each send. */
  scanned: MessageInput[];
  send(): Promise<SendResult>;
  restore(): void;
}

/** A simulator installed as the global Office with the real handler associated to it. */
export function harness(setup: SimSetup = {}, deps: Partial<OnSendDeps> & { policy?: Policy } = {}): Harness {
  const sim = new OfficeSim(setup);
  const restore = installOfficeSim(sim);
  const scanned: MessageInput[] = [];
  const policy = deps.policy || defaultPolicy();
  const scan = deps.scan || fakeScan;
  (sim.office.actions as { associate(name: string, fn: (e: unknown) => void): void }).associate('onMessageSendHandler', (event) => {
    void checkOnSend(event as never, {
      ...deps,
      scan: (m, o) => {
        scanned.push(m);
        return scan(m, o);
      },
      loadPolicy: () => Promise.resolve(policy),
    });
  });
  return { sim, scanned, send: () => sim.fireSend(), restore };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits past any late second completion, then returns the send (for exactly-once checks). */
export async function settled(result: SendResult, ms = 60): Promise<SendResult> {
  await sleep(ms);
  return result;
}
