/**
 * The BUILT dist/handler.js, alone, in a bare vm context with only what classic Outlook's
 * JavaScript-only runtime gives (no window, document, TextDecoder, atob, Intl, fetch, Blob), and the
 * simulated Outlook as its Office. Also: the file parses as ES2016 and is small.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'acorn';
import { bundle, loadBuiltHandler } from './vm-handler';
import { settled, sleep } from '../outlook/helpers';
import { encodeUtf8 } from '../../src/codec/bytes';

/**
 * DESIGN.md's target for the handler bundle (not met: the readers and detectors take about 270 KB;
 * the examples, the detectors' descriptions and the policy's messages already live outside it), and
 * a ceiling a little above today's 282 KB, so the bundle cannot grow back unnoticed (nor take in a
 * library by mistake: the smallest that would fit the job, SheetJS, is 430 KB on its own).
 */
const TARGET_BYTES = 150 * 1024;
const CEILING_BYTES = 290 * 1024;

const load = loadBuiltHandler;

describe('dist/handler.js', () => {
  test('parses as ES2016, has no lookbehind or named groups, and stays small', () => {
    const source = bundle();
    expect(() => parse(source, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(source).not.toMatch(/\(\?<[=!]/);
    expect(source).not.toMatch(/\(\?<[A-Za-z]/);
    expect(source).not.toMatch(/webpack-dev-server|sockjs|hot-update/);
    const bytes = Buffer.byteLength(source);
    const verdict = bytes <= TARGET_BYTES ? 'within' : 'OVER';
    console.log(`dist/handler.js: ${(bytes / 1024).toFixed(1)} KB minified (${verdict} the ${TARGET_BYTES / 1024} KB target); parses as ES2016`);
    expect(bytes).toBeLessThan(CEILING_BYTES);
  });

  test('acorn would catch ES2018 syntax (the check above can fail)', () => {
    expect(() => parse('var r = /(?<=a)b/;', { ecmaVersion: 2016 })).toThrow();
    expect(() => parse('async function f() {}', { ecmaVersion: 2016 })).toThrow();
  });

  test('a clean message is allowed', async () => {
    const h = load({ to: ['p.bakker@gemeente.example'], subject: 'Overleg dinsdag', bodyText: 'Hoi Piet,\n\nZullen we dinsdag om 10 uur overleggen?\n\nGroet, Anna' });
    const result = await settled(await h.send());
    expect(result).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=clean');
  });

  test('without timers in the runtime it still checks (no time-outs, no watchdog)', async () => {
    const h = load({ subject: 'Overleg', bodyText: 'Tot dinsdag.' }, false);
    const result = await settled(await h.send());
    expect(result).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
  });

  test('a failing Office call completes once, as the default policy says (allow)', async () => {
    const h = load({ bodyText: 'BSN 111222333', failures: { 'body.getAsync': { kind: 'fail', name: 'GenericResponseError' } } });
    const result = await settled(await h.send());
    expect(result).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=unchecked');
  });

  test.each([true, false])('compose events (timers: %s): each completes once, the bar comes and goes, Send reuses the pre-scan', async (timers) => {
    const csv = encodeUtf8('Naam,Geboortedatum,BSN\nAnna de Vries,1984-03-12,459392840\nBram Jansen,1979-11-02,401043745\nCor Visser,1990-01-01,111222333\n');
    const h = load({ to: ['p.bakker@gemeente.example'], subject: 'Lijst', bodyText: 'Zie bijlage.' }, timers);
    const id = h.sim.addAttachment({ name: 'lijst.csv', bytes: csv });
    const added = h.sim.state().attachments.filter((a) => a.id === id)[0];
    const event = await h.sim.fireAttachmentsChanged('added', added);
    await sleep(60);
    expect(event.completedCalls).toBe(1);
    expect(h.sim.notifications().map((n) => n.type)).toEqual(['insightMessage']);
    expect(h.sim.notifications()[0].message).not.toContain('459392840');
    const reads = h.sim.calls.filter((c) => c === 'getAttachmentContentAsync').length;
    expect(reads).toBe(1);

    const recipients = await h.sim.fireRecipientsChanged(['to']);
    await sleep(60);
    expect(recipients.completedCalls).toBe(1);

    const sent = await settled(await h.send());
    expect(sent.completedCalls).toBe(1);
    expect((sent.options as { allowEvent: boolean }).allowEvent).toBe(false);
    expect(h.sim.calls.filter((c) => c === 'getAttachmentContentAsync').length).toBe(reads);

    h.sim.removeAttachmentByName('lijst.csv');
    const removed = await h.sim.fireAttachmentsChanged('removed', added);
    await sleep(60);
    expect(removed.completedCalls).toBe(1);
    expect(h.sim.notifications()).toEqual([]);
  });

  // The build defers fflate's set-up to its first use (src/deploy/fflate-loader.js) and AES builds its
  // tables on first use: inflating zip entries and an AES-256 PDF's streams must still work.
  test.each([
    ['lijst.xlsx', 'fixtures/planted-list.xlsx', 'BSN'],
    ['loonstrook.pdf', 'pdf/fixtures/qpdf-aes256-owner.pdf', 'loonstrook'],
  ])('reads a deflated attachment (%s) and finds what it holds', async (name, file, expected) => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'extract', file)));
    const h = load({ to: ['p.bakker@gemeente.example'], subject: 'Stukken', bodyText: 'Zie bijlage.', attachments: [{ name, bytes }] });
    const result = await settled(await h.send());
    expect((result.options as { allowEvent: boolean }).allowEvent).toBe(false);
    expect((result.options as { errorMessage: string }).errorMessage).toContain(expected + ' ');
    expect((result.options as { errorMessage: string }).errorMessage).toContain('in bijlage ' + name);
  });

  test('a clean deflated attachment is allowed (so the stops above are findings, not unreadable files)', async () => {
    const bytes = new Uint8Array(readFileSync(join(__dirname, '..', 'extract', 'fixtures', 'clean.xlsx')));
    const h = load({ to: ['p.bakker@gemeente.example'], subject: 'Stukken', bodyText: 'Zie bijlage.', attachments: [{ name: 'clean.xlsx', bytes }] });
    expect(await settled(await h.send())).toEqual({ options: { allowEvent: true }, completedCalls: 1 });
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=clean');
  });

  test('an attachment whose content cannot be read does not stop the check', async () => {
    const h = load({
      bodyText: 'Zie bijlage.',
      attachments: [{ name: 'notulen.txt', bytes: new Uint8Array([104, 105]) }],
      failures: { getAttachmentContentAsync: { kind: 'fail', name: 'AttachmentDownloadFailed' } },
    });
    const result = await settled(await h.send());
    expect(result.completedCalls).toBe(1);
    expect(h.sim.calls).toContain('getAttachmentContentAsync');
  });
});

