/**
 * Per-message storage shared by the task pane and the on-send handler, which run in different
 * runtimes: the item's sessionData (Mailbox 1.11), or its custom properties where sessionData is
 * missing (older clients, and builds that report 1.11 without the object).
 */
import { type CallOptions, officeCall } from './office-call';
import { composeItem } from './item';
import { supportsMailbox } from './host';

/** Whether the item has sessionData (kept only until the send, never saved with the message). */
export function hasSessionData(): boolean {
  try {
    const item = composeItem();
    return supportsMailbox('1.11') && !!item.sessionData && typeof item.sessionData.getAllAsync === 'function';
  } catch {
    return false;
  }
}

function loadCustomProperties(options?: CallOptions): Promise<Office.CustomProperties> {
  return officeCall<Office.CustomProperties>('loadCustomPropertiesAsync', (cb) => composeItem().loadCustomPropertiesAsync(cb), options);
}

/** getAllAsync's value: an object, or on some clients its JSON text. */
function parseAll(value: unknown): { [key: string]: unknown } {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' ? (value as { [key: string]: unknown }) : {};
}

/** The stored value, or undefined when there is none. */
export async function readSessionValue(key: string, options?: CallOptions): Promise<string | undefined> {
  return (await readSessionValues([key], options))[key];
}

/** Several stored values with one Office call (each round trip to Outlook costs a millisecond or more); undefined where there is none. */
export async function readSessionValues(keys: readonly string[], options?: CallOptions): Promise<{ [key: string]: string | undefined }> {
  let stored: (key: string) => unknown;
  if (hasSessionData()) {
    // getAllAsync rather than getAsync: a missing key is then simply absent, never an error.
    const all = parseAll(await officeCall<unknown>('sessionData.getAllAsync', (cb) => composeItem().sessionData.getAllAsync(cb), options));
    stored = (key) => all[key];
  } else {
    const props = await loadCustomProperties(options);
    stored = (key) => props.get(key);
  }
  const values: { [key: string]: string | undefined } = {};
  for (const key of keys) {
    const value = stored(key);
    values[key] = typeof value === 'string' ? value : undefined;
  }
  return values;
}

export async function writeSessionValue(key: string, value: string, options?: CallOptions): Promise<void> {
  if (hasSessionData()) {
    await officeCall<void>('sessionData.setAsync', (cb) => composeItem().sessionData.setAsync(key, value, cb), options);
    return;
  }
  const props = await loadCustomProperties(options);
  props.set(key, value);
  await officeCall<void>('customProperties.saveAsync', (cb) => props.saveAsync(cb), options);
}

export async function removeSessionValue(key: string, options?: CallOptions): Promise<void> {
  if (hasSessionData()) {
    await officeCall<void>('sessionData.removeAsync', (cb) => composeItem().sessionData.removeAsync(key, cb), options);
    return;
  }
  const props = await loadCustomProperties(options);
  props.remove(key);
  await officeCall<void>('customProperties.saveAsync', (cb) => props.saveAsync(cb), options);
}
