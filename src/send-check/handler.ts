/** Placeholder until the on-send handler lands (issue: Outlook on-send). */
declare const Office: { actions?: { associate(name: string, fn: (event: unknown) => void): void } } | undefined;

function onMessageSendHandler(event: { completed(options: { allowEvent: boolean }): void }): void {
  event.completed({ allowEvent: true });
}

if (typeof Office !== 'undefined' && Office.actions) Office.actions.associate('onMessageSendHandler', onMessageSendHandler as (e: unknown) => void);
