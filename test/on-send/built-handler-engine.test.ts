/**
 * The BUILT dist/handler.js with the real engine, in a bare vm context (see vm-handler.ts): messages
 * with personal data are stopped with a fitting message, and a decision made in the task pane
 * (TypeScript, same simulated mailbox) lets exactly that content through.
 */
import * as fs from 'fs';
import * as path from 'path';
import { defaultPolicy } from '../../src/policy/defaults';
import { installOfficeSim, type SendResult } from '../../src/preview/office-sim';
import { detectorName } from '../../src/on-send/alert';
import { recordDecision } from '../../src/session/memory';
import { settled } from '../outlook/helpers';
import { loadBuiltHandler as load } from './vm-handler';

/** A fixture another engineer committed (made by a real producer). Missing is a failure, not a skip. */
function fixture(relative: string): Uint8Array {
  const file = path.resolve(__dirname, '../..', relative);
  if (!fs.existsSync(file)) throw new Error(`${relative} is missing: it comes from the extract work on main (git merge main).`);
  return new Uint8Array(fs.readFileSync(file));
}

describe('dist/handler.js stops messages with personal data', () => {
  const stopped = (result: SendResult): { [key: string]: unknown } => {
    expect(result.completedCalls).toBe(1);
    const o = result.options as { [key: string]: unknown };
    expect(o.allowEvent).toBe(false);
    expect(String(o.errorMessage).length).toBeLessThanOrEqual(500);
    return o;
  };

  test('a BSN in the body', async () => {
    const h = load({
      to: ['j.smit@zorgbureau.example'],
      subject: 'Aanmelding cliënt',
      bodyText: 'Beste Jan,\n\nHierbij de gegevens voor de aanmelding. Het burgerservicenummer (BSN) van mevrouw De Boer is 111222333.\n\nMet vriendelijke groet,\nAnna',
    });
    const o = stopped(await settled(await h.send()));
    expect(o.errorMessage).toMatch(/BSN[^;]* in de tekst/);
    expect(o.errorMessage).not.toContain('111222333');
    expect(o.commandId).toBe('SendGuardOpenPane');
  });

  test('a payslip docx (LibreOffice)', async () => {
    const h = load({
      to: ['j.devries@prive.example'],
      subject: 'Salarisspecificatie maart',
      bodyText: 'Beste Jan, in de bijlage je salarisspecificatie.',
      attachments: [{ name: 'salarisspecificatie-maart.docx', bytes: fixture('test/extract/fixtures/planted.docx') }],
    });
    const o = stopped(await settled(await h.send(), 100));
    expect(o.errorMessage).toContain(detectorName('payslip', 'nl') + ' in bijlage salarisspecificatie-maart.docx');
    expect(o.errorMessage).not.toMatch(/123456782|NL91/);
  });

  test('a BSN list xlsx (LibreOffice)', async () => {
    const h = load({
      to: ['administratie@uitzendbureau.example'],
      subject: 'Urenoverzicht',
      bodyText: 'Hierbij het overzicht.',
      attachments: [{ name: 'medewerkers.xlsx', bytes: fixture('test/extract/fixtures/planted-list.xlsx') }],
    });
    const o = stopped(await settled(await h.send(), 100));
    expect(o.errorMessage).toMatch(/BSN[^;]* in bijlage medewerkers\.xlsx/);
    expect(o.errorMessage).not.toMatch(/012345672|123456782|111222333/);
  });

  test('a payslip PDF (LibreOffice)', async () => {
    const h = load({
      to: ['medewerker@prive.example'],
      subject: 'Je loonstrook',
      bodyText: 'Hoi, zie de bijlage.',
      attachments: [{ name: 'loonstrook-maart.pdf', bytes: fixture('test/extract/pdf/fixtures/libreoffice-loonstrook.pdf') }],
    });
    const o = stopped(await settled(await h.send(), 100));
    expect(o.errorMessage).toContain(detectorName('payslip', 'nl') + ' in bijlage loonstrook-maart.pdf');
  });
});

describe('decision memory across the task pane (TypeScript) and the built handler', () => {
  test('stop, decide, send again (passes), change the body, send again (stopped)', async () => {
    const body = 'Beste Jan,\n\nHet burgerservicenummer (BSN) van mevrouw De Boer is 111222333.\n\nGroet, Anna';
    const h = load({ to: ['j.smit@zorgbureau.example'], subject: 'Aanmelding', bodyText: body });
    expect((await h.send()).options).toMatchObject({ allowEvent: false });

    // The task pane runs in its own runtime; here it talks to the same simulated mailbox.
    const restore = installOfficeSim(h.sim);
    try {
      await recordDecision({ action: 'send-anyway', reason: 'Wettelijke grondslag: Wmo-aanmelding', detectors: ['bsn'] }, { policy: defaultPolicy() });
    } finally {
      restore();
    }
    const again = await settled(await h.send());
    expect(again).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
    expect(h.sim.state().headers['X-Send-Guard']).toMatch(/^v=1; result=decided; action=send-anyway; findings=bsn; reason="Wettelijke grondslag: Wmo-aanmelding"$/);

    h.sim.edit({ bodyText: body + '\nOok het BSN van haar zoon: 123456782.' });
    expect((await h.send()).options).toMatchObject({ allowEvent: false });
  });

  test('a secure-send decision with a reason (encrypted with Outlook\'s Encrypt) passes and keeps the reason in the audit header', async () => {
    const body = 'Beste Jan,\n\nHet burgerservicenummer (BSN) van mevrouw De Boer is 111222333.\n\nGroet, Anna';
    const h = load({ to: ['j.smit@gmail.com'], subject: 'Aanmelding', bodyText: body });
    expect((await h.send()).options).toMatchObject({ allowEvent: false });
    const restore = installOfficeSim(h.sim);
    try {
      await recordDecision({ action: 'secure-send', reason: 'encrypted with Outlook Encrypt, as the user reported', detectors: ['bsn'] }, { policy: defaultPolicy() });
    } finally {
      restore();
    }
    expect(await settled(await h.send())).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=decided; action=secure-send; findings=bsn; reason="encrypted with Outlook Encrypt, as the user reported"');
  });
});

