/**
 * Masks the numbers a name or path may hold ("BSN 123456782 J. Jansen.pdf") before it is shown in
 * an alert, the task pane or the CLI: every letter and digit of a match but the last three becomes *.
 */
import { detectText } from './';
import type { ContentDetectorId } from '../model/finding';

const NUMBER_DETECTORS: ContentDetectorId[] = ['bsn', 'iban', 'payment-card', 'id-document'];

function maskSpan(value: string): string {
  let keep = 3;
  let out = '';
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value[i];
    const alnum = /[0-9A-Za-z]/.test(c);
    out = (alnum && keep-- <= 0 ? '*' : c) + out;
  }
  return out;
}

export function redactNumbers(text: string): string {
  const matches = detectText(text, { detectors: NUMBER_DETECTORS }).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of matches) {
    if (m.start < at) continue;
    out += text.slice(at, m.start) + maskSpan(text.slice(m.start, m.end));
    at = m.end;
  }
  return out + text.slice(at);
}

export { NUMBER_DETECTORS };
