/** Registering event handlers and reading Office's enum values: the handler never touches Office itself. */

/**
 * Associates a manifest FunctionName with a handler (Office.actions.associate, run at the top level:
 * Office.onReady does not run in classic Outlook's JavaScript-only runtime). False when there is no
 * Office to register with (a page loaded outside Outlook, a test).
 */
export function associateAction(name: string, handler: (event: never) => void): boolean {
  if (typeof Office === 'undefined' || !Office.actions || typeof Office.actions.associate !== 'function') return false;
  Office.actions.associate(name, handler as (event: unknown) => void);
  return true;
}

/** Office.MailboxEnums.SendModeOverride.PromptUser where this Outlook has it, else its documented value. */
export function promptUserSendMode(): string {
  try {
    const value = Office.MailboxEnums.SendModeOverride.PromptUser;
    return typeof value === 'string' ? value : 'promptUser';
  } catch {
    return 'promptUser';
  }
}
