import { createFetchText } from '../../src/outlook/fetch-text';

const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) };

describe('fetchText for policy.json', () => {
  it('uses fetch where it exists: 200 gives the text, 404 gives null, other codes reject', async () => {
    const answers: Record<string, number> = { '/ok': 200, '/missing': 404, '/broken': 500 };
    const fetch = jest.fn(async (url: string) => ({ status: answers[url], ok: answers[url] === 200, text: async () => '{"name":"x"}' }));
    const fetchText = createFetchText({ ...timers, fetch });
    await expect(fetchText('/ok', 1000)).resolves.toBe('{"name":"x"}');
    await expect(fetchText('/missing', 1000)).resolves.toBeNull();
    await expect(fetchText('/broken', 1000)).rejects.toThrow('HTTP 500');
    expect(fetch).toHaveBeenCalledWith('/ok', { cache: 'no-cache', credentials: 'omit' });
  });

  it('gives up after the time-out when the server does not answer', async () => {
    const fetchText = createFetchText({ ...timers, fetch: () => new Promise(() => undefined) });
    await expect(fetchText('/slow', 20)).rejects.toThrow('time-out');
  });

  it('falls back to XMLHttpRequest, and rejects where the runtime has neither', async () => {
    class FakeXhr {
      timeout = 0;
      status = 0;
      responseText = '';
      url = '';
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      ontimeout: (() => void) | null = null;
      open(_method: string, url: string) {
        this.url = url;
      }
      send() {
        setTimeout(() => {
          if (this.url === '/down') return this.onerror?.();
          this.status = this.url === '/ok' ? 200 : 404;
          this.responseText = 'body';
          this.onload?.();
        }, 1);
      }
    }
    const fetchText = createFetchText({ ...timers, XMLHttpRequest: FakeXhr });
    await expect(fetchText('/ok', 1000)).resolves.toBe('body');
    await expect(fetchText('/missing', 1000)).resolves.toBeNull();
    await expect(fetchText('/down', 1000)).rejects.toThrow('network error');
    await expect(createFetchText({ ...timers })('/ok', 1000)).rejects.toThrow('no way to fetch');
  });
});
