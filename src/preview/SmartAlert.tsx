import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { SendOutcome } from './mailbox';

type Stopped = Extract<SendOutcome, { allowed: false }>;

export interface SmartAlertProps {
  /** The alert is shown while there is an outcome. It stays mounted: Fluent's dialog then restores the page it hid. */
  outcome: Stopped | undefined;
  onDontSend: () => void;
  /** The take-action button (cancelLabel): opens the task pane. */
  onTakeAction: () => void;
  onSendAnyway: () => void;
}

/** The Smart Alert as Outlook shows it: the handler's message, and buttons by send mode. */
export function SmartAlert({ outcome, onDontSend, onTakeAction, onSendAnyway }: SmartAlertProps) {
  const [shown, setShown] = useState<Stopped | undefined>(outcome);
  useEffect(() => {
    if (outcome) setShown(outcome);
  }, [outcome]);
  if (!shown) return null;
  return (
    <Dialog open={!!outcome} modalType="alert" onOpenChange={(_, data) => !data.open && onDontSend()}>
      <DialogSurface data-testid="smart-alert" aria-describedby="smart-alert-message">
        <DialogBody>
          <DialogTitle>Send Guard</DialogTitle>
          <DialogContent>
            <p id="smart-alert-message" data-testid="smart-alert-message" style={{ whiteSpace: 'pre-wrap' }}>
              {shown.errorMessage}
            </p>
          </DialogContent>
          <DialogActions>
            {shown.sendMode === 'promptUser' && <Button onClick={onSendAnyway}>Send Anyway</Button>}
            {shown.cancelLabel && shown.commandId ? (
              <Button appearance="primary" onClick={onTakeAction}>
                {shown.cancelLabel}
              </Button>
            ) : null}
            <Button appearance={shown.cancelLabel && shown.commandId ? 'secondary' : 'primary'} onClick={onDontSend}>
              Don&apos;t Send
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
