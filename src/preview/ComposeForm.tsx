import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type DragEvent } from 'react';
import type { ComposeState } from './mailbox';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalM,
  },
  dropActive: { borderTopColor: tokens.colorBrandStroke1, borderBottomColor: tokens.colorBrandStroke1, borderLeftColor: tokens.colorBrandStroke1, borderRightColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  files: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  file: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface ComposeFormProps {
  state: ComposeState;
  disabled: boolean;
  onEdit: (change: Partial<Omit<ComposeState, 'attachments'>>) => void;
  onAddFiles: (files: File[]) => void;
  onRemoveAttachment: (id: string) => void;
  onSend: () => void;
}

const split = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** An address line: typed freely, stored as a list when the field loses focus. */
function AddressField({ label, value, disabled, onChange }: { label: string; value: string[]; disabled: boolean; onChange: (list: string[]) => void }) {
  const [text, setText] = useState<string | undefined>();
  return (
    <Field label={label}>
      <Input
        value={text !== undefined ? text : value.join(', ')}
        disabled={disabled}
        onChange={(_, d) => setText(d.value)}
        onBlur={() => {
          if (text !== undefined) onChange(split(text));
          setText(undefined);
        }}
      />
    </Field>
  );
}

export function ComposeForm({ state, disabled, onEdit, onAddFiles, onRemoveAttachment, onSend }: ComposeFormProps) {
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    onAddFiles(Array.from(e.dataTransfer.files));
  };
  return (
    <form
      className={styles.form}
      aria-label="New message"
      onSubmit={(e) => {
        e.preventDefault();
        // Commit an address still being typed before sending.
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        setTimeout(onSend, 0);
      }}
    >
      <AddressField label="To" value={state.to} disabled={disabled} onChange={(to) => onEdit({ to })} />
      <AddressField label="Cc" value={state.cc} disabled={disabled} onChange={(cc) => onEdit({ cc })} />
      <AddressField label="Bcc" value={state.bcc} disabled={disabled} onChange={(bcc) => onEdit({ bcc })} />
      <Field label="Subject">
        <Input value={state.subject} disabled={disabled} onChange={(_, d) => onEdit({ subject: d.value })} />
      </Field>
      <Field label="Message">
        <Textarea value={state.body} disabled={disabled} rows={8} resize="vertical" onChange={(_, d) => onEdit({ body: d.value })} />
      </Field>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <Field label="Attachments (pick files or drop them here)">
          <input type="file" multiple disabled={disabled} data-testid="file-input" onChange={(e) => onAddFiles(Array.from(e.currentTarget.files || []))} />
        </Field>
        {state.attachments.length > 0 && (
          <ul className={styles.files} aria-label="Attachments">
            {state.attachments.map((a) => (
              <li key={a.id} className={styles.file}>
                <span>
                  {a.name} ({Math.max(1, Math.round(a.size / 1024))} KB)
                </span>
                <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onRemoveAttachment(a.id)} aria-label={`Remove ${a.name}`}>
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.row}>
        <Button type="submit" appearance="primary" disabled={disabled}>
          Send
        </Button>
      </div>
    </form>
  );
}
