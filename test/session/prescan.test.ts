import { defaultPolicy } from '../../src/policy/defaults';
import { createCoalescer } from '../../src/session/coalesce';
import { contentHash, emptyStore, forgetRemoved, knownResult, MAX_STORED_CHARS, parseStore, policyKey, resultByHash, serializeStore, type PrescanEntry } from '../../src/session/prescan';
import type { Finding } from '../../src/model/finding';

const finding: Finding = { detector: 'bsn', confidence: 'high', severity: 'warn', location: { part: 'attachment', attachment: 'lijst.csv' }, evidence: 'BSN ****.**.840', count: 5 };
const entry = (name: string, size: number, findings: Finding[] = [finding]): PrescanEntry => ({ name, size, hash: contentHash(name, new Uint8Array(size)), findings });

describe('pre-scan store', () => {
  const key = policyKey(defaultPolicy(), 'nl');

  test('round-trips, and is only trusted under the same policy and language', () => {
    const store = emptyStore(key);
    store.attachments['A1'] = entry('lijst.csv', 281);
    const text = serializeStore(store);
    expect(parseStore(text, key)).toEqual(store);
    expect(parseStore(text, policyKey(defaultPolicy(), 'en')).attachments).toEqual({});
    const strict = defaultPolicy();
    strict.detectors.bsn.minConfidence = 'high';
    expect(parseStore(text, policyKey(strict, 'nl')).attachments).toEqual({});
    expect(parseStore('not json', key).attachments).toEqual({});
    expect(parseStore(JSON.stringify({ v: 1, policy: key, attachments: { A1: { name: 'x' } } }), key).attachments).toEqual({});
  });

  test('an entry matches only the same id, name and size', () => {
    const store = emptyStore(key);
    store.attachments['A1'] = entry('lijst.csv', 281);
    expect(knownResult(store, { id: 'A1', name: 'lijst.csv', size: 281 })).toBeDefined();
    expect(knownResult(store, { id: 'A1', name: 'lijst.csv', size: 282 })).toBeUndefined();
    expect(knownResult(store, { id: 'A1', name: 'lijst2.csv', size: 281 })).toBeUndefined();
    expect(knownResult(store, { id: 'A2', name: 'lijst.csv', size: 281 })).toBeUndefined();
    expect(knownResult(store, { id: 'constructor', name: 'lijst.csv', size: 281 })).toBeUndefined();
  });

  test('the content hash tells files apart by content and name', () => {
    const a = new Uint8Array([1, 2, 3]);
    expect(contentHash('a.csv', a)).toBe(contentHash('a.csv', new Uint8Array([1, 2, 3])));
    expect(contentHash('a.csv', a)).not.toBe(contentHash('b.csv', a));
    expect(contentHash('a.csv', a)).not.toBe(contentHash('a.csv', new Uint8Array([1, 2, 4])));
    const store = emptyStore(key);
    store.attachments['A1'] = { ...entry('a.csv', 3), hash: contentHash('a.csv', a) };
    expect(resultByHash(store, contentHash('a.csv', a))).toBe(store.attachments['A1']);
    expect(resultByHash(store, contentHash('b.csv', a))).toBeUndefined();
  });

  test('removed attachments are forgotten', () => {
    const store = emptyStore(key);
    store.attachments['A1'] = entry('a.csv', 10);
    store.attachments['A2'] = entry('b.csv', 10);
    expect(forgetRemoved(store, [{ id: 'A2', name: 'b.csv', size: 10 }])).toBe(true);
    expect(Object.keys(store.attachments)).toEqual(['A2']);
    expect(forgetRemoved(store, [{ id: 'A2', name: 'b.csv', size: 10 }])).toBe(false);
  });

  test('stays within its share of session data, dropping the biggest entries first', () => {
    const store = emptyStore(key);
    const many: Finding[] = [];
    for (let i = 0; i < 400; i++) many.push({ ...finding, location: { part: 'attachment', attachment: 'groot.xlsx', path: 'Blad' + i } });
    store.attachments['BIG'] = entry('groot.xlsx', 1000, many);
    store.attachments['SMALL'] = entry('klein.csv', 10);
    const text = serializeStore(store);
    expect(text.length).toBeLessThanOrEqual(MAX_STORED_CHARS);
    expect(Object.keys(parseStore(text, key).attachments)).toEqual(['SMALL']);
  });
});

describe('coalescing changes', () => {
  const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test('a burst is one run; a change during a run goes into the next; every request is answered once', async () => {
    const runs: string[][] = [];
    let release: () => void = () => undefined;
    const request = createCoalescer<string>(
      (changes) => {
        runs.push(changes);
        return runs.length === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
      { quietMs: 10, setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    );
    const answered: string[] = [];
    const ask = (c: string) => request(c).then(() => void answered.push(c));
    const burst = [ask('a'), ask('b'), ask('c')];
    await tick(30);
    expect(runs).toEqual([['a', 'b', 'c']]);
    const later = [ask('d'), ask('e')];
    await tick(30);
    expect(runs).toHaveLength(1);
    release();
    await Promise.all(burst.concat(later));
    expect(runs).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(answered.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('a failing run still answers its requests; without timers runs start on the next microtask', async () => {
    let calls = 0;
    const request = createCoalescer<number>(() => {
      calls++;
      throw new Error('boom');
    }, { quietMs: 0 });
    await Promise.all([request(1), request(2)]);
    expect(calls).toBe(1);
  });
});
