/** What the task pane and the preview use from the on-send side. handler.ts is the bundle's entry. */
export { onMessageSendHandler, registerHandler } from './handler';
export { checkOnSend, COMMAND_ID, HANDLER_NAME, type SendEvent } from './on-send';
export { parseContext, type ContextFinding, type SendGuardContext } from '../session/context';
export { recordDecision, loadDecision, type RecordDecisionInput } from '../session/memory';
export { AUDIT_HEADER, DECISION_KEY, type Decision, type DecisionAction } from '../session/decision';
export { fingerprintMessage } from '../session/fingerprint';
export { loadPolicy } from '../session/policy';
export type { CompletedOptions } from './alert';
