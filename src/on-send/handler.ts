/**
 * Entry point of handler.js, the file Outlook loads on Send and on compose changes (classic Outlook on Windows loads it
 * alone in its JavaScript-only runtime; the other clients through commands.html). It registers the
 * handler at the top level: Office.onReady does not run in the JavaScript-only runtime.
 */
import { associateAction } from '../outlook';
import { scanMessage } from '../scan';
import { checkOnSend, HANDLER_NAME, type SendEvent } from './on-send';
import { loadPolicy } from '../session/policy';
import { ATTACHMENTS_HANDLER_NAME, createComposeHandlers, RECIPIENTS_HANDLER_NAME, type ComposeEvent } from './compose';

export function onMessageSendHandler(event: SendEvent): void {
  // Never let a rejection escape: checkOnSend completes the event on every path itself.
  checkOnSend(event, { scan: scanMessage, loadPolicy }).catch(() => undefined);
}

// One queue per runtime, so changes that arrive together are checked together.
const compose = createComposeHandlers({ scan: scanMessage, loadPolicy });

export function onMessageRecipientsChangedHandler(event: ComposeEvent): void {
  compose.onRecipientsChanged(event).catch(() => undefined);
}

export function onMessageAttachmentsChangedHandler(event: ComposeEvent): void {
  compose.onAttachmentsChanged(event).catch(() => undefined);
}

/**
 * Associates the handlers with the manifest's FunctionName. Runs when this file loads; the preview
 * calls it again after installing its simulated Office. False when there is no Office to register with.
 */
export function registerHandler(): boolean {
  const registered = associateAction(HANDLER_NAME, onMessageSendHandler);
  associateAction(RECIPIENTS_HANDLER_NAME, onMessageRecipientsChangedHandler);
  associateAction(ATTACHMENTS_HANDLER_NAME, onMessageAttachmentsChangedHandler);
  return registered;
}

registerHandler();
