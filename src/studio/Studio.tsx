/**
 * The policy studio: open the deployed policy.json or a file, edit it as a form or as JSON with every
 * validation error at its path, see what differs from the default, download it, and try it on
 * messages with the handler's own engine. Everything stays in the page.
 */
import {
  Button,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '../model/finding';
import { defaultPolicy } from '../policy/defaults';
import type { Policy } from '../policy/types';
import { parsePolicy } from '../policy/validate';
import { STUDIO_MESSAGES } from '../strings/studio';
import { fluentTheme } from '../taskpane/theme';
import { lineOf, linesByPath } from './json-lines';
import { PolicyForm } from './PolicyForm';
import { differences, isObject, showValue, withValue, type Json } from './policy-tree';
import { TryIt } from './TryIt';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end', padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1 },
  h1: { fontSize: tokens.fontSizeBase500, margin: 0, marginRight: 'auto' },
  intro: { padding: `0 ${tokens.spacingHorizontalL}` },
  layout: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalL, padding: tokens.spacingHorizontalL },
  column: { flex: '1 1 36rem', minWidth: 0, padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium },
  h2: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalS}` },
  h3: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  hidden: { display: 'none' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  error: { color: tokens.colorPaletteRedForeground1 },
  code: { fontFamily: tokens.fontFamilyMonospace },
  json: { width: '100%', '& textarea': { fontFamily: tokens.fontFamilyMonospace, minHeight: '32rem' } },
  tabs: { display: 'flex', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
});

type Source = { kind: 'loading' } | { kind: 'deployed' | 'none'; url: string } | { kind: 'file'; name: string } | { kind: 'default' };

const DEFAULT_TEXT = JSON.stringify(defaultPolicy(), null, 2) + '\n';

/** The deployed policy.json, from this page's own origin (where the add-in reads it); null when there is none. */
async function fetchDeployed(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'policy.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function Studio({ initialLang }: { initialLang: Language }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Language>(initialLang);
  const [text, setText] = useState<string>('');
  const [source, setSource] = useState<Source>({ kind: 'loading' });
  const [view, setView] = useState<'form' | 'json'>('form');
  const policyInput = useRef<HTMLInputElement>(null);
  const t = STUDIO_MESSAGES[lang];
  const deployedUrl = useMemo(() => new URL('policy.json', location.href).href, []);

  const openDeployed = async () => {
    setSource({ kind: 'loading' });
    const found = await fetchDeployed(deployedUrl);
    setText(found === null ? DEFAULT_TEXT : found);
    setSource({ kind: found === null ? 'none' : 'deployed', url: deployedUrl });
  };
  useEffect(() => {
    // Once, when the page opens.
    void openDeployed();
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = STUDIO_MESSAGES[lang].title({});
  }, [lang]);

  const result = useMemo(() => parsePolicy(text), [text]);
  const document_ = useMemo<unknown>(() => {
    try {
      return JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      return undefined;
    }
  }, [text]);
  const lines = useMemo(() => linesByPath(text), [text]);
  const defaults = useMemo(() => defaultPolicy(), []);
  const changed = useMemo(() => differences(document_, defaults), [document_, defaults]);

  // Try it follows the policy once typing pauses, and keeps the last valid one while it has errors.
  const lastValid = useRef<Policy>(defaults);
  if (result.policy) lastValid.current = result.policy;
  const [tryPolicy, setTryPolicy] = useState<Policy>(defaults);
  const current = result.policy || lastValid.current;
  useEffect(() => {
    const timer = setTimeout(() => setTryPolicy(current), 250);
    return () => clearTimeout(timer);
  }, [current]);

  const edit = (path: string[], value: Json) => setText(JSON.stringify(withValue(document_, path, value), null, 2) + '\n');

  const openFile = async (files: FileList | null) => {
    const file = files && files[0];
    if (!file) return;
    setText(await file.text());
    setSource({ kind: 'file', name: file.name });
  };

  const sourceText = (): string => {
    switch (source.kind) {
      case 'loading':
        return t.loading({});
      case 'deployed':
        return t.fromDeployed({ url: source.url });
      case 'none':
        return t.noDeployed({ url: source.url });
      case 'file':
        return t.fromFile({ name: source.name });
      default:
        return t.fromDefault({});
    }
  };

  return (
    <FluentProvider theme={fluentTheme('light')} className={styles.root}>
      <header className={styles.bar}>
        <h1 className={styles.h1}>{t.title({})}</h1>
        <Field label={t.languageLabel({})}>
          <Select value={lang} onChange={(_, d) => setLang(d.value as Language)} data-testid="language">
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </Select>
        </Field>
      </header>
      <main>
        <div className={styles.intro}>
          <p>{t.intro({})}</p>
          <MessageBar intent="info" data-testid="nothing-uploaded">
            <MessageBarBody>{t.nothingUploaded({})}</MessageBarBody>
          </MessageBar>
        </div>
        <div className={styles.layout}>
          <section className={styles.column} aria-labelledby="policy-heading">
            <h2 id="policy-heading" className={styles.h2}>
              {t.policyHeading({})}
            </h2>
            <p data-testid="policy-source" role="status">
              {sourceText()}
            </p>
            <div className={styles.actions}>
              <Button onClick={() => void openDeployed()}>{t.openDeployed({})}</Button>
              <input ref={policyInput} type="file" accept=".json,application/json" className={styles.hidden} data-testid="policy-file" onChange={(e) => void openFile(e.target.files)} />
              <Button onClick={() => policyInput.current?.click()}>{t.openPolicyFile({})}</Button>
              <Button
                onClick={() => {
                  setText(DEFAULT_TEXT);
                  setSource({ kind: 'default' });
                }}
              >
                {t.startFromDefault({})}
              </Button>
              <Button appearance="primary" onClick={() => download(text)} disabled={source.kind === 'loading'}>
                {t.download({})}
              </Button>
            </div>

            <div data-testid="policy-errors" aria-live="polite">
              {result.errors.length === 0 ? (
                <p>{t.noErrors({})}</p>
              ) : (
                <>
                  <h3 className={`${styles.h3} ${styles.error}`}>{t.errorsHeading({ count: result.errors.length })}</h3>
                  <ul className={styles.list}>
                    {result.errors.map((e, i) => {
                      const line = e.path === '(root)' ? undefined : lineOf(lines, e.path);
                      return (
                        <li key={i} data-error-path={e.path}>
                          <span className={styles.code}>{e.path}</span>: {e.message}
                          {line !== undefined ? ` (${t.atLine({ line })})` : ''}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </div>

            <h3 className={styles.h3}>{t.differencesHeading({})}</h3>
            {changed.length === 0 ? (
              <p data-testid="differences">{t.noDifferences({})}</p>
            ) : (
              <ul className={styles.list} data-testid="differences">
                {changed.map((d) => (
                  <li key={d.path}>
                    <span className={styles.code}>{d.path}</span>: {showValue(d.from)} → {showValue(d.to)}
                  </li>
                ))}
              </ul>
            )}

            {/* Two toggle buttons rather than a TabList: its focus guards are aria-hidden yet focusable (axe). */}
            <div className={styles.tabs} role="group" aria-label={t.policyHeading({})}>
              <ToggleButton checked={view === 'form'} onClick={() => setView('form')}>
                {t.formTab({})}
              </ToggleButton>
              <ToggleButton checked={view === 'json'} onClick={() => setView('json')}>
                {t.jsonTab({})}
              </ToggleButton>
            </div>
            {view === 'json' ? (
              <Field label={t.jsonLabel({})}>
                <Textarea className={styles.json} value={text} onChange={(_, d) => setText(d.value)} spellCheck={false} data-testid="policy-json" resize="vertical" />
              </Field>
            ) : isObject(document_) ? (
              <PolicyForm document={document_} defaults={defaults} errors={result.errors} lang={lang} onChange={edit} />
            ) : source.kind === 'loading' ? null : (
              <MessageBar intent="warning">
                <MessageBarBody>{t.formNeedsJson({})}</MessageBarBody>
              </MessageBar>
            )}
          </section>
          <TryIt policy={tryPolicy} policyHasErrors={!result.policy} policySettled={tryPolicy === current} lang={lang} className={styles.column} />
        </div>
      </main>
    </FluentProvider>
  );
}
