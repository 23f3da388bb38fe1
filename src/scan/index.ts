/** The scan: a whole message + policy -> report. PLACEHOLDER until the scan work lands. */
import type { MessageInput, Report, ScanOptions } from './types';

export function scanMessage(message: MessageInput, options: ScanOptions): Report {
  void message;
  void options;
  return { verdict: 'allow', findings: [], elapsedMs: 0, timedOut: false };
}
