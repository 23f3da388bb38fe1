// Makes the preview's sample attachments: a BSN list (CSV) and a payslip PDF printed by headless
// Chromium (a real producer). Run: node src/preview/samples/make-samples.mjs  (needs /usr/bin/chromium)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** A made-up number that passes the elfproef (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11), from a fixed seed. */
function bsnFrom(seed) {
  for (let n = seed; ; n += 7919) {
    const digits = String(100000000 + ((n * 48271) % 800000000)).slice(0, 8).split('').map(Number);
    const sum = digits.reduce((s, d, i) => s + (9 - i) * d, 0);
    const last = sum % 11;
    if (last < 10) return digits.join('') + last;
  }
}

const people = [
  ['Anna', 'de Vries', '1984-03-12'],
  ['Bram', 'Jansen', '1979-11-02'],
  ['Chantal', 'Bakker', '1991-06-23'],
  ['Dirk', 'Visser', '1968-01-30'],
  ['Esra', 'Yilmaz', '1995-09-14'],
  ['Femke', 'Smit', '1988-12-05'],
  ['Gijs', 'Mulder', '1973-04-18'],
];
const csv = ['Voornaam,Achternaam,Geboortedatum,BSN', ...people.map((p, i) => [...p, bsnFrom(123457 * (i + 1))].join(','))];
writeFileSync(join(here, 'medewerkers-bsn.csv'), csv.join('\r\n') + '\r\n');

const payslip = `<!doctype html><html lang="nl"><meta charset="utf-8"><title>Salarisspecificatie</title>
<style>body{font-family:sans-serif;font-size:11pt;margin:2cm} td{padding:2px 12px} h1{font-size:16pt}</style>
<h1>Salarisspecificatie maart 2026</h1>
<p>Werkgever: Gemeente Voorbeeld<br>Werknemer: A. de Vries<br>Personeelsnummer: 10482<br>BSN: ${bsnFrom(424242)}<br>Periode: 03-2026</p>
<table>
<tr><td>Brutoloon</td><td>3.412,00</td></tr>
<tr><td>Pensioenpremie</td><td>-287,45</td></tr>
<tr><td>Loonheffing</td><td>-612,80</td></tr>
<tr><td>Heffingskorting toegepast</td><td>ja</td></tr>
<tr><td>Nettoloon</td><td>2.511,75</td></tr>
</table>
<p>Uitbetaald op rekening NL91 ABNA 0417 1643 00.</p></html>`;
const work = mkdtempSync(join(tmpdir(), 'sg-samples-'));
try {
  writeFileSync(join(work, 'loonstrook.html'), payslip);
  execFileSync('/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-pdf-header-footer',
    `--user-data-dir=${join(work, 'profile')}`,
    `--print-to-pdf=${join(here, 'loonstrook-maart-2026.pdf')}`,
    `file://${join(work, 'loonstrook.html')}`,
  ], { stdio: 'ignore' });
} finally {
  rmSync(work, { recursive: true, force: true });
}
