/** What the engine says about checked files: a table for many, and one file's verdict, findings and alert. */
import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Language } from '../model/finding';
import { detectorTexts, reasonText } from '../scan/texts';
import { STUDIO_MESSAGES } from '../strings/studio';
import { CONFIDENCE_WORDS, SEVERITY_WORDS, VERDICT_WORDS, whereWords } from '../strings/words';
import { alertFor, type FileCheck } from './try-it';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', margin: `${tokens.spacingVerticalS} 0` },
  cell: { textAlign: 'left', verticalAlign: 'top', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere' },
  short: { whiteSpace: 'nowrap' },
  head: { whiteSpace: 'nowrap', textAlign: 'left', verticalAlign: 'top', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  evidence: { fontFamily: tokens.fontFamilyMonospace },
  verdict: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0` },
  alerts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))', gap: tokens.spacingHorizontalM },
  alert: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground2 },
  h3: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  h4: { fontSize: tokens.fontSizeBase300, margin: `0 0 ${tokens.spacingVerticalXS}` },
  button: { display: 'inline-block', border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusSmall, padding: `0 ${tokens.spacingHorizontalS}` },
});

/** The detectors a check found, by the names staff see, without repeats. */
function foundNames(check: FileCheck, lang: Language): string {
  const names: string[] = [];
  for (const f of check.report.findings) {
    const name = detectorTexts(f.detector)[lang].name;
    if (names.indexOf(name) < 0) names.push(name);
  }
  return names.join(', ');
}

export function ResultsTable({ checks, lang, onShow }: { checks: FileCheck[]; lang: Language; onShow: (file: string) => void }) {
  const styles = useStyles();
  const t = STUDIO_MESSAGES[lang];
  return (
    <table className={styles.table} data-testid="results-table">
      <thead>
        <tr>
          <th className={styles.head} scope="col">{t.messageColumn({})}</th>
          <th className={styles.head} scope="col">{t.verdictColumn({})}</th>
          <th className={styles.head} scope="col">{t.findingsColumn({})}</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c) => (
          <tr key={c.file} data-verdict={c.report.verdict}>
            <td className={styles.cell}>
              <Link as="button" aria-label={t.show({ file: c.file })} onClick={() => onShow(c.file)}>
                {c.file}
              </Link>
            </td>
            <td className={mergeClasses(styles.cell, styles.short)}>{VERDICT_WORDS[lang][c.report.verdict]}</td>
            <td className={styles.cell}>{foundNames(c, lang) || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CheckDetails({ check, lang }: { check: FileCheck; lang: Language }) {
  const styles = useStyles();
  const t = STUDIO_MESSAGES[lang];
  const { report } = check;
  return (
    <section data-testid="check-details" aria-label={check.file}>
      <h3 className={styles.h3}>{check.file}</h3>
      <p className={styles.verdict} data-testid="verdict">
        {t.verdict({})}: <strong>{VERDICT_WORDS[lang][report.verdict]}</strong>
        {report.findings.length > 0 ? ' — ' + foundNames(check, lang) : ''}
      </p>
      {report.timedOut && <p>{t.timedOut({})}</p>}
      {report.findings.length === 0 ? (
        <p>{t.nothingFound({})}</p>
      ) : (
        <table className={styles.table} data-testid="findings">
          <caption className={styles.h4}>{t.findingsHeading({})}</caption>
          <thead>
            <tr>
              {[t.whatColumn({}), t.confidenceColumn({}), t.actionColumn({}), t.whereColumn({}), t.evidenceColumn({}), t.countColumn({})].map((h) => (
                <th key={h} className={styles.head} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.findings.map((f, i) => (
              <tr key={i} data-detector={f.detector}>
                <td className={styles.cell}>{detectorTexts(f.detector)[lang].name}</td>
                <td className={mergeClasses(styles.cell, styles.short)}>{CONFIDENCE_WORDS[lang][f.confidence]}</td>
                <td className={mergeClasses(styles.cell, styles.short)}>{SEVERITY_WORDS[lang][f.severity]}</td>
                <td className={styles.cell}>{whereWords(f.location, lang)}</td>
                <td className={styles.cell}>
                  <span className={styles.evidence} data-testid="evidence">
                    {f.evidence}
                  </span>
                  {f.reason ? ` (${reasonText(f.reason, lang)})` : ''}
                </td>
                <td className={styles.cell}>{f.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className={styles.alerts}>
        {(['nl', 'en'] as Language[]).map((l) => {
          const alert = alertFor(report, l);
          return (
            <div key={l} className={styles.alert} data-testid={`alert-${l}`}>
              <h4 className={styles.h4}>{t.alertHeading({ lang: l })}</h4>
              {alert ? (
                <>
                  <p lang={l}>{alert.message}</p>
                  <span lang={l} className={styles.button}>
                    {alert.button}
                  </span>
                </>
              ) : (
                <p>{t.noAlert({})}</p>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
