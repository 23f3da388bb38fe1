/**
 * Promise wrappers around Office.js callbacks. Every Office call in Send Guard goes through
 * `officeCall`, so a throw inside a callback, a synchronous throw from the call itself, or a call
 * that never answers all end as one rejected promise instead of an escaped exception or a hang.
 */

/** Why an Office call did not give a value. `code` is Office's error code or name where it gave one. */
export class OfficeCallError extends Error {
  readonly call: string;
  readonly code: string;
  constructor(call: string, code: string, message: string) {
    super(call + ': ' + message);
    this.call = call;
    this.code = code;
  }
}

export interface CallOptions {
  /** Reject with code `timeout` when Office has not answered after this many milliseconds. */
  timeoutMs?: number;
}

/** The part of Office.AsyncResult we read; also what the simulator produces. */
interface AsyncResultLike<T> {
  status: unknown;
  value: T;
  error?: { name?: string; message?: string; code?: number | string } | null;
}

// office.js sets AsyncResultStatus.Failed to the string 'failed' (the typings call it an enum member).
const FAILED = 'failed';

/**
 * Runs one Office call. `invoke` receives the callback to hand to Office; it must start the call
 * and nothing else. Settles once: the first of answer, failure, throw or time-out wins.
 */
export function officeCall<T>(name: string, invoke: (callback: (result: AsyncResultLike<T>) => void) => void, options: CallOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) clearTimeout(timer);
      fn();
    };
    if (options.timeoutMs !== undefined && typeof setTimeout === 'function') {
      timer = setTimeout(() => finish(() => reject(new OfficeCallError(name, 'timeout', 'no answer after ' + options.timeoutMs + ' ms'))), options.timeoutMs);
    }
    const callback = (result: AsyncResultLike<T>): void => {
      // Runs inside Office's callback: nothing may throw out of here.
      try {
        if (!result || result.status === FAILED) {
          const error = (result && result.error) || {};
          const code = error.name || (error.code !== undefined ? String(error.code) : 'failed');
          finish(() => reject(new OfficeCallError(name, code, error.message || 'failed')));
        } else {
          finish(() => resolve(result.value));
        }
      } catch (e) {
        finish(() => reject(new OfficeCallError(name, 'callback-threw', describe(e))));
      }
    };
    try {
      invoke(callback);
    } catch (e) {
      finish(() => reject(e instanceof OfficeCallError ? e : new OfficeCallError(name, 'threw', describe(e))));
    }
  });
}

/** A short description of an unknown thrown value, without its contents beyond the message. */
export function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  return typeof e === 'string' ? e : 'unknown error';
}
