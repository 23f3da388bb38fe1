/**
 * What only the task pane asks of Office: Outlook's theme colours, item-change events, and opening
 * a link in the user's browser. Feature-detected: a client without them simply does without.
 */
import { composeItem } from './item';
import { office } from './host';
import { officeCall } from './office-call';

export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

/** Office.context.officeTheme where the client has it (Mailbox 1.14 desktop, Outlook on the web). */
export function officeTheme(): OfficeThemeColors | undefined {
  try {
    const o = office();
    const theme = o && o.context && (o.context as { officeTheme?: OfficeThemeColors }).officeTheme;
    return theme ? { bodyBackgroundColor: theme.bodyBackgroundColor, bodyForegroundColor: theme.bodyForegroundColor } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Calls `listener` when the item's recipients or attachments change (Mailbox 1.7 / 1.8 events).
 * Returns a function that removes the handlers again.
 */
export function onRecipientsOrAttachmentsChanged(listener: () => void): () => void {
  const o = office();
  let item: Office.MessageCompose;
  try {
    item = composeItem();
  } catch {
    return () => undefined;
  }
  const types = o && o.EventType ? [o.EventType.RecipientsChanged, o.EventType.AttachmentsChanged].filter((t) => !!t) : [];
  const added: Office.EventType[] = [];
  for (const type of types) {
    if (typeof item.addHandlerAsync !== 'function') break;
    officeCall<void>('addHandlerAsync', (cb) => item.addHandlerAsync(type, () => listener(), cb)).then(
      () => added.push(type),
      () => undefined, // This client does not send the event: "check again" still works.
    );
  }
  return () => {
    for (const type of added) {
      if (typeof item.removeHandlerAsync === 'function') officeCall<void>('removeHandlerAsync', (cb) => item.removeHandlerAsync(type, cb)).catch(() => undefined);
    }
  };
}

/** Opens `url` in the user's browser (Office's openBrowserWindow, else a new window). */
export function openInBrowser(url: string): boolean {
  try {
    const o = office();
    const ui = o && o.context && o.context.ui;
    if (ui && typeof ui.openBrowserWindow === 'function') {
      ui.openBrowserWindow(url);
      return true;
    }
  } catch {
    // Falls back to window.open below.
  }
  if (typeof window === 'undefined' || typeof window.open !== 'function') return false;
  // With noopener window.open returns null even when it opened the window.
  window.open(url, '_blank', 'noopener');
  return true;
}

/** Resolves when office.js is ready (at once when it is absent, e.g. a page opened outside Outlook). */
export function whenOfficeReady(): Promise<void> {
  const o = office();
  if (!o || typeof o.onReady !== 'function') return Promise.resolve();
  return o.onReady().then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Calls `listener` with the Smart Alert's contextData when Outlook hands an already open task pane
 * a new one (InitializationContextChanged, Mailbox 1.15): without it, a pane left open from an
 * earlier send would keep showing that send's findings. Returns a function that removes the handler.
 */
export function onInitializationContextChanged(listener: (contextData: string) => void): () => void {
  const o = office();
  const type = o && o.EventType ? o.EventType.InitializationContextChanged : undefined;
  let item: Office.MessageCompose;
  try {
    item = composeItem();
  } catch {
    return () => undefined;
  }
  if (!type || typeof item.addHandlerAsync !== 'function') return () => undefined;
  let added = false;
  let removed = false;
  const handler = (args: { initializationContextData?: string }) => listener((args && args.initializationContextData) || '');
  officeCall<void>('addHandlerAsync(InitializationContextChanged)', (cb) => item.addHandlerAsync(type, handler as never, cb)).then(
    () => {
      added = true;
      // Removed before Office answered: take it off again.
      if (removed && typeof item.removeHandlerAsync === 'function') officeCall<void>('removeHandlerAsync', (cb) => item.removeHandlerAsync(type, cb)).catch(() => undefined);
    },
    () => undefined, // A client before Mailbox 1.15: Outlook reopens the pane instead.
  );
  return () => {
    removed = true;
    if (added && typeof item.removeHandlerAsync === 'function') officeCall<void>('removeHandlerAsync', (cb) => item.removeHandlerAsync(type, cb)).catch(() => undefined);
  };
}
