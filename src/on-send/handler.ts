/**
 * Entry point of handler.js, the file Outlook loads on Send (classic Outlook on Windows loads it
 * alone in its JavaScript-only runtime; the other clients through commands.html). It registers the
 * handler at the top level: Office.onReady does not run in the JavaScript-only runtime.
 */
import { associateAction } from '../outlook';
import { scanMessage } from '../scan';
import { checkOnSend, HANDLER_NAME, type SendEvent } from './on-send';
import { loadPolicy } from '../session/policy';

export function onMessageSendHandler(event: SendEvent): void {
  // Never let a rejection escape: checkOnSend completes the event on every path itself.
  checkOnSend(event, { scan: scanMessage, loadPolicy }).catch(() => undefined);
}

/**
 * Associates the handler with the manifest's FunctionName. Runs when this file loads; the preview
 * calls it again after installing its simulated Office. False when there is no Office to register with.
 */
export function registerHandler(): boolean {
  return associateAction(HANDLER_NAME, onMessageSendHandler);
}

registerHandler();
