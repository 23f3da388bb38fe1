import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../model/finding';
import type { Policy } from '../policy/types';
import { scanMessage } from '../scan';
import type { Report } from '../model/finding';
import { EncryptAttachments, type EncryptedResult } from './EncryptAttachment';
import { FindingCard } from './FindingCard';
import type { DecisionAction, TaskpaneHost } from './host';
import { GROUPS, canSendAnyway, canSendSecurely, findingKey, groupFindings, outstanding, secureSendCovers, stopsSend, type Group } from './model';
import { SendAnywayForm } from './SendAnywayForm';
import { MESSAGES, type Messages } from '../strings/taskpane';
import { fluentTheme } from './theme';
import { redactNumbers } from '../detection/redact';
import { ENCRYPT_WORDS } from '../strings/encrypt';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  header: { marginBottom: tokens.spacingVerticalM },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS}` },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
  policy: { color: tokens.colorNeutralForeground2, margin: 0 },
  list: { padding: 0, margin: 0 },
  status: { margin: `${tokens.spacingVerticalS} 0` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  note: { margin: `${tokens.spacingVerticalS} 0` },
});

export type Scan = typeof scanMessage;

export interface AppProps {
  host: TaskpaneHost;
  /** The engine; the real scanMessage unless a test passes another. */
  scan?: Scan;
}

interface Notice {
  intent: 'success' | 'error' | 'info';
  text: string;
}

function groupTitle(t: Messages, group: Group): string {
  if (group === 'recipients') return t.groupRecipients({});
  if (group === 'attachments') return t.groupAttachments({});
  return t.groupContent({});
}

export function App({ host, scan = scanMessage }: AppProps) {
  const styles = useStyles();
  const t = MESSAGES[host.language];
  const [policy, setPolicy] = useState<Policy | undefined>();
  const [report, setReport] = useState<Report | undefined>();
  const [fromAlert, setFromAlert] = useState(false);
  const [checking, setChecking] = useState(true);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [dealtWith, setDealtWith] = useState<ReadonlySet<string>>(new Set());
  const [askingReason, setAskingReason] = useState(false);
  const checkCount = useRef(0);
  const statusRef = useRef<HTMLDivElement>(null);

  /** Reads the item as it is now and scans it; returns the report (undefined when reading failed). */
  const check = useCallback(async (): Promise<Report | undefined> => {
    const run = ++checkCount.current;
    setChecking(true);
    try {
      const currentPolicy = policy || (await host.loadPolicy());
      if (!policy) setPolicy(currentPolicy);
      const { message, senderAddress } = await host.readMessage();
      const result = scan(message, { policy: currentPolicy, senderAddress, lang: host.language });
      if (run === checkCount.current) {
        setReport(result);
        setFailed(false);
      }
      return result;
    } catch {
      if (run === checkCount.current) setFailed(true);
      return undefined;
    } finally {
      if (run === checkCount.current) setChecking(false);
    }
  }, [host, policy, scan]);

  useEffect(() => {
    host.openedFromAlert().then(setFromAlert, () => setFromAlert(false));
    void check();
    // Re-check when recipients or attachments change; the user may fix things by hand.
    return host.onItemChanged(() => void check());
  }, [host]);

  /** After an action: re-check, and when nothing is left record the decision so the next Send passes. */
  const finish = async (action: DecisionAction, done: string, dealt: ReadonlySet<string>, reason?: string) => {
    const next = await check();
    if (!next) return;
    const left = outstanding(next.findings, dealt);
    const stopping = next.findings.filter(stopsSend);
    if (left.length === 0 && stopping.length > 0) {
      const detectors = stopping.map((f) => f.detector).filter((d, i, all) => all.indexOf(d) === i);
      await host.recordDecision({ action, reason, detectors });
    }
    setNotice({ intent: 'success', text: left.length === 0 ? `${done} ${t.canSendNow({})}` : `${done} ${t.stillToDo({ count: left.length })}` });
  };

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await work();
    } catch {
      setNotice({ intent: 'error', text: t.actionFailed({}) });
    } finally {
      setBusy(false);
      // The button pressed may be gone now (a removed attachment): keep the keyboard on the result.
      if (statusRef.current) statusRef.current.focus();
    }
  };

  const onRemoveAttachment = (name: string) =>
    act(async () => {
      await host.removeAttachment(name);
      await finish('attachment-removed', t.attachmentRemoved({ attachment: name }), dealtWith);
    });

  const onMoveToBcc = (addresses: string[]) =>
    act(async () => {
      await host.moveToBcc(addresses);
      await finish('recipients-moved', t.movedToBcc({ count: addresses.length }), dealtWith);
    });

  const onSendSecurely = () =>
    act(async () => {
      if (!policy || !report) return;
      const outcome = await host.secureSend(policy.secureSend);
      if (outcome === 'not-supported') {
        setNotice({ intent: 'error', text: t.secureNotSupported({}) });
        return;
      }
      if (outcome === 'link-opened') {
        // The message goes through the secure channel, not through Outlook: nothing here may let it pass.
        setNotice({ intent: 'info', text: t.secureApplied({ how: 'secure-channel' }) });
        return;
      }
      const dealt = new Set(dealtWith);
      for (const f of report.findings) if (secureSendCovers(f)) dealt.add(findingKey(f));
      setDealtWith(dealt);
      const mechanism = policy.secureSend.mechanism === 'none' ? 'header' : policy.secureSend.mechanism;
      await finish('secure-send', t.secureApplied({ how: mechanism }), dealt);
    });

  const onSendAnyway = (reason: string) =>
    act(async () => {
      if (!report) return;
      const dealt = new Set(dealtWith);
      for (const f of report.findings) if (f.severity === 'warn') dealt.add(findingKey(f));
      setDealtWith(dealt);
      setAskingReason(false);
      await finish('send-anyway', t.sendAnywayRecorded({}), dealt, reason);
    });

  // The encrypted copy raises its own `encrypted-attachment` finding; the policy says whether that settles it.
  const onEncrypted = async (result: EncryptedResult) => {
    const dealt = new Set(dealtWith);
    if (policy && policy.encryptAttachment.satisfiesFinding) dealt.add(['encrypted-attachment', 'attachment', redactNumbers(result.name), ''].join('|'));
    setDealtWith(dealt);
    await finish('attachment-encrypted', ENCRYPT_WORDS[host.language].replaced({ attachment: result.attachment, encrypted: result.name }), dealt);
  };

  const findings: Finding[] = report ? report.findings : [];
  const left = outstanding(findings, dealtWith);
  const encryptable = left.filter((f) => f.location.part === 'attachment' && f.location.attachment && f.detector !== 'encrypted-attachment').map((f) => f.location.attachment as string).filter((n, i, all) => all.indexOf(n) === i);
  const groups = groupFindings(findings);
  const summary = failed ? t.checkFailed({}) : checking && !report ? t.checking({}) : findings.length === 0 ? `${t.nothingFound({})} ${t.canSendNow({})}` : left.length === 0 ? t.canSendNow({}) : t.resultSummary({ count: findings.length });

  return (
    <FluentProvider theme={fluentTheme(host.theme)} className={styles.root}>
      <main aria-labelledby="sg-title" aria-busy={checking || busy}>
        <header className={styles.header}>
          <h1 id="sg-title" className={styles.h1}>
            {fromAlert && left.length > 0 ? t.stoppedHeading({}) : t.checkingHeading({})}
          </h1>
          {policy && <p className={styles.policy}>{t.policyInForce({ name: policy.name })}</p>}
        </header>

        <div role="status" aria-live="polite" className={styles.status} data-testid="status" tabIndex={-1} ref={statusRef}>
          {notice && (
            <MessageBar intent={notice.intent} className={styles.note}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
          <p className={styles.row}>
            {checking && <Spinner size="tiny" aria-hidden="true" />}
            <span>{summary}</span>
          </p>
        </div>

        {GROUPS.filter((g) => groups[g].length > 0).map((g) => (
          <section key={g} aria-labelledby={`sg-group-${g}`}>
            <h2 id={`sg-group-${g}`} className={styles.h2}>
              {groupTitle(t, g)}
            </h2>
            <ul className={styles.list}>
              {groups[g].map((f, i) => (
                <FindingCard
                  key={`${findingKey(f)}#${i}`}
                  finding={f}
                  lang={host.language}
                  dealtWith={dealtWith.has(findingKey(f))}
                  offerRemove={groups[g].findIndex((other) => other.location.attachment === f.location.attachment) === i}
                  busy={busy}
                  onRemoveAttachment={onRemoveAttachment}
                  onMoveToBcc={onMoveToBcc}
                />
              ))}
            </ul>
          </section>
        ))}

        {policy && <EncryptAttachments host={host} policy={policy.encryptAttachment} attachments={encryptable} busy={busy} act={act} onEncrypted={onEncrypted} />}

        <section aria-labelledby="sg-actions">
          <h2 id="sg-actions" className={styles.h2}>
            {t.actionsHeading({})}
          </h2>
          <div className={styles.row}>
            {policy && canSendSecurely(policy, left) && (
              <Button appearance="primary" disabled={busy} onClick={onSendSecurely}>
                {policy.secureSend.mechanism === 'secure-channel' && policy.secureSend.secureChannelLabel ? policy.secureSend.secureChannelLabel : t.sendSecurely({})}
              </Button>
            )}
            {canSendAnyway(left) && policy && !askingReason && (
              <Button disabled={busy} onClick={() => (policy.sendAnyway.requireReason ? setAskingReason(true) : onSendAnyway(''))}>
                {t.sendAnyway({})}
              </Button>
            )}
            <Button appearance="subtle" disabled={busy || checking} onClick={() => void check()}>
              {t.checkAgain({})}
            </Button>
          </div>
          {left.length > 0 && !canSendAnyway(left) && <p className={styles.note}>{t.sendAnywayNotAllowed({})}</p>}
          {askingReason && <SendAnywayForm lang={host.language} busy={busy} onSubmit={onSendAnyway} onCancel={() => setAskingReason(false)} />}
        </section>
      </main>
    </FluentProvider>
  );
}
