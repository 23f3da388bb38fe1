/**
 * The policy as a form, generated from the policy schema: a field the schema gains (a new detector
 * setting) appears here by itself. Each field shows the validation errors at its path.
 */
import { Field, Input, Select, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { DetectorId, Language } from '../model/finding';
import { POLICY_SCHEMA, type FieldSpec } from '../policy/schema';
import type { PolicyError } from '../policy/validate';
import { detectorTexts } from '../scan/texts';
import { STUDIO_MESSAGES } from '../strings/studio';
import { valueAt, type Json } from './policy-tree';
import { fieldDoc } from '../policy/schema-docs';

const useStyles = makeStyles({
  section: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: `0 0 ${tokens.spacingVerticalM}`,
    padding: tokens.spacingHorizontalM,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}`, cursor: 'pointer' },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalM },
  wide: { gridColumn: '1 / -1' },
  errors: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

type ErrorsAt = (path: string) => PolicyError[];

interface FormProps {
  /** The document being edited (parsed JSON). */
  document: unknown;
  /** The built-in default, shown where the document says nothing. */
  defaults: unknown;
  errors: PolicyError[];
  lang: Language;
  onChange: (path: string[], value: Json) => void;
}

/** Markdown code marks in the schema's texts read as plain text here. */
const plain = (doc: string): string => doc.replace(/`/g, '');

/** Errors at this path, and for a list also those of its items (`recipients.trustedDomains[2]`). */
function errorsFor(errors: PolicyError[]): ErrorsAt {
  return (path) => errors.filter((e) => e.path === path || e.path.indexOf(path + '[') === 0);
}

export function PolicyForm({ document, defaults, errors, lang, onChange }: FormProps) {
  const styles = useStyles();
  const at = errorsFor(errors);
  const keys = Object.keys(POLICY_SCHEMA.fields);
  const general = keys.filter((k) => POLICY_SCHEMA.fields[k].kind !== 'object');
  const sections = keys.filter((k) => POLICY_SCHEMA.fields[k].kind === 'object');
  const leaf = (path: string[], spec: FieldSpec) => (
    <LeafField key={path.join('.')} path={path} spec={spec} raw={valueAt(document, path)} fallback={valueAt(defaults, path)} errors={at(path.join('.'))} lang={lang} onChange={onChange} />
  );
  return (
    <div data-testid="policy-form">
      <fieldset className={styles.section}>
        <legend className={styles.legend}>{STUDIO_MESSAGES[lang].general({})}</legend>
        <div className={styles.grid}>{general.map((k) => leaf([k], POLICY_SCHEMA.fields[k]))}</div>
      </fieldset>
      {sections.map((k) => (
        <ObjectSection key={k} path={[k]} spec={POLICY_SCHEMA.fields[k]} errors={errors} leaf={leaf} lang={lang} />
      ))}
    </div>
  );
}

interface SectionProps {
  path: string[];
  spec: FieldSpec;
  errors: PolicyError[];
  lang: Language;
  leaf: (path: string[], spec: FieldSpec) => JSX.Element;
}

/** A detector's section also says what the detector is called to staff. */
function sectionTitle(path: string[], lang: Language): string {
  const key = path[path.length - 1];
  if (path.length === 2 && path[0] === 'detectors') return `${key} — ${detectorTexts(key as DetectorId)[lang].name}`;
  return key;
}

function ObjectSection({ path, spec, errors, lang, leaf }: SectionProps) {
  const styles = useStyles();
  if (spec.kind !== 'object') return null;
  const name = path.join('.');
  const keys = Object.keys(spec.fields);
  // Keys the schema does not know (a typo) are errors on this section, not on any field.
  const strays = errors.filter((e) => e.path.indexOf(name + '.') === 0 && e.path.slice(name.length + 1).split(/[.[]/).length === 1 && keys.indexOf(e.path.slice(name.length + 1)) < 0);
  const scalars = keys.filter((k) => spec.fields[k].kind !== 'object');
  const objects = keys.filter((k) => spec.fields[k].kind === 'object');
  const body = (
    <>
      {strays.length > 0 && (
        <ul className={styles.errors}>
          {strays.map((e) => (
            <li key={e.path + e.message}>
              {e.path}: {e.message}
            </li>
          ))}
        </ul>
      )}
      {scalars.length > 0 && <div className={styles.grid}>{scalars.map((k) => leaf(path.concat(k), spec.fields[k]))}</div>}
      {objects.map((k) => (
        <ObjectSection key={k} path={path.concat(k)} spec={spec.fields[k]} errors={errors} leaf={leaf} lang={lang} />
      ))}
    </>
  );
  if (path.length === 1) {
    return (
      <fieldset className={styles.section} data-path={name}>
        <legend className={styles.legend}>{sectionTitle(path, lang)}</legend>
        {body}
      </fieldset>
    );
  }
  return (
    <Folding className={styles.section} name={name} hasErrors={errors.some((e) => e.path.indexOf(name + '.') === 0)}>
      <summary className={styles.legend}>{sectionTitle(path, lang)}</summary>
      {body}
    </Folding>
  );
}

/**
 * Nested sections (one per detector) fold, so fifteen detectors stay readable. One with an error
 * opens, and stays open once the error is fixed, under the admin's hands.
 */
function Folding({ className, name, hasErrors, children }: { className: string; name: string; hasErrors: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(hasErrors);
  useEffect(() => {
    if (hasErrors) setOpen(true);
  }, [hasErrors]);
  return (
    <details className={className} data-path={name} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      {children}
    </details>
  );
}

interface LeafProps {
  path: string[];
  spec: FieldSpec;
  raw: unknown;
  fallback: unknown;
  errors: PolicyError[];
  lang: Language;
  onChange: (path: string[], value: Json) => void;
}

function LeafField({ path, spec, raw, fallback, errors, lang, onChange }: LeafProps) {
  const styles = useStyles();
  const t = STUDIO_MESSAGES[lang];
  const value = raw === undefined ? fallback : raw;
  const name = path.join('.');
  const set = (v: Json) => onChange(path, v);
  const message = errors.map((e) => (e.path === name ? e.message : `${e.path.slice(name.length)}: ${e.message}`)).join('; ');
  const field = {
    label: path[path.length - 1],
    hint: plain(fieldDoc(path)) + (spec.kind === 'list' ? ' ' + t.listHint({}) : ''),
    validationState: errors.length ? ('error' as const) : ('none' as const),
    validationMessage: message || undefined,
    'data-path': name,
    className: spec.kind === 'list' ? styles.wide : undefined,
  };
  switch (spec.kind) {
    case 'boolean':
      return (
        <Field {...field}>
          <Switch checked={value === true} onChange={(_, d) => set(d.checked)} />
        </Field>
      );
    case 'enum': {
      const current = typeof value === 'string' ? value : JSON.stringify(value);
      const known = spec.values.indexOf(current) >= 0;
      return (
        <Field {...field}>
          <Select value={current} onChange={(_, d) => set(d.value)}>
            {!known && <option value={current}>{t.invalidValue({ value: current })}</option>}
            {spec.values.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </Select>
        </Field>
      );
    }
    case 'integer':
      return (
        <Field {...field}>
          <Input
            type="number"
            min={spec.min}
            max={spec.max}
            value={value === undefined || value === null ? '' : String(value)}
            onChange={(_, d) => {
              const n = Number(d.value);
              // Not a number yet: kept as typed, so validation says what is wrong.
              set(d.value.trim() !== '' && isFinite(n) ? n : d.value);
            }}
          />
        </Field>
      );
    case 'string':
      return (
        <Field {...field}>
          <Input value={typeof value === 'string' ? value : JSON.stringify(value)} onChange={(_, d) => set(d.value)} />
        </Field>
      );
    case 'list':
      return <ListField field={field} value={value} set={set} />;
    default:
      return null;
  }
}

/** One item per line; the text keeps the admin's empty last line while typing. */
function ListField({ field, value, set }: { field: object; value: unknown; set: (v: Json) => void }) {
  const toText = (v: unknown): string => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n') : JSON.stringify(v));
  const [draft, setDraft] = useState(() => toText(value));
  const items = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  useEffect(() => {
    // The JSON view changed the list: show that, unless it only differs by blank lines being typed.
    if (JSON.stringify(items(draft)) !== JSON.stringify(value)) setDraft(toText(value));
  }, [JSON.stringify(value)]);
  return (
    <Field {...field}>
      <Textarea
        value={draft}
        resize="vertical"
        onChange={(_, d) => {
          setDraft(d.value);
          set(items(d.value));
        }}
      />
    </Field>
  );
}
