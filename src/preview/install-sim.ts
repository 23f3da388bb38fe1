/**
 * Imported first by the preview: makes the simulated Office the page's global before the handler
 * module loads and registers itself with Office.actions.associate, as it does in Outlook, and puts
 * the policy switch in front of the page's requests for policy.json.
 */
import { installPolicySwitch } from './policies';
import { SimMailbox } from './sim-mailbox';

export const mailbox = new SimMailbox(window as unknown as { [key: string]: unknown });
export const choosePolicy = installPolicySwitch(window);

// The simulator's call log, read-only, for the browser tests (which Office calls a Send made).
(window as unknown as { sendGuardPreview: { calls(): string[] } }).sendGuardPreview = { calls: () => mailbox.sim.calls.slice() };
