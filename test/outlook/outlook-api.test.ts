/** The Office.js wrappers (src/outlook) against the simulator, and the simulator's own fidelity. */
import { encodeUtf8 } from '../../src/codec/bytes';
import {
  addRecipients,
  alertSupport,
  displayLanguage,
  getInitializationContext,
  getInternetHeaders,
  getSensitivityLabel,
  listAttachments,
  officeCall,
  OfficeCallError,
  readAttachments,
  readMessage,
  readSessionValue,
  removeAttachment,
  setBody,
  setInternetHeaders,
  setRecipients,
  setSensitivityLabel,
  setSubject,
  supportsMailbox,
  writeSessionValue,
} from '../../src/outlook';
import { defaultPolicy } from '../../src/policy/defaults';
import { installOfficeSim, OfficeSim, type SimSetup } from '../../src/preview/office-sim';
import { sleep } from './helpers';

let restore: (() => void) | undefined;
afterEach(() => {
  if (restore) restore();
  restore = undefined;
});
function use(setup: SimSetup = {}): OfficeSim {
  const sim = new OfficeSim(setup);
  restore = installOfficeSim(sim);
  return sim;
}
const limits = defaultPolicy().limits;

describe('officeCall', () => {
  test('settles once even when Office calls back twice', async () => {
    const value = await officeCall<number>('twice', (cb) => {
      cb({ status: 'succeeded', value: 1 });
      cb({ status: 'failed', value: 2, error: { name: 'X', message: 'late' } });
    });
    expect(value).toBe(1);
  });

  test('a failed AsyncResult rejects with its error name', async () => {
    await expect(officeCall('f', (cb) => cb({ status: 'failed', value: undefined, error: { name: 'GenericResponseError', message: 'nope', code: 9020 } }))).rejects.toMatchObject({
      code: 'GenericResponseError',
      call: 'f',
    });
  });

  test('a synchronous throw rejects instead of escaping', async () => {
    await expect(
      officeCall('t', () => {
        throw new Error('sync');
      }),
    ).rejects.toBeInstanceOf(OfficeCallError);
  });

  test('no answer within the time-out rejects with code timeout', async () => {
    await expect(officeCall('silent', () => undefined, { timeoutMs: 20 })).rejects.toMatchObject({ code: 'timeout' });
  });
});

describe('the simulator answers like Office.js', () => {
  test('callbacks come on a later tick, in AsyncResult shape with asyncContext', async () => {
    const sim = use({ subject: 'Hallo' });
    const item = (sim.office.context as { mailbox: { item: { subject: { getAsync: (o: object, cb: (r: unknown) => void) => void } } } }).mailbox.item;
    let result: unknown;
    item.subject.getAsync({ asyncContext: 'ctx' }, (r) => (result = r));
    expect(result).toBeUndefined();
    await sleep(5);
    expect(result).toEqual({ status: 'succeeded', value: 'Hallo', asyncContext: 'ctx' });
  });

  test('sessionData.getAsync of a missing key fails with KeyNotFound (9050); 50,000 characters at most', async () => {
    const sim = use();
    const sessionData = (sim.office.context as { mailbox: { item: { sessionData: { getAsync: (k: string, cb: (r: unknown) => void) => void } } } }).mailbox.item.sessionData;
    const missing = await new Promise((resolve) => sessionData.getAsync('nope', resolve));
    expect(missing).toMatchObject({ status: 'failed', error: { name: 'KeyNotFound', code: 9050 } });
    await expect(writeSessionValue('big', 'x'.repeat(50001))).rejects.toMatchObject({ code: 'SessionObjectMaxLengthExceeded' });
    await writeSessionValue('k', 'v');
    expect(await readSessionValue('k')).toBe('v');
    expect(await readSessionValue('absent')).toBeUndefined();
  });

  test('requirement sets and display language are configurable', () => {
    use({ mailbox: '1.13', displayLanguage: 'en-US' });
    expect([supportsMailbox('1.12'), supportsMailbox('1.13'), supportsMailbox('1.14')]).toEqual([true, true, false]);
    expect(alertSupport()).toEqual({ taskPaneButton: false, markdown: false });
    expect(displayLanguage('nl')).toBe('en');
  });

  test('unknown display languages fall back to the policy language; nl-BE is Dutch', () => {
    use({ displayLanguage: 'de-DE' });
    expect(displayLanguage('nl')).toBe('nl');
    if (restore) restore();
    use({ displayLanguage: 'nl-BE' });
    expect(displayLanguage('en')).toBe('nl');
  });

  test('no sensitivityLabel before Mailbox 1.13', () => {
    const sim = use({ mailbox: '1.12' });
    expect((sim.office.context as { mailbox: { item: { sensitivityLabel?: unknown } } }).mailbox.item.sensitivityLabel).toBeUndefined();
  });
});

describe('reading the message', () => {
  test('recipients, sender, subject, both bodies and attachments of every kind', async () => {
    const eml = 'From: a@b.example\r\nSubject: doorgestuurd\r\n\r\nHallo\r\n';
    use({
      to: [{ emailAddress: 'p.bakker@gemeente.example', displayName: 'Piet Bakker' }],
      cc: ['ouder1@mail.example'],
      bcc: ['ouder2@mail.example'],
      subject: 'Rapport',
      bodyText: 'Zie bijlage',
      attachments: [
        { name: 'rapport.docx', bytes: new Uint8Array([80, 75, 3, 4, 0, 255]) },
        { name: 'Doorgestuurd bericht', kind: 'item', eml },
        { name: 'Afspraak', kind: 'item', ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
        { name: 'groot.xlsx', kind: 'cloud' },
        { name: 'logo.png', inline: true, bytes: new Uint8Array([137, 80, 78, 71]) },
      ],
    });
    const m = await readMessage({ limits });
    expect(m.to).toEqual([{ address: 'p.bakker@gemeente.example', name: 'Piet Bakker' }]);
    expect(m.cc).toEqual([{ address: 'ouder1@mail.example' }]);
    expect(m.bcc).toEqual([{ address: 'ouder2@mail.example' }]);
    expect(m.subject).toBe('Rapport');
    expect(m.bodyText).toBe('Zie bijlage');
    expect(m.bodyHtml).toContain('<p>Zie bijlage</p>');
    const [docx, item, ics, cloud, inline] = m.attachments;
    expect(docx).toEqual({ name: 'rapport.docx', size: 6, kind: 'file', bytes: new Uint8Array([80, 75, 3, 4, 0, 255]) });
    expect(item.kind).toBe('item');
    expect(item.bytes).toEqual(encodeUtf8(eml));
    expect(ics).toMatchObject({ name: 'Afspraak.ics', kind: 'file' });
    expect(cloud).toEqual({ name: 'groot.xlsx', size: 0, kind: 'cloud' });
    expect(inline).toEqual({ name: 'logo.png', size: 4, kind: 'file', inline: true });
  });

  test('limits: too large is not fetched; past the deadline is not fetched', async () => {
    const sim = use({ attachments: [{ name: 'a.bin', bytes: new Uint8Array(10) }, { name: 'b.bin', bytes: new Uint8Array(10), size: 10 * 1024 * 1024 }] });
    const read = await readAttachments({ attachmentBytes: 1024, totalBytes: 4096 });
    expect(read.map((a) => [a.name, a.error, a.bytes && a.bytes.length])).toEqual([
      ['a.bin', undefined, 10],
      ['b.bin', 'too-large', undefined],
    ]);
    const late = await readAttachments({ attachmentBytes: 1024, totalBytes: 4096, deadline: 0, now: () => 1 });
    expect(late[0].error).toBe('time-out');
    expect(sim.calls.filter((c) => c === 'getAttachmentContentAsync')).toHaveLength(1);
  });

  test('the sender falls back to the user profile when from.getAsync fails', async () => {
    use({ user: { emailAddress: 'hr@werkgever.example' }, failures: { 'from.getAsync': { kind: 'fail' } } });
    expect((await readMessage({ limits })).from).toEqual({ address: 'hr@werkgever.example' });
  });
});

describe('writing the message (what the task pane does)', () => {
  test('move recipients to Bcc, tag the subject, set the body', async () => {
    const sim = use({ to: ['a@x.example'], cc: ['b@y.example', 'c@z.example'] });
    await setRecipients('cc', []);
    await addRecipients('bcc', [{ address: 'b@y.example' }, { address: 'c@z.example' }]);
    await setSubject('[veilig] Rapport');
    await setBody('Nieuwe tekst', 'text');
    const s = sim.state();
    expect(s.cc).toEqual([]);
    expect(s.bcc.map((r) => r.emailAddress)).toEqual(['b@y.example', 'c@z.example']);
    expect(s.subject).toBe('[veilig] Rapport');
    expect(s.bodyText).toBe('Nieuwe tekst');
  });

  test('remove an attachment by the id listAttachments gives; a wrong id fails', async () => {
    const sim = use({ attachments: [{ name: 'loonstrook.pdf', bytes: new Uint8Array(3) }, { name: 'ok.txt', bytes: new Uint8Array(1) }] });
    const list = await listAttachments();
    await removeAttachment(list[0].id);
    expect(sim.state().attachments.map((a) => a.name)).toEqual(['ok.txt']);
    await expect(removeAttachment(list[0].id)).rejects.toMatchObject({ code: 'AttachmentToDeleteDoesNotExist' });
  });

  test('sensitivity label and internet headers', async () => {
    const sim = use({ sensitivityLabels: [{ id: '0b7a2a5c-1c2d-4e5f-8a9b-0c1d2e3f4a5b', name: 'Vertrouwelijk' }] });
    // Outlook applies only a label its catalog has for this user.
    await expect(setSensitivityLabel('11111111-2222-4333-8444-555555555555')).rejects.toThrow(/not available/);
    await setSensitivityLabel('0b7a2a5c-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(await getSensitivityLabel()).toBe('0b7a2a5c-1c2d-4e5f-8a9b-0c1d2e3f4a5b');
    await setInternetHeaders({ 'X-Encrypt': 'yes' });
    expect(await getInternetHeaders(['x-encrypt'])).toEqual({ 'X-Encrypt': 'yes' });
    expect(sim.state().headers).toEqual({ 'X-Encrypt': 'yes' });
  });

  test('the task pane reads the alert\'s contextData with getInitializationContextAsync', async () => {
    const sim = use();
    expect(await getInitializationContext()).toBe('');
    sim.initializationContext = '{"v":1}';
    expect(await getInitializationContext()).toBe('{"v":1}');
  });

  test('with no compose item every call rejects, none throws', async () => {
    const sim = use();
    (sim.office.context as { mailbox: { item: unknown } }).mailbox.item = null;
    await expect(setSubject('x')).rejects.toMatchObject({ code: 'no-item' });
    await expect(readMessage({ limits })).rejects.toBeInstanceOf(OfficeCallError);
  });
});

describe('session data quirks', () => {
  test('getAllAsync answering with JSON text is read as well', async () => {
    const sim = use();
    await writeSessionValue('k', 'v');
    const sessionData = (sim.office.context as { mailbox: { item: { sessionData: { getAllAsync: unknown } } } }).mailbox.item.sessionData;
    sessionData.getAllAsync = (cb: (r: unknown) => void) => setTimeout(() => cb({ status: 'succeeded', value: '{"k":"v"}' }), 0);
    expect(await readSessionValue('k')).toBe('v');
  });
});
