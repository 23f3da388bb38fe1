/**
 * The notification bar above the compose form (item.notificationMessages, Mailbox 1.3; the insight
 * message with a button that opens the task pane, Mailbox 1.10). One fixed key, so each check
 * replaces the bar instead of stacking new ones.
 */
import { type CallOptions, officeCall, OfficeCallError } from './office-call';
import { composeItem } from './item';
import { supportsMailbox } from './host';

/** Office's limits (NotificationMessageDetails): message 150 characters; the action's text is kept short. */
export const MAX_NOTIFICATION = 150;
export const MAX_ACTION_TEXT = 30;
/** An image id from the manifest's Resources (Office wants one for informational and insight messages). */
export const NOTIFICATION_ICON = 'Icon.16x16';

export interface NotificationBar {
  message: string;
  /** Where insight messages are supported: a button that opens the task pane. */
  action?: { text: string; commandId: string; contextData: string };
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}

/** The details Office takes: an insight message with its button where Mailbox 1.10 is there, else an informational one. */
export function notificationDetails(bar: NotificationBar, insight: boolean): Office.NotificationMessageDetails {
  const message = shorten(bar.message, MAX_NOTIFICATION);
  if (insight && bar.action) {
    return {
      type: 'insightMessage',
      message,
      icon: NOTIFICATION_ICON,
      actions: [{ actionType: 'showTaskPane', actionText: shorten(bar.action.text, MAX_ACTION_TEXT), commandId: bar.action.commandId, contextData: bar.action.contextData }],
    };
  }
  return { type: 'informationalMessage', message, icon: NOTIFICATION_ICON, persistent: true };
}

export function showNotification(key: string, bar: NotificationBar, options?: CallOptions): Promise<void> {
  const details = notificationDetails(bar, supportsMailbox('1.10'));
  return officeCall<void>('notificationMessages.replaceAsync', (cb) => composeItem().notificationMessages.replaceAsync(key, details, cb), options);
}

/** Removes the bar; a bar that is not there (never shown, or dismissed by the user) is no error. */
export function removeNotification(key: string, options?: CallOptions): Promise<void> {
  return officeCall<void>('notificationMessages.removeAsync', (cb) => composeItem().notificationMessages.removeAsync(key, cb), options).catch((e) => {
    if (e instanceof OfficeCallError && (e.code === 'KeyNotFound' || e.code === '9050')) return;
    throw e;
  });
}
