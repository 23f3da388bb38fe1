import { defaultPolicy } from '../../src/policy/defaults';
import { scanMessage } from '../../src/scan';
import { generatePassword, PASSWORD_ALPHABET } from '../../src/encrypt/password';

describe('generatePassword', () => {
  it('gives groups of four from an alphabet without look-alikes', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    for (const c of password.replace(/-/g, '')) expect(PASSWORD_ALPHABET).toContain(c);
    expect(PASSWORD_ALPHABET).not.toMatch(/[01ilo]/);
  });

  it('honours a longer minimum (rounded up to whole groups), never less than 16', () => {
    expect(generatePassword(22).replace(/-/g, '')).toHaveLength(24);
    expect(generatePassword(4).replace(/-/g, '')).toHaveLength(16);
  });

  it('uses the whole alphabet and does not repeat itself', () => {
    const seen = new Set<string>();
    const chars = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const p = generatePassword();
      seen.add(p);
      for (const c of p.replace(/-/g, '')) chars.add(c);
    }
    expect(seen.size).toBe(300);
    expect(chars.size).toBe(PASSWORD_ALPHABET.length);
  });
});

describe('a generated password pasted into the message', () => {
  it.each(['Het wachtwoord is {pw}', 'wachtwoord: {pw}', 'Password: {pw}'])('is reported as a credential (%s)', (template) => {
    const bodyText = template.replace('{pw}', generatePassword());
    const report = scanMessage({ subject: 'Loonstroken', bodyText, to: [], cc: [], bcc: [], attachments: [] }, { policy: defaultPolicy(), lang: 'nl' });
    expect(report.findings.map((f) => [f.detector, f.severity])).toContainEqual(['credential', 'warn']);
  });
});
