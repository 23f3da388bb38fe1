import { Button, FluentProvider, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { Language } from '../model/finding';
import { fluentTheme, type ThemeKind } from '../taskpane/theme';
import { ComposeForm } from './ComposeForm';
import type { ComposeState, PreviewMailbox, SendOutcome, SentMessage } from './mailbox';
import { PREVIEW_POLICIES, type PreviewPolicyId } from './policies';
import { SAMPLES, type SampleMessage } from './samples';
import { SentView } from './SentView';
import { ALERT_CLIENTS, SmartAlert, type AlertClient } from './SmartAlert';
import { NotificationBar } from './NotificationBar';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end', padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1 },
  h1: { fontSize: tokens.fontSizeBase500, margin: 0, marginRight: 'auto' },
  samples: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  layout: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalL, padding: tokens.spacingHorizontalL },
  compose: { flex: '1 1 32rem', minWidth: 0, padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium },
  // Beside the compose window and scrolling on its own, as Outlook's task pane does.
  // Outlook's task pane is 320 px wide by default.
  pane: {
    flex: '0 0 320px',
    maxWidth: '100%',
    position: 'sticky',
    top: tokens.spacingVerticalL,
    maxHeight: `calc(100vh - 2 * ${tokens.spacingVerticalL})`,
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  paneBar: { display: 'flex', justifyContent: 'flex-end', backgroundColor: tokens.colorNeutralBackground1 },
});

export interface PreviewProps {
  mailbox: PreviewMailbox;
  /** The real task pane on the simulated item; `key` changes remount it when Outlook would reopen it. */
  renderTaskpane: (key: number) => ReactNode;
  /** Fetches a sample attachment file (served from dist/samples/). */
  loadSample: (file: string) => Promise<Uint8Array>;
  /** Makes the add-in read this policy from now on (as if policy.json said so). */
  choosePolicy?: (id: PreviewPolicyId) => void;
}

export function Preview({ mailbox, renderTaskpane, loadSample, choosePolicy }: PreviewProps) {
  const styles = useStyles();
  const [state, setState] = useState<ComposeState>(() => mailbox.state());
  const [outcome, setOutcome] = useState<Extract<SendOutcome, { allowed: false }> | undefined>();
  const [sent, setSent] = useState<SentMessage | undefined>();
  const [sending, setSending] = useState(false);
  const [pane, setPane] = useState<number | undefined>();
  const [lang, setLang] = useState<Language>('nl');
  const [theme, setTheme] = useState<ThemeKind>('light');
  const [policyId, setPolicyId] = useState<PreviewPolicyId>('default');
  const [client, setClient] = useState<AlertClient>('web');

  useEffect(() => mailbox.subscribe(() => setState(mailbox.state())), [mailbox]);

  const openPane = (contextData: string | undefined) => {
    mailbox.setInitializationContext(contextData);
    setPane((n) => (n === undefined ? 1 : n + 1));
  };

  const send = async () => {
    setSending(true);
    try {
      const result = await mailbox.send();
      if (result.allowed) {
        setSent(mailbox.deliver());
        setPane(undefined);
      } else {
        setOutcome(result);
      }
    } finally {
      setSending(false);
    }
  };

  const loadMessage = async (sample: SampleMessage) => {
    mailbox.reset();
    setSent(undefined);
    setOutcome(undefined);
    setPane(undefined);
    mailbox.edit({ to: sample.to, cc: sample.cc, bcc: [], subject: sample.subject, body: sample.body });
    for (const a of sample.attachments) mailbox.addAttachment(a.file, await loadSample(a.file), a.contentType);
    setState(mailbox.state());
  };

  const addFiles = async (files: File[]) => {
    for (const file of files) mailbox.addAttachment(file.name, new Uint8Array(await file.arrayBuffer()), file.type || 'application/octet-stream');
    setState(mailbox.state());
  };

  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root}>
      <header className={styles.bar}>
        <h1 className={styles.h1}>Send Guard preview</h1>
        <nav aria-label="Sample messages" className={styles.samples}>
          {SAMPLES.map((s) => (
            <Button key={s.id} data-sample={s.id} onClick={() => void loadMessage(s)}>
              {s.title}
            </Button>
          ))}
        </nav>
        <Field label="Outlook language">
          <Select
            value={lang}
            onChange={(_, d) => {
              setLang(d.value as Language);
              mailbox.setLanguage(d.value as Language);
              if (pane !== undefined) setPane(pane + 1);
            }}
          >
            <option value="nl">Nederlands (nl-NL)</option>
            <option value="en">English (en-US)</option>
          </Select>
        </Field>
        <Field label="Outlook theme">
          <Select
            value={theme}
            data-testid="theme"
            onChange={(_, d) => {
              setTheme(d.value as ThemeKind);
              mailbox.setTheme(d.value as ThemeKind);
              if (pane !== undefined) setPane(pane + 1);
            }}
          >
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="high-contrast">High contrast</option>
          </Select>
        </Field>
        {choosePolicy && (
          <Field label="Policy (secure send)">
            <Select
              value={policyId}
              data-testid="policy"
              onChange={(_, d) => {
                setPolicyId(d.value as PreviewPolicyId);
                choosePolicy(d.value as PreviewPolicyId);
                // Outlook would load the pane afresh for a changed add-in.
                if (pane !== undefined) setPane(pane + 1);
              }}
            >
              {(Object.keys(PREVIEW_POLICIES) as PreviewPolicyId[]).map((id) => (
                <option key={id} value={id}>
                  {PREVIEW_POLICIES[id].title}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label="Outlook client">
          <Select value={client} data-testid="client" onChange={(_, d) => setClient(d.value as AlertClient)}>
            {(Object.keys(ALERT_CLIENTS) as AlertClient[]).map((id) => (
              <option key={id} value={id}>
                {ALERT_CLIENTS[id].title}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => openPane(undefined)}>Open Send Guard (ribbon)</Button>
      </header>
      <div className={styles.layout}>
        <section className={styles.compose} aria-label="Compose">
          {sent ? (
            <SentView
              message={sent}
              onNewMessage={() => {
                mailbox.reset();
                setSent(undefined);
              }}
            />
          ) : (
            <>
            <NotificationBar
              notifications={state.notifications || []}
              onAction={(n) => openPane(n.contextData || '')}
              onDismiss={(key) => mailbox.dismissNotification && mailbox.dismissNotification(key)}
            />
            <ComposeForm
              state={state}
              disabled={sending}
              onEdit={(change) => mailbox.edit(change)}
              onAddFiles={(files) => void addFiles(files)}
              onRemoveAttachment={(id) => mailbox.removeAttachment(id)}
              onSend={() => void send()}
            />
            </>
          )}
        </section>
        {pane !== undefined && (
          // Not a landmark itself: the task pane brings its own <main>, as in its own window in Outlook.
          <div className={styles.pane} data-testid="taskpane">
            <div className={styles.paneBar}>
              <Button appearance="subtle" onClick={() => setPane(undefined)} aria-label="Close the task pane">
                ✕
              </Button>
            </div>
            {renderTaskpane(pane)}
          </div>
        )}
      </div>
      <SmartAlert
        outcome={outcome}
        lang={lang}
        client={client}
        onDontSend={() => setOutcome(undefined)}
        onTakeAction={() => {
          const contextData = (outcome && outcome.contextData) || '';
          setOutcome(undefined);
          // An open pane stays open and gets InitializationContextChanged, as in Outlook (Mailbox 1.15).
          if (pane !== undefined) mailbox.takeActionFromAlert(contextData, true);
          else openPane(contextData);
        }}
        onSendAnyway={() => {
          setOutcome(undefined);
          setSent(mailbox.deliver());
          setPane(undefined);
        }}
      />
    </FluentProvider>
  );
}
