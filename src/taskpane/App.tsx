import { Accordion, Button, FluentProvider, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../model/finding';
import type { Policy } from '../policy/types';
import { scanMessage } from '../scan';
import type { Report } from '../model/finding';
import { EncryptAttachments, type EncryptedResult } from './EncryptAttachment';
import { FindingKindItem } from './FindingKindItem';
import { MaskInMessage } from './MaskInMessage';
import type { DecisionAction, SecureSendOffer, TaskpaneHost } from './host';
import { attachmentsToRemove, canSendAnyway, findingKey, findingKinds, needsSecureSend, outstanding, recipientsToBcc, secureSendCovers, stopsSend } from './model';
import { SendAnywayForm } from './SendAnywayForm';
import { MESSAGES } from '../strings/taskpane';
import { fluentTheme } from './theme';
import { redactNumbers } from '../detection/redact';
import { ENCRYPT_WORDS } from '../strings/encrypt';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  header: { marginBottom: tokens.spacingVerticalS },
  h1: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  policy: { color: tokens.colorNeutralForeground2, margin: 0, fontSize: tokens.fontSizeBase200 },
  status: { margin: `${tokens.spacingVerticalXS} 0` },
  summary: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', margin: `${tokens.spacingVerticalXS} 0` },
  // One column of full-width buttons: at 320 px every action is in view and easy to hit.
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  secure: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  strong: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  note: { margin: `${tokens.spacingVerticalXS} 0` },
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

/** The audit header's word for a secure send the user did with Outlook's own Encrypt. */
const ENCRYPTED_IN_OUTLOOK = 'encrypted with Outlook Encrypt, as the user reported';

export function App({ host, scan = scanMessage }: AppProps) {
  const styles = useStyles();
  const t = MESSAGES[host.language];
  const [policy, setPolicy] = useState<Policy | undefined>();
  const [offer, setOffer] = useState<SecureSendOffer | undefined>();
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
    const stopItem = host.onItemChanged(() => void check());
    // A later send's alert reaches the pane that is still open: show that send's findings.
    const stopAlert = host.onReopenedFromAlert
      ? host.onReopenedFromAlert((opened) => {
          setFromAlert(opened);
          setNotice(undefined);
          setAskingReason(false);
          void check();
        })
      : () => undefined;
    return () => {
      stopItem();
      stopAlert();
    };
  }, [host]);

  // Whether the policy's secure way works here (the label catalog), asked once the policy is known.
  useEffect(() => {
    if (!policy) return;
    let live = true;
    const asking = host.describeSecureSend ? host.describeSecureSend(policy.secureSend) : Promise.resolve({ available: policy.secureSend.mechanism !== 'none' });
    asking.then(
      (o) => live && setOffer(o),
      () => live && setOffer({ available: false }),
    );
    return () => {
      live = false;
    };
  }, [host, policy]);

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
    // What is left (or that Send now works) is said once, by the summary below the notice.
    setNotice({ intent: 'success', text: done });
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

  const coveredBySecureSend = (): Set<string> => {
    const dealt = new Set(dealtWith);
    if (report) for (const f of report.findings) if (secureSendCovers(f)) dealt.add(findingKey(f));
    return dealt;
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
      const s = policy.secureSend;
      const outcome = await host.secureSend(s);
      if (outcome === 'not-supported') {
        setOffer({ available: false });
        setNotice({ intent: 'error', text: t.secureNotSupported({}) });
        return;
      }
      if (outcome === 'link-opened') {
        // The message goes through the secure channel, not through Outlook: nothing here may let it pass.
        setNotice({ intent: 'info', text: t.secureApplied({ how: 'secure-channel' }) });
        return;
      }
      const dealt = coveredBySecureSend();
      setDealtWith(dealt);
      const done =
        s.mechanism === 'sensitivity-label'
          ? t.labelApplied({ name: (offer && offer.label && offer.label.name) || s.sensitivityLabelId })
          : t.secureApplied({ how: s.mechanism === 'header' ? 'header' : 'subject-tag' });
      await finish('secure-send', done, dealt);
    });

  /** No one-click way here: the user encrypted with Outlook's own button and says so (kept in the audit header). */
  const onEncryptedInOutlook = () =>
    act(async () => {
      const dealt = coveredBySecureSend();
      setDealtWith(dealt);
      await finish('secure-send', t.encryptRecorded({}), dealt, ENCRYPTED_IN_OUTLOOK);
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
    if (policy && policy.encryptAttachment.satisfiesFinding) dealt.add(findingKey({ detector: 'encrypted-attachment', location: { part: 'attachment', attachment: redactNumbers(result.name) } }));
    setDealtWith(dealt);
    await finish('attachment-encrypted', ENCRYPT_WORDS[host.language].replaced({ attachment: result.attachment, encrypted: result.name }), dealt);
  };

  const findings: Finding[] = report ? report.findings : [];
  const left = outstanding(findings, dealtWith);
  const kinds = findingKinds(findings);
  const summary = failed
    ? t.checkFailed({})
    : checking && !report
      ? t.checking({})
      : findings.length === 0
        ? `${t.nothingFound({})} ${t.canSendNow({})}`
        : left.length === 0
          ? t.canSendNow({})
          : t.resultSummary({ count: findingKinds(left).length });

  const secureNeeded = needsSecureSend(left);
  const mechanism = policy ? policy.secureSend.mechanism : 'none';
  const oneClick = secureNeeded && !!offer && offer.available && mechanism !== 'none';
  // Until the offer is known a configured mechanism is not replaced by the manual way (no flicker).
  const manual = secureNeeded && !!policy && (mechanism === 'none' || (!!offer && !offer.available));
  const removable = attachmentsToRemove(left);
  const encryptable = removable.filter((name) => left.some((f) => f.location.attachment === name && f.detector !== 'encrypted-attachment'));
  const toBcc = recipientsToBcc(left);
  const secureLabel =
    policy && mechanism === 'sensitivity-label' && offer && offer.label
      ? t.applyLabel({ name: offer.label.name })
      : policy && mechanism === 'secure-channel' && policy.secureSend.secureChannelLabel
        ? policy.secureSend.secureChannelLabel
        : t.sendSecurely({});

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
          <div className={styles.summary}>
            {checking && <Spinner size="tiny" aria-hidden="true" />}
            <span>{summary}</span>
          </div>
        </div>

        {left.length > 0 && (
          <section aria-labelledby="sg-actions">
            <h2 id="sg-actions" className={styles.h2}>
              {t.actionsHeading({})}
            </h2>
            <div className={styles.actions} data-testid="actions">
              {oneClick && (
                <>
                  <Button appearance="primary" disabled={busy} onClick={onSendSecurely} data-testid="secure-send">
                    {secureLabel}
                  </Button>
                  {offer && offer.label && offer.label.tooltip && <p className={styles.hint}>{offer.label.tooltip}</p>}
                </>
              )}
              {manual && (
                <div className={styles.secure} data-testid="secure-suggestion">
                  <p className={styles.strong}>{t.encryptInOutlook({})}</p>
                  <p className={styles.text}>{t.encryptHow({})}</p>
                  <Button appearance="primary" disabled={busy} onClick={onEncryptedInOutlook}>
                    {t.encryptDone({})}
                  </Button>
                  {mechanism === 'none' && <p className={styles.hint}>{t.adminCanSetUp({})}</p>}
                </div>
              )}
              {removable.map((name) => (
                <Button key={name} disabled={busy} onClick={() => onRemoveAttachment(name)}>
                  {t.removeAttachment({ attachment: name })}
                </Button>
              ))}
              {toBcc.length > 0 && (
                <Button disabled={busy} onClick={() => onMoveToBcc(toBcc)}>
                  {t.moveToBcc({ count: toBcc.length })}
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
            {!canSendAnyway(left) && <p className={styles.note}>{t.sendAnywayNotAllowed({})}</p>}
            {askingReason && <SendAnywayForm lang={host.language} busy={busy} onSubmit={onSendAnyway} onCancel={() => setAskingReason(false)} />}
          </section>
        )}

        {/* Outside the actions: the masked values and undo stay in view when nothing is left. */}
        {policy && (
          <MaskInMessage
            host={host}
            policy={policy}
            left={left}
            busy={busy}
            act={act}
            onChanged={(done) => finish('values-masked', done, dealtWith)}
            notify={(intent, text) => setNotice({ intent, text })}
            recheck={check}
          />
        )}

        {/* Outside the actions: the password stays in view after the copy replaced the attachment. */}
        {policy && <EncryptAttachments host={host} policy={policy.encryptAttachment} attachments={encryptable} busy={busy} act={act} onEncrypted={onEncrypted} />}

        {kinds.length > 0 && (
          <section aria-labelledby="sg-found">
            <h2 id="sg-found" className={styles.h2}>
              {t.foundHeading({})}
            </h2>
            <Accordion multiple collapsible>
              {kinds.map((kind) => (
                <FindingKindItem key={kind.detector} kind={kind} lang={host.language} dealtWith={kind.findings.some(stopsSend) && kind.findings.every((f) => !stopsSend(f) || dealtWith.has(findingKey(f)))} />
              ))}
            </Accordion>
          </section>
        )}

        {left.length === 0 && (
          <Button appearance="subtle" disabled={busy || checking} onClick={() => void check()}>
            {t.checkAgain({})}
          </Button>
        )}
      </main>
    </FluentProvider>
  );
}
