import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Language } from '../model/finding';
import { detectorTexts, reasonText } from '../scan/texts';
import { actionsFor } from './model';
import { MESSAGES } from '../strings/taskpane';

const useStyles = makeStyles({
  card: {
    listStyleType: 'none',
    padding: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  facts: { margin: `${tokens.spacingVerticalS} 0`, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  evidence: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  blocked: { color: tokens.colorPaletteRedForeground1, margin: `${tokens.spacingVerticalXS} 0` },
});

export interface FindingCardProps {
  finding: Finding;
  lang: Language;
  /** The user already dealt with it in this pane (e.g. sent securely). */
  dealtWith: boolean;
  /** Offer "remove attachment" here: only on the first finding of each attachment, so it is offered once. */
  offerRemove: boolean;
  busy: boolean;
  onRemoveAttachment: (name: string) => void;
  onMoveToBcc: (addresses: string[]) => void;
}

export function FindingCard({ finding, lang, dealtWith, offerRemove, busy, onRemoveAttachment, onMoveToBcc }: FindingCardProps) {
  const styles = useStyles();
  const t = MESSAGES[lang];
  const texts = detectorTexts(finding.detector)[lang];
  const actions = actionsFor(finding);
  if (!offerRemove) delete actions.removeAttachment;
  return (
    <li className={styles.card} data-detector={finding.detector}>
      <h3 className={styles.title}>
        {texts.summary({ count: finding.count })}
        {finding.severity === 'block' && <Badge color="danger">{t.blockedBadge({})}</Badge>}
        {dealtWith && <Badge color="success">{t.dealtWithBadge({})}</Badge>}
      </h3>
      {finding.severity === 'block' && <p className={styles.blocked}>{t.blockedNote({})}</p>}
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.whereLabel({})}</dt>
        <dd className={styles.detail}>{t.where(finding.location)}</dd>
        <dt className={styles.term}>{t.evidenceLabel({})}</dt>
        <dd className={`${styles.detail} ${styles.evidence}`} data-testid="evidence">
          {finding.evidence} ({t.foundTimes({ count: finding.count })})
        </dd>
        {finding.reason && (
          <>
            <dt className={styles.term}>{t.reasonLabel({})}</dt>
            <dd className={styles.detail}>{reasonText(finding.reason, lang)}</dd>
          </>
        )}
        {texts.why && (
          <>
            <dt className={styles.term}>{t.whyLabel({})}</dt>
            <dd className={styles.detail}>{texts.why}</dd>
          </>
        )}
        <dt className={styles.term}>{t.confidenceLabel({})}</dt>
        <dd className={styles.detail}>{t.confidence({ confidence: finding.confidence })}</dd>
      </dl>
      {!dealtWith && (actions.removeAttachment || actions.moveToBcc) && (
        <div className={styles.actions}>
          {actions.removeAttachment && (
            <Button disabled={busy} onClick={() => onRemoveAttachment(actions.removeAttachment as string)}>
              {t.removeAttachment({ attachment: actions.removeAttachment })}
            </Button>
          )}
          {actions.moveToBcc && (
            <Button disabled={busy} onClick={() => onMoveToBcc(actions.moveToBcc as string[])}>
              {t.moveToBcc({ count: actions.moveToBcc.length })}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
