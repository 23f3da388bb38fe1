/**
 * Words every surface shares (alert, task pane, preview, CLI), in Dutch and English: how sure a
 * finding is, what the policy does with it, the verdict, and where in the message it was found.
 * One table each, so the CLI and the task pane can never call the same thing by two names.
 */
import type { Confidence, Language, Location, Severity, Verdict } from '../model/finding';

export const CONFIDENCE_WORDS: Record<Language, Record<Confidence, string>> = {
  nl: { high: 'hoog', medium: 'gemiddeld', low: 'laag' },
  en: { high: 'high', medium: 'medium', low: 'low' },
};

export const SEVERITY_WORDS: Record<Language, Record<Severity, string>> = {
  nl: { info: 'info', warn: 'waarschuwen', block: 'blokkeren' },
  en: { info: 'info', warn: 'warn', block: 'block' },
};

export const VERDICT_WORDS: Record<Language, Record<Verdict, string>> = {
  nl: { allow: 'toestaan', warn: 'waarschuwen', block: 'blokkeren' },
  en: { allow: 'allow', warn: 'warn', block: 'block' },
};

/** The parts of a message as nouns (table columns). */
export const PART_WORDS: Record<Language, Record<Location['part'], string>> = {
  nl: { subject: 'onderwerp', body: 'berichttekst', recipients: 'ontvangers', attachment: 'bijlage' },
  en: { subject: 'subject', body: 'body', recipients: 'recipients', attachment: 'attachment' },
};

/** Where something was found, as a phrase ("in bijlage lijst.xlsx (Blad1)"). Names only, never content. */
export function whereWords(location: Location, lang: Language): string {
  const { part, attachment, path } = location;
  if (lang === 'nl') {
    if (part === 'body') return 'in de tekst';
    if (part === 'subject') return 'in het onderwerp';
    if (part === 'recipients') return 'bij de ontvangers';
    return 'in bijlage ' + (attachment || '') + (path ? ' (' + path + ')' : '');
  }
  if (part === 'body') return 'in the body';
  if (part === 'subject') return 'in the subject';
  if (part === 'recipients') return 'in the recipients';
  return 'in attachment ' + (attachment || '') + (path ? ' (' + path + ')' : '');
}

export const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** Outlook's display language ("nl-NL", "en-GB", ...) to ours; other languages get the fallback (the policy's). */
export function languageFor(displayLanguage: string | undefined, fallback: Language): Language {
  const primary = (displayLanguage || '').toLowerCase().split('-')[0];
  return primary === 'nl' || primary === 'en' ? primary : fallback;
}
