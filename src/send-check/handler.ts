/** Placeholder until the on-send handler lands (issue: Outlook on-send). */
function onMessageSendHandler(event: Office.AddinCommands.Event): void {
  event.completed({ allowEvent: true });
}

if (typeof Office !== 'undefined' && Office.actions) Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
