/**
 * "Mask in the message": one button masks every value the policy lets the user mask in the subject
 * and body; the pane lists what changed and offers to put the original back until the send. Flagged
 * .txt/.csv/.tsv/.docx/.xlsx attachments get a masked copy instead. What cannot be masked is said plainly.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { maskAttachment, maskedFileName, type MaskChange } from '../masking';
import type { Finding } from '../model/finding';
import type { Policy } from '../policy/types';
import { detectorTexts } from '../scan/texts';
import { MASKING_WORDS } from '../strings/masking';
import { NoUndoError, type TaskpaneHost } from './host';
import { kindNames, maskOffer } from './mask-offer';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalS}` },
  column: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  note: { margin: `${tokens.spacingVerticalXS} 0` },
  list: { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: tokens.spacingHorizontalL },
  masked: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface MaskInMessageProps {
  host: TaskpaneHost;
  policy: Policy;
  /** The findings that still stop the send. */
  left: Finding[];
  busy: boolean;
  /** Wraps the work like the pane's other actions (busy state, errors, focus). */
  act: (work: () => Promise<void>) => Promise<void>;
  /** After the message changed: the pane re-checks, records the decision if nothing is left, and says `done`. */
  onChanged: (done: string) => Promise<void>;
  /** Says something in the pane's status without a change (undo refused, nothing to mask). */
  notify: (intent: 'success' | 'error' | 'info', text: string) => void;
  /** Re-check after undo. */
  recheck: () => Promise<unknown>;
}

export function MaskInMessage({ host, policy, left, busy, act, onChanged, notify, recheck }: MaskInMessageProps) {
  const styles = useStyles();
  const lang = host.language;
  const w = MASKING_WORDS[lang];
  const [shown, setShown] = useState<{ changes: MaskChange[]; undoKept: boolean } | undefined>();
  const [keptEarlier, setKeptEarlier] = useState(false);
  const [askingNoUndo, setAskingNoUndo] = useState(false);

  // Reopened after masking: the original may still be kept in the item.
  useEffect(() => {
    let live = true;
    if (host.hasMaskUndo) host.hasMaskUndo().then((kept) => live && setKeptEarlier(kept), () => undefined);
    return () => {
      live = false;
    };
  }, [host]);

  if (!host.maskInMessage) return null;
  const offer = maskOffer(left, policy);
  const canUndo = !!host.undoMask && ((shown && shown.undoKept) || (!shown && keptEarlier));
  const attachmentsPossible = !!host.readAttachment && !!host.replaceAttachment ? offer.attachments : [];
  if (offer.count === 0 && attachmentsPossible.length === 0 && !shown && !canUndo) return null;

  const mask = (withoutUndo: boolean) =>
    act(async () => {
      setAskingNoUndo(false);
      let outcome;
      try {
        outcome = await (host.maskInMessage as NonNullable<TaskpaneHost['maskInMessage']>)({ withoutUndo });
      } catch (e) {
        if (e instanceof NoUndoError) {
          setAskingNoUndo(true);
          return;
        }
        notify('error', w.failed);
        await recheck();
        return;
      }
      setShown(outcome);
      if (outcome.undoKept) setKeptEarlier(false);
      await onChanged(w.masked({ count: outcome.changes.length }));
    });

  const undo = () =>
    act(async () => {
      const result = await (host.undoMask as NonNullable<TaskpaneHost['undoMask']>)();
      if (result === 'restored') {
        setShown(undefined);
        setKeptEarlier(false);
        await recheck();
        notify('success', w.undone);
        return;
      }
      if (result === 'nothing-kept') {
        setShown(undefined);
        setKeptEarlier(false);
      }
      notify('error', result === 'changed-since' ? w.changedSince : w.nothingToUndo);
    });

  const maskCopy = (name: string) =>
    act(async () => {
      const original = await (host.readAttachment as NonNullable<TaskpaneHost['readAttachment']>)(name);
      const copy = maskAttachment(original.name, original.bytes, policy);
      if (!copy) {
        notify('error', w.attachmentUnreadable({ attachment: name }));
        return;
      }
      if (copy.changes.length === 0) {
        notify('info', w.attachmentNothingToMask({ attachment: name }));
        return;
      }
      const copyName = maskedFileName(original.name, w.maskedNameWord);
      await (host.replaceAttachment as NonNullable<TaskpaneHost['replaceAttachment']>)(name, { name: copyName, bytes: copy.bytes });
      await onChanged(w.attachmentMasked({ attachment: name, copy: copyName, count: copy.changes.length }));
    });

  return (
    <section aria-labelledby="sg-mask" className={styles.section} data-testid="mask-in-message">
      <h2 id="sg-mask" className={styles.h2}>
        {w.heading}
      </h2>
      {offer.count > 0 && !askingNoUndo && <p className={styles.note}>{w.intro}</p>}
      <div className={styles.column}>
        {offer.count > 0 && !askingNoUndo && (
          <Button disabled={busy} onClick={() => void mask(false)} data-testid="mask-message">
            {w.maskInMessage({ count: offer.count })}
          </Button>
        )}
        {askingNoUndo && (
          <MessageBar intent="warning" className={styles.note}>
            <MessageBarBody>
              <p className={styles.note}>{w.noUndoQuestion}</p>
              <div className={styles.column}>
                <Button disabled={busy} onClick={() => void mask(true)}>
                  {w.maskWithoutUndo}
                </Button>
                <Button appearance="subtle" disabled={busy} onClick={() => setAskingNoUndo(false)}>
                  {w.cancel}
                </Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
        {attachmentsPossible.map((name) => (
          <Button key={name} disabled={busy} onClick={() => void maskCopy(name)}>
            {w.maskAttachment({ attachment: name })}
          </Button>
        ))}
      </div>
      {shown && shown.changes.length > 0 && (
        <>
          <p className={styles.note}>{w.changedHeading}</p>
          <ul className={styles.list} data-testid="masked-values">
            {shown.changes.map((c, i) => (
              <li key={i}>
                {detectorTexts(c.detector)[lang].name}: <span className={styles.masked}>{c.masked}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {canUndo && (
        <div className={styles.column}>
          <Button disabled={busy} onClick={() => void undo()} data-testid="undo-mask">
            {w.undo}
          </Button>
          <p className={styles.hint}>{w.undoKeptUntilSend}</p>
        </div>
      )}
      {shown && !shown.undoKept && <p className={styles.hint}>{w.noUndoAfter}</p>}
      {(offer.count > 0 || attachmentsPossible.length > 0) && offer.cannotMask.length > 0 && <p className={styles.hint}>{w.cannotMask({ kinds: kindNames(offer.cannotMask, lang) })}</p>}
      {offer.keptByPolicy.length > 0 && <p className={styles.hint}>{w.keptByPolicy({ kinds: kindNames(offer.keptByPolicy, lang) })}</p>}
    </section>
  );
}
