/**
 * What a Send costs besides the scan: the Office calls it makes (each one a round trip to Outlook,
 * a millisecond or more), how many of them wait for another, and the hashes it computes only when
 * their result is used.
 */
import * as fingerprint from '../../src/session/fingerprint';
import * as prescan from '../../src/session/prescan';
import { defaultPolicy } from '../../src/policy/defaults';
import { parseContext } from '../../src/session/context';
import { writeSessionValue } from '../../src/outlook';
import { type Harness, harness, settled } from '../outlook/helpers';

const allowed = (o: unknown): boolean => (o as { allowEvent: boolean }).allowEvent;
let h: Harness | undefined;
afterEach(() => {
  if (h) h.restore();
  h = undefined;
  jest.restoreAllMocks();
});

/** Answers Office calls only when told: `rounds()` answers what is waiting, round after round, and says how many calls each round had. */
function heldAnswers() {
  const waiting: Array<() => void> = [];
  return {
    schedule: (run: () => void) => void waiting.push(run),
    async rounds(sim: { calls: string[] }, until: Promise<unknown>): Promise<string[][]> {
      let finished = false;
      void until.then(() => (finished = true));
      const rounds: string[][] = [];
      let seen = 0;
      while (!finished) {
        await new Promise((resolve) => setImmediate(resolve));
        if (waiting.length === 0) continue;
        rounds.push(sim.calls.slice(seen));
        seen = sim.calls.length;
        for (const run of waiting.splice(0)) run();
      }
      return rounds;
    },
  };
}

describe('the Office calls of a Send', () => {
  test('a short message without attachments: ten calls in two rounds, the stored values read once', async () => {
    const held = heldAnswers();
    h = harness({ to: ['p.bakker@gemeente.example'], subject: 'Overleg', bodyText: 'Tot morgen.', schedule: held.schedule });
    const sent = h.send();
    const rounds = await held.rounds(h.sim, sent);
    expect((await settled(await sent)).options).toEqual({ allowEvent: true });
    expect(rounds.map((r) => r.slice().sort())).toEqual([
      // What is attached, what the compose-time check and the task pane stored for this item, and
      // the message itself: both bodies (the HTML one is scanned, the text one is the fallback and the fingerprint's).
      ['bcc.getAsync', 'body.getAsync', 'body.getAsync', 'cc.getAsync', 'from.getAsync', 'getAttachmentsAsync', 'sessionData.getAllAsync', 'subject.getAsync', 'to.getAsync'],
      // The audit header.
      ['internetHeaders.setAsync'],
    ]);
  });

  test('attachment content is read once the list is there, in the next round', async () => {
    const held = heldAnswers();
    h = harness({ bodyText: 'Zie bijlage.', attachments: [{ name: 'notitie.txt', bytes: new TextEncoder().encode('Tot morgen.') }], schedule: held.schedule });
    const sent = h.send();
    const rounds = await held.rounds(h.sim, sent);
    expect(allowed((await settled(await sent)).options)).toBe(true);
    expect(rounds.length).toBe(3);
    expect(rounds[0]).toContain('getAttachmentsAsync');
    expect(rounds[1]).toEqual(['getAttachmentContentAsync']);
    expect(h.scanned[0].attachments.map((a) => a.name)).toEqual(['notitie.txt']);
  });

  test('without sessionData the custom properties are loaded once as well', async () => {
    h = harness({ mailbox: '1.12', sessionData: false, bodyText: 'Tot morgen.' });
    await settled(await h.send());
    expect(h.sim.calls.filter((c) => c === 'loadCustomPropertiesAsync')).toHaveLength(1);
  });
});

describe('hashes only when their result is used', () => {
  test('a clean message without stored results hashes neither the policy nor the content', async () => {
    const policyKey = jest.spyOn(prescan, 'policyKey');
    const fingerprintMessage = jest.spyOn(fingerprint, 'fingerprintMessage');
    h = harness({ bodyText: 'Tot morgen.' });
    expect((await settled(await h.send())).options).toEqual({ allowEvent: true });
    expect(policyKey).not.toHaveBeenCalled();
    expect(fingerprintMessage).not.toHaveBeenCalled();
  });

  test('a stopped send carries the content fingerprint, the same one the task pane records against', async () => {
    const fingerprintMessage = jest.spyOn(fingerprint, 'fingerprintMessage');
    h = harness({ bodyText: 'Het BSN is 1234.56.782.' });
    const o = (await settled(await h.send())).options as { contextData?: string };
    expect(fingerprintMessage).toHaveBeenCalledTimes(1);
    const context = parseContext(o.contextData);
    expect(context && context.fingerprint).toBe(fingerprintMessage.mock.results[0].value);
    expect(context && context.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  test('stored compose-time results are held against the policy hash', async () => {
    const policyKey = jest.spyOn(prescan, 'policyKey');
    h = harness({ bodyText: 'Tot morgen.' });
    await writeSessionValue(prescan.PRESCAN_KEY, prescan.serializeStore(prescan.emptyStore(prescan.policyKey(defaultPolicy(), 'nl'))));
    policyKey.mockClear();
    await settled(await h.send());
    expect(policyKey).toHaveBeenCalledTimes(1);
  });
});
