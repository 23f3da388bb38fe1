/**
 * "Encrypt this attachment": replaces a flagged attachment by an encrypted copy (src/encrypt) and
 * shows the generated password once, with a copy button and the advice to give it by phone. The
 * password lives only in this component's state: never in the message, session data or a log.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { encryptAttachment, EncryptError, generatePassword } from '../encrypt';
import type { Language } from '../model/finding';
import type { EncryptAttachmentPolicy } from '../policy/types';
import { MAX_ADDED_ATTACHMENT_BASE64 } from '../outlook/attachments';
import { ENCRYPT_WORDS, type EncryptionMethod } from '../strings/encrypt';
import type { TaskpaneHost } from './host';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end', margin: `${tokens.spacingVerticalS} 0` },
  password: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase400 },
  note: { margin: `${tokens.spacingVerticalS} 0` },
});

export interface EncryptedResult {
  /** The finding's name for the attachment that was replaced. */
  attachment: string;
  /** The encrypted copy's name. */
  name: string;
  method: EncryptionMethod;
}

export interface EncryptAttachmentsProps {
  host: TaskpaneHost;
  policy: EncryptAttachmentPolicy;
  /** Names (as findings give them) of the flagged attachments that can be encrypted. */
  attachments: string[];
  busy: boolean;
  /** Wraps the work like the pane's other actions (busy state, errors, focus). */
  act: (work: () => Promise<void>) => Promise<void>;
  /** After an attachment was replaced: the pane re-checks and, if the policy says so, records the decision. */
  onEncrypted: (result: EncryptedResult) => Promise<void>;
}

/** Base64 length of n bytes. */
const base64Length = (n: number): number => Math.ceil(n / 3) * 4;

export function EncryptAttachments({ host, policy, attachments, busy, act, onEncrypted }: EncryptAttachmentsProps) {
  const styles = useStyles();
  const w = ENCRYPT_WORDS[host.language as Language];
  const [shown, setShown] = useState<{ password: string; result: EncryptedResult } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  const [working, setWorking] = useState(false);
  if (!policy.enabled || !host.readAttachment || !host.replaceAttachment || (attachments.length === 0 && !shown)) return null;

  const encrypt = (attachment: string) =>
    act(async () => {
      setProblem(undefined);
      setCopied(false);
      setWorking(true);
      try {
        await encryptAndReplace(attachment);
      } finally {
        setWorking(false);
      }
    });

  const encryptAndReplace = async (attachment: string) => {
    const original = await (host.readAttachment as NonNullable<TaskpaneHost['readAttachment']>)(attachment);
    const password = generatePassword(policy.minPasswordLength);
    let encrypted;
    try {
      encrypted = await encryptAttachment(original.name, original.bytes, password, { minimumPasswordLength: policy.minPasswordLength });
      if (base64Length(encrypted.bytes.length) > MAX_ADDED_ATTACHMENT_BASE64) throw new EncryptError('too-large');
    } catch (e) {
      setProblem(e instanceof EncryptError ? w.problem[e.problem] : w.failed);
      return;
    }
    await (host.replaceAttachment as NonNullable<TaskpaneHost['replaceAttachment']>)(attachment, { name: encrypted.name, bytes: encrypted.bytes });
    // The copy is in the message now: show its password before anything else can fail.
    const result = { attachment, name: encrypted.name, method: encrypted.method };
    setShown({ password, result });
    if (host.recordEncrypted) await host.recordEncrypted({ name: encrypted.name, method: encrypted.method }).catch(() => undefined);
    await onEncrypted(result);
  };

  const copy = async (password: string) => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false); // No clipboard access: the password stays selectable in the field.
    }
  };

  return (
    <section aria-labelledby="sg-encrypt" className={styles.section} data-testid="encrypt-attachments">
      <h2 id="sg-encrypt" className={styles.h2}>
        {w.heading}
      </h2>
      {shown ? (
        <div data-testid="encrypted-password">
          <MessageBar intent="success" className={styles.note}>
            <MessageBarBody>{w.replaced({ attachment: shown.result.attachment, encrypted: shown.result.name })}</MessageBarBody>
          </MessageBar>
          <div className={styles.row}>
            <Field label={w.passwordLabel}>
              <Input readOnly value={shown.password} input={{ className: styles.password, 'data-testid': 'password' } as object} onFocus={(e) => e.target.select()} />
            </Field>
            <Button onClick={() => void copy(shown.password)}>{copied ? w.copied : w.copy}</Button>
          </div>
          <p className={styles.note}>{w.passwordAdvice}</p>
          <p className={styles.note}>{w.opensWith[shown.result.method]}</p>
          <Button appearance="primary" onClick={() => setShown(undefined)}>
            {w.close}
          </Button>
        </div>
      ) : (
        <>
          <p className={styles.note}>{w.intro}</p>
          <div className={styles.row}>
            {attachments.map((name) => (
              <Button key={name} disabled={busy} onClick={() => void encrypt(name)}>
                {w.encrypt({ attachment: name })}
              </Button>
            ))}
            {working && <span role="status">{w.encrypting}</span>}
          </div>
        </>
      )}
      {problem && (
        <MessageBar intent="error" className={styles.note}>
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
