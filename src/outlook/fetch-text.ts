/**
 * Reads a small text file from the add-in's own origin (policy.json). Feature-detects fetch, then
 * XMLHttpRequest: classic Outlook's JavaScript-only runtime is not a browser, and neither may exist.
 * Resolves null on 404 (no file), rejects on anything else that is not a 2xx, and on time-out.
 */
import type { FetchText } from '../policy/load';

interface Globals {
  fetch?: (url: string, init?: { cache?: string; credentials?: string }) => Promise<{ status: number; ok: boolean; text(): Promise<string> }>;
  XMLHttpRequest?: new () => {
    open(method: string, url: string): void;
    send(): void;
    timeout: number;
    status: number;
    responseText: string;
    onload: (() => void) | null;
    onerror: (() => void) | null;
    ontimeout: (() => void) | null;
  };
  setTimeout(fn: () => void, ms: number): unknown;
}

function timeout<T>(globals: Globals, ms: number, promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    globals.setTimeout(() => reject(new Error('time-out')), ms);
    promise.then(resolve, reject);
  });
}

/**
 * The global object. Not `globalThis`: that arrived in ES2020 and classic Outlook's older
 * JavaScript-only runtime (an ES2016 engine) does not have it.
 */
function globalObject(): Globals {
  return (typeof self !== 'undefined' ? self : Function('return this')()) as unknown as Globals;
}

export function createFetchText(globals: Globals = globalObject()): FetchText {
  return (url, timeoutMs) => {
    if (typeof globals.fetch === 'function') {
      const request = globals.fetch(url, { cache: 'no-cache', credentials: 'omit' }).then((response) => {
        if (response.status === 404) return null;
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      });
      return timeout(globals, timeoutMs, request);
    }
    const Xhr = globals.XMLHttpRequest;
    if (Xhr) {
      return new Promise<string | null>((resolve, reject) => {
        const xhr = new Xhr();
        xhr.open('GET', url);
        xhr.timeout = timeoutMs;
        xhr.onload = () => {
          if (xhr.status === 404) resolve(null);
          else if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.responseText);
          else reject(new Error(`HTTP ${xhr.status}`));
        };
        xhr.onerror = () => reject(new Error('network error'));
        xhr.ontimeout = () => reject(new Error('time-out'));
        xhr.send();
      });
    }
    return Promise.reject(new Error('no way to fetch in this runtime'));
  };
}
