/** What the task pane and the preview use from the on-send side. handler.ts is the bundle's entry. */
export { onMessageSendHandler, registerHandler } from './handler';
export { checkOnSend, COMMAND_ID, HANDLER_NAME, type SendEvent } from './on-send';
export { parseContext, type ContextFinding, type SendGuardContext } from './context';
export { recordDecision, loadDecision, type RecordDecisionInput } from './memory';
export { AUDIT_HEADER, DECISION_KEY, type Decision, type DecisionAction } from './decision';
export { fingerprintMessage } from './fingerprint';
export { loadPolicy } from './policy';
export type { CompletedOptions } from './alert';
