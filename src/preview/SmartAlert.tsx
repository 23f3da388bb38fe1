import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { SendOutcome } from './mailbox';

type Stopped = Extract<SendOutcome, { allowed: false }>;

export interface SmartAlertProps {
  outcome: Stopped;
  onDontSend: () => void;
  /** The take-action button (cancelLabel): opens the task pane. */
  onTakeAction: () => void;
  onSendAnyway: () => void;
}

/** The Smart Alert as Outlook shows it: the handler's message, and buttons by send mode. */
export function SmartAlert({ outcome, onDontSend, onTakeAction, onSendAnyway }: SmartAlertProps) {
  return (
    <Dialog open modalType="alert">
      <DialogSurface data-testid="smart-alert" aria-describedby="smart-alert-message">
        <DialogBody>
          <DialogTitle>Send Guard</DialogTitle>
          <DialogContent>
            <p id="smart-alert-message" data-testid="smart-alert-message" style={{ whiteSpace: 'pre-wrap' }}>
              {outcome.errorMessage}
            </p>
          </DialogContent>
          <DialogActions>
            {outcome.sendMode === 'promptUser' && <Button onClick={onSendAnyway}>Send Anyway</Button>}
            {outcome.cancelLabel && outcome.commandId ? (
              <Button appearance="primary" onClick={onTakeAction}>
                {outcome.cancelLabel}
              </Button>
            ) : null}
            <Button appearance={outcome.cancelLabel && outcome.commandId ? 'secondary' : 'primary'} onClick={onDontSend}>
              Don&apos;t Send
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
