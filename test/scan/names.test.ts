import { defaultPolicy } from '../../src/policy/defaults';
import { scanMessage } from '../../src/scan';
import { encodeUtf8 } from '../../src/codec/bytes';
import { redactNumbers } from '../../src/detection/redact';

describe('numbers in attachment names', () => {
  const name = 'BSN 123456782 J. Jansen NL91ABNA0417164300.txt';

  it('are findings themselves, and every location shows the name masked', () => {
    const report = scanMessage(
      { to: [], cc: [], bcc: [], subject: 'Stukken', bodyText: 'Zie bijlage.', attachments: [{ name, kind: 'file', bytes: encodeUtf8('Loonstrook: brutoloon, nettoloon, loonheffing, werkgever.') }] },
      { policy: defaultPolicy(), now: () => 0 },
    );
    const detectors = report.findings.map((f) => f.detector);
    expect(detectors).toEqual(expect.arrayContaining(['bsn', 'iban']));
    for (const f of report.findings) {
      expect(f.location.attachment).toBe('BSN ******782 J. Jansen ***************300.txt');
      expect(JSON.stringify(f)).not.toMatch(/123456782|0417164300/);
    }
  });

  it('leave names without numbers alone', () => {
    expect(redactNumbers('loonstrook maart 2024.pdf')).toBe('loonstrook maart 2024.pdf');
  });
});
