/** One kind of finding (one detector) as a compact, expandable item listing every place it was found. */
import { AccordionHeader, AccordionItem, AccordionPanel, Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Confidence, Finding, Language } from '../model/finding';
import { detectorTexts, reasonText } from '../scan/descriptions';
import { MESSAGES } from '../strings/taskpane';
import { kindCount, type FindingKind } from './model';

const useStyles = makeStyles({
  item: {
    marginBottom: tokens.spacingVerticalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0 },
  title: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  places: { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: tokens.spacingHorizontalL },
  place: { overflowWrap: 'anywhere', marginBottom: tokens.spacingVerticalXXS },
  evidence: { fontFamily: tokens.fontFamilyMonospace },
  text: { margin: `0 0 ${tokens.spacingVerticalS}`, overflowWrap: 'anywhere' },
  muted: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
  blocked: { color: tokens.colorPaletteRedForeground1, margin: `0 0 ${tokens.spacingVerticalS}` },
});

const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** One line per place: the same place and evidence found twice is one line with its count. */
function placesOf(findings: Finding[], lang: Language): { where: string; evidence: string; count: number; reason?: string; recipients: boolean }[] {
  const t = MESSAGES[lang];
  const lines: { where: string; evidence: string; count: number; reason?: string; recipients: boolean }[] = [];
  for (const f of findings) {
    const where = t.where(f.location);
    const reason = f.reason ? reasonText(f.reason, lang) : undefined;
    const same = lines.filter((l) => l.where === where && l.evidence === f.evidence && l.reason === reason)[0];
    if (same) same.count += f.count;
    else lines.push({ where, evidence: f.evidence, count: f.count, reason, recipients: f.location.part === 'recipients' });
  }
  return lines;
}

export interface FindingKindItemProps {
  kind: FindingKind;
  lang: Language;
  /** Every finding of this kind was dealt with in this pane. */
  dealtWith: boolean;
}

export function FindingKindItem({ kind, lang, dealtWith }: FindingKindItemProps) {
  const styles = useStyles();
  const t = MESSAGES[lang];
  const texts = detectorTexts(kind.detector)[lang];
  const places = placesOf(kind.findings, lang);
  const confidence = kind.findings.reduce<Confidence>((best, f) => (CONFIDENCE_RANK[f.confidence] > CONFIDENCE_RANK[best] ? f.confidence : best), 'low');
  return (
    <AccordionItem value={kind.detector} className={styles.item} data-detector={kind.detector}>
      <AccordionHeader as="h3" className={styles.heading} expandIconPosition="end">
        <span className={styles.title}>
          <span>
            {texts.summary({ count: kindCount(kind) })}
            {places.length > 1 ? ' ' + t.places({ count: places.length }) : ''}
          </span>
          {kind.severity === 'block' && <Badge color="danger">{t.blockedBadge({})}</Badge>}
          {dealtWith && <Badge color="success">{t.dealtWithBadge({})}</Badge>}
        </span>
      </AccordionHeader>
      <AccordionPanel>
        {kind.severity === 'block' && <p className={styles.blocked}>{t.blockedNote({})}</p>}
        <ul className={styles.places}>
          {places.map((p, i) => (
            <li key={i} className={styles.place}>
              {p.where}: <span className={styles.evidence} data-testid="evidence">{p.evidence}</span>
              {/* Recipient findings count addresses, which the evidence already names. */}
              {!p.recipients && p.count > 1 ? ` (${t.foundTimes({ count: p.count })})` : ''}
              {p.reason ? ` — ${t.reasonLabel({})}: ${p.reason}` : ''}
            </li>
          ))}
        </ul>
        {texts.why && <p className={styles.text}>{texts.why}</p>}
        <p className={styles.muted}>
          {t.confidenceLabel({})}: {t.confidence({ confidence })}
        </p>
      </AccordionPanel>
    </AccordionItem>
  );
}
