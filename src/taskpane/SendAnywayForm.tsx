import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Language } from '../model/finding';
import { MESSAGES } from '../strings/taskpane';

const useStyles = makeStyles({
  form: { marginTop: tokens.spacingVerticalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface SendAnywayFormProps {
  lang: Language;
  busy: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why the message may go as it is; the reason ends up in the audit header. */
export function SendAnywayForm({ lang, busy, onSubmit, onCancel }: SendAnywayFormProps) {
  const styles = useStyles();
  const t = MESSAGES[lang];
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    onSubmit(trimmed);
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t.sendAnyway({})} noValidate>
      <Field
        label={t.sendAnywayReasonLabel({})}
        hint={t.sendAnywayReasonHint({})}
        required
        validationState={missing ? 'error' : 'none'}
        validationMessage={missing ? t.sendAnywayReasonMissing({}) : undefined}
      >
        <Textarea value={reason} maxLength={200} autoFocus onChange={(_, data) => setReason(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t.sendAnywayConfirm({})}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t.sendAnywayCancel({})}
        </Button>
      </div>
    </form>
  );
}
