/**
 * How each detector describes itself (name, one-line summary, why it matters), in the user's
 * language: content detectors and recipient checks own their texts. When src/scan/texts.ts (the
 * one place for every id, attachment findings and reason codes included) is on main, this file
 * becomes two calls to it.
 */
import { CONTENT_DETECTORS, type ContentDetectorId, type DetectorId, type DetectorMessages, type DetectorTexts, type Language, type RecipientDetectorId } from '../detection/types';
import { detectorTexts } from '../detection';
import { RECIPIENT_TEXTS } from '../recipients';

const ATTACHMENT_TEXTS: Record<'unscannable-attachment' | 'encrypted-attachment', DetectorTexts> = {
  'unscannable-attachment': {
    nl: { name: 'Niet gecontroleerde bijlage', summary: ({ count }) => (count === 1 ? 'Een bijlage kon niet worden gecontroleerd' : `${count} bijlagen konden niet worden gecontroleerd`), why: 'Send Guard kon niet zien wat erin staat; kijk zelf of er persoonsgegevens in staan.' },
    en: { name: 'Attachment not checked', summary: ({ count }) => (count === 1 ? 'An attachment could not be checked' : `${count} attachments could not be checked`), why: 'Send Guard could not see what it holds; check yourself whether it contains personal data.' },
  },
  'encrypted-attachment': {
    nl: { name: 'Versleutelde bijlage', summary: () => 'Bijlage met een wachtwoord', why: 'Al beveiligd, maar Send Guard kon niet zien wat erin staat. Stuur het wachtwoord nooit in dezelfde e-mail.' },
    en: { name: 'Encrypted attachment', summary: () => 'Password-protected attachment', why: 'Already protected, but Send Guard could not see what it holds. Never send the password in the same e-mail.' },
  },
};

const REASONS: { [reason: string]: Record<Language, string> } = {
  'too-large': { nl: 'te groot om te controleren', en: 'too large to check' },
  corrupt: { nl: 'beschadigd of onleesbaar', en: 'damaged or unreadable' },
  'unknown-format': { nl: 'onbekend bestandstype', en: 'unknown file type' },
  'time-out': { nl: 'controle duurde te lang', en: 'the check took too long' },
};

export function detectorMessages(detector: DetectorId, lang: Language): DetectorMessages {
  if ((CONTENT_DETECTORS as readonly string[]).indexOf(detector) >= 0) return detectorTexts(detector as ContentDetectorId)[lang];
  if (detector === 'unscannable-attachment' || detector === 'encrypted-attachment') return ATTACHMENT_TEXTS[detector][lang];
  return RECIPIENT_TEXTS[detector as RecipientDetectorId][lang];
}

/** The words for an unscannable or encrypted attachment's reason code; an unknown code as it is. */
export function reasonWords(reason: string, lang: Language): string {
  return REASONS[reason] ? REASONS[reason][lang] : reason;
}
