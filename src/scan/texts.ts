/**
 * The one place that gives people-facing texts for every detector id, so the alert, the task pane
 * and the CLI say the same thing. Content detectors own their texts (detection registry), recipient
 * checks theirs (recipients), and the attachment findings are described here.
 */
import { detectorTexts as contentDetectorTexts } from '../detection/registry';
import {
  CONTENT_DETECTORS,
  DETECTOR_IDS,
  RECIPIENT_DETECTORS,
  type AttachmentDetectorId,
  type ContentDetectorId,
  type DetectorId,
  type DetectorTexts,
  type Language,
  type RecipientDetectorId,
} from '../detection/types';
import { RECIPIENT_TEXTS } from '../recipients/texts';

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

/** The attachment findings, which the scan itself makes. */
const ATTACHMENT_TEXTS: Record<AttachmentDetectorId, DetectorTexts> = {
  'unscannable-attachment': {
    nl: {
      name: 'Bijlage niet gecontroleerd',
      summary: ({ count }) => `${count} ${plural(count, 'bijlage kon', 'bijlagen konden')} niet worden gecontroleerd`,
      why: 'Send Guard kon niet in deze bijlage kijken; controleer zelf of er persoonsgegevens in staan.',
    },
    en: {
      name: 'Attachment not checked',
      summary: ({ count }) => `${count} ${plural(count, 'attachment', 'attachments')} could not be checked`,
      why: 'Send Guard could not look inside this attachment; check it yourself for personal data.',
    },
  },
  'encrypted-attachment': {
    nl: {
      name: 'Versleutelde bijlage',
      summary: ({ count }) => `${count} ${plural(count, 'bijlage is', 'bijlagen zijn')} met een wachtwoord beveiligd`,
      why: 'De bijlage is al beveiligd, maar Send Guard kan niet zien wat erin staat. Stuur het wachtwoord nooit in dezelfde mail.',
    },
    en: {
      name: 'Encrypted attachment',
      summary: ({ count }) => `${count} ${plural(count, 'attachment is', 'attachments are')} password-protected`,
      why: 'The attachment is already protected, but Send Guard cannot see what it holds. Never send the password in the same mail.',
    },
  },
};

/** Why an attachment could not be read, per stable reason code (ExtractProblem.reason, Finding.reason). */
const REASON_TEXTS: Record<string, Record<Language, string>> = {
  'too-large': { nl: 'te groot om te controleren', en: 'too large to check' },
  'too-deep': { nl: 'te diep genest (archief in archief)', en: 'nested too deeply (archive in archive)' },
  'too-many-entries': { nl: 'archief met te veel bestanden', en: 'archive with too many files' },
  'expansion-ratio': { nl: 'pakt verdacht groot uit (mogelijke zip-bom)', en: 'expands suspiciously (possible zip bomb)' },
  'time-out': { nl: 'niet gecontroleerd binnen de tijd', en: 'not checked within the time limit' },
  corrupt: { nl: 'beschadigd of onleesbaar bestand', en: 'damaged or unreadable file' },
  'partly-read': { nl: 'het archief is beschadigd; een deel kon worden gelezen', en: 'the archive is damaged; part of it could be read' },
  'unknown-format': { nl: 'onbekend bestandsformaat', en: 'unknown file format' },
  'no-text': { nl: 'bevat geen leesbare tekst (bijvoorbeeld een scan)', en: 'holds no readable text (a scan, for example)' },
  encrypted: { nl: 'met een wachtwoord beveiligd', en: 'password-protected' },
  cloud: { nl: 'koppeling naar een bestand in de cloud, niet gecontroleerd', en: 'link to a cloud file, not checked' },
  'read-error': { nl: 'Outlook kon de inhoud niet geven', en: 'Outlook could not hand over its content' },
  'no-content': { nl: 'inhoud ontbreekt', en: 'content missing' },
};

/** Texts for a detector id, in both languages. */
export function detectorTexts(id: DetectorId): DetectorTexts {
  if ((RECIPIENT_DETECTORS as readonly string[]).indexOf(id) >= 0) return RECIPIENT_TEXTS[id as RecipientDetectorId];
  if ((CONTENT_DETECTORS as readonly string[]).indexOf(id) >= 0) return contentDetectorTexts(id as ContentDetectorId);
  return ATTACHMENT_TEXTS[id as AttachmentDetectorId];
}

/** Every detector's texts, for listings (the README, policy tools). */
export function allDetectorTexts(): Record<DetectorId, DetectorTexts> {
  const out = {} as Record<DetectorId, DetectorTexts>;
  for (const id of DETECTOR_IDS) out[id] = detectorTexts(id);
  return out;
}

/** The words for an attachment reason code; an unknown code is shown as it is. */
export function reasonText(reason: string, lang: Language): string {
  const texts = REASON_TEXTS[reason];
  return texts ? texts[lang] : reason;
}
