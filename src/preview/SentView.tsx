import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { SentMessage } from './mailbox';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  headers: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  body: { whiteSpace: 'pre-wrap', borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

/** The message as it left: recipients, subject, attachments and the internet headers Send Guard set. */
export function SentView({ message, onNewMessage }: { message: SentMessage; onNewMessage: () => void }) {
  const styles = useStyles();
  const headerNames = Object.keys(message.headers);
  return (
    <section aria-labelledby="sent-title" data-testid="sent">
      <h2 id="sent-title">Sent</h2>
      <dl className={styles.facts}>
        <dt className={styles.term}>To</dt>
        <dd className={styles.detail}>{message.to.join(', ')}</dd>
        <dt className={styles.term}>Cc</dt>
        <dd className={styles.detail}>{message.cc.join(', ')}</dd>
        <dt className={styles.term}>Bcc</dt>
        <dd className={styles.detail}>{message.bcc.join(', ')}</dd>
        <dt className={styles.term}>Subject</dt>
        <dd className={styles.detail}>{message.subject}</dd>
        <dt className={styles.term}>Attachments</dt>
        <dd className={styles.detail}>{message.attachments.join(', ')}</dd>
        <dt className={styles.term}>Headers</dt>
        <dd className={`${styles.detail} ${styles.headers}`} data-testid="sent-headers">
          {headerNames.length === 0 ? '(none)' : headerNames.map((name) => `${name}: ${message.headers[name]}`).join('\n')}
        </dd>
      </dl>
      <p className={styles.body}>{message.body}</p>
      <Button appearance="primary" onClick={onNewMessage}>
        New message
      </Button>
    </section>
  );
}
