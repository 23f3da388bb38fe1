import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { ComposeNotification } from './mailbox';

const useStyles = makeStyles({
  bars: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
});

export interface NotificationBarProps {
  notifications: ComposeNotification[];
  /** The insight message's button: opens the task pane with the bar's context. */
  onAction: (notification: ComposeNotification) => void;
  onDismiss: (key: string) => void;
}

/**
 * The add-in's bars at the top of the compose form, as Outlook draws item.notificationMessages:
 * the message, the insight message's one button, and a close button.
 */
export function NotificationBar({ notifications, onAction, onDismiss }: NotificationBarProps) {
  const styles = useStyles();
  if (notifications.length === 0) return null;
  return (
    <div className={styles.bars} aria-label="Notifications from add-ins" role="region">
      {notifications.map((n) => (
        <MessageBar key={n.key} intent={n.type === 'errorMessage' ? 'error' : 'info'} data-testid="notification-bar" data-type={n.type}>
          <MessageBarBody>{n.message}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="Dismiss" onClick={() => onDismiss(n.key)}>
                ✕
              </Button>
            }
          >
            {n.actionText !== undefined && (
              <Button size="small" onClick={() => onAction(n)}>
                {n.actionText}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
