import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Language } from '../model/finding';
import { OUTLOOK_ALERT_BUTTONS } from '../strings/outlook-buttons';
import type { SendOutcome } from './mailbox';

type Stopped = Extract<SendOutcome, { allowed: false }>;

export type AlertClient = 'web' | 'windows' | 'windows-before-2412' | 'mac';

/**
 * Where the alert's take-action button goes (Office.SmartAlertsEventCompletedOptions.cancelLabel and
 * commandId): Outlook on the web, new Outlook and classic Outlook on Windows from Version 2412
 * (Build 18324.20000) add it beside Don't Send; classic Outlook on Windows before that and Outlook on
 * Mac rename Don't Send with the cancelLabel instead, and that button opens the pane.
 */
export const ALERT_CLIENTS: Record<AlertClient, { title: string; renamesDontSend: boolean }> = {
  web: { title: 'Outlook on the web / new Outlook', renamesDontSend: false },
  windows: { title: 'Classic Outlook on Windows 2412+', renamesDontSend: false },
  'windows-before-2412': { title: 'Classic Outlook on Windows before 2412', renamesDontSend: true },
  mac: { title: 'Outlook on Mac', renamesDontSend: true },
};

export interface SmartAlertProps {
  /** The alert is shown while there is an outcome. It stays mounted: Fluent's dialog then restores the page it hid. */
  outcome: Stopped | undefined;
  /** Outlook's display language: Outlook's own buttons are in it. */
  lang: Language;
  client: AlertClient;
  onDontSend: () => void;
  /** The take-action button (cancelLabel): opens the task pane. */
  onTakeAction: () => void;
  onSendAnyway: () => void;
}

/** The Smart Alert as Outlook shows it: the handler's message, and buttons by send mode and client. */
export function SmartAlert({ outcome, lang, client, onDontSend, onTakeAction, onSendAnyway }: SmartAlertProps) {
  const [shown, setShown] = useState<Stopped | undefined>(outcome);
  useEffect(() => {
    if (outcome) setShown(outcome);
  }, [outcome]);
  if (!shown) return null;
  const buttons = OUTLOOK_ALERT_BUTTONS[lang];
  const renames = ALERT_CLIENTS[client].renamesDontSend;
  const takeAction = !!(shown.cancelLabel && shown.commandId);
  return (
    <Dialog open={!!outcome} modalType="alert" onOpenChange={(_, data) => !data.open && onDontSend()}>
      <DialogSurface data-testid="smart-alert" data-layout={renames ? 'renamed-dont-send' : 'take-action'} aria-describedby="smart-alert-message">
        <DialogBody>
          <DialogTitle>Send Guard</DialogTitle>
          <DialogContent>
            <p id="smart-alert-message" data-testid="smart-alert-message" style={{ whiteSpace: 'pre-wrap' }}>
              {shown.errorMessage}
            </p>
          </DialogContent>
          <DialogActions>
            {shown.sendMode === 'promptUser' && <Button onClick={onSendAnyway}>{buttons.sendAnyway}</Button>}
            {renames ? (
              // Older clients: the one cancelling button carries the cancelLabel and opens the pane too.
              <Button appearance="primary" onClick={takeAction ? onTakeAction : onDontSend}>
                {shown.cancelLabel || buttons.dontSend}
              </Button>
            ) : (
              <>
                {takeAction && (
                  <Button appearance="primary" onClick={onTakeAction}>
                    {shown.cancelLabel}
                  </Button>
                )}
                <Button appearance={takeAction ? 'secondary' : 'primary'} onClick={onDontSend}>
                  {buttons.dontSend}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
