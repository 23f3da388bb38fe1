/**
 * The one place that gives people-facing texts for every detector id, so the alert, the task pane
 * and the CLI say the same thing. Content detectors own their texts (detection registry), recipient
 * checks theirs (recipients), and the attachment findings are described here.
 */
import {
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

/**
 * Fallback texts, used for an id whose owner's texts are not (yet) available. Kept short and
 * correct so that nothing ever shows an empty name.
 */
const FALLBACK_TEXTS: Record<ContentDetectorId | AttachmentDetectorId, DetectorTexts> = {
  bsn: {
    nl: { name: 'BSN (burgerservicenummer)', summary: ({ count }) => `${count} ${plural(count, 'BSN', "BSN's")} gevonden`, why: 'Een BSN mag alleen worden gebruikt waar een wet dat toestaat; een BSN naar de verkeerde ontvanger is een datalek.' },
    en: { name: 'BSN (Dutch citizen service number)', summary: ({ count }) => `${count} ${plural(count, 'BSN', 'BSNs')} found`, why: 'A BSN may only be used where a law allows it; a BSN sent to the wrong person is a data breach.' },
  },
  iban: {
    nl: { name: 'IBAN (bankrekeningnummer)', summary: ({ count }) => `${count} ${plural(count, 'IBAN', "IBAN's")} gevonden`, why: 'Financiële gegevens komen in bijna een derde van de gemelde datalekken voor.' },
    en: { name: 'IBAN (bank account number)', summary: ({ count }) => `${count} ${plural(count, 'IBAN', 'IBANs')} found`, why: 'Financial data is part of almost a third of reported data breaches.' },
  },
  payslip: {
    nl: { name: 'Loonstrook', summary: () => 'Loonstrook of salarisspecificatie gevonden', why: 'Een loonstrook bevat salaris, BSN en bankgegevens van één persoon.' },
    en: { name: 'Payslip', summary: () => 'Payslip or salary statement found', why: "A payslip holds one person's salary, BSN and bank details." },
  },
  credential: {
    nl: { name: 'Wachtwoord of geheim', summary: ({ count }) => `${count} ${plural(count, 'wachtwoord', 'wachtwoorden')} gevonden`, why: 'Een wachtwoord in een e-mail blijft leesbaar in elke mailbox waar het terechtkomt.' },
    en: { name: 'Password or secret', summary: ({ count }) => `${count} ${plural(count, 'password', 'passwords')} found`, why: 'A password in an e-mail stays readable in every mailbox it reaches.' },
  },
  health: {
    nl: { name: 'Gezondheidsgegevens', summary: () => 'Gezondheidsgegevens over een persoon gevonden', why: 'Gezondheidsgegevens zijn bijzondere persoonsgegevens: de AVG beschermt ze extra.' },
    en: { name: 'Health data', summary: () => 'Health data about a person found', why: 'Health data is a special category of personal data under the GDPR.' },
  },
  'id-document': {
    nl: { name: 'Identiteitsbewijs', summary: ({ count }) => `${count} ${plural(count, 'documentnummer', 'documentnummers')} van een identiteitsbewijs gevonden`, why: 'Met een kopie of nummer van een identiteitsbewijs kan iemand identiteitsfraude plegen.' },
    en: { name: 'Identity document', summary: ({ count }) => `${count} identity document ${plural(count, 'number', 'numbers')} found`, why: 'A copy or number of an identity document enables identity fraud.' },
  },
  'payment-card': {
    nl: { name: 'Betaalkaart', summary: ({ count }) => `${count} ${plural(count, 'kaartnummer', 'kaartnummers')} gevonden`, why: 'Met een kaartnummer kan iemand betalingen doen.' },
    en: { name: 'Payment card', summary: ({ count }) => `${count} card ${plural(count, 'number', 'numbers')} found`, why: 'A card number can be used to make payments.' },
  },
  'personal-list': {
    nl: { name: 'Lijst met personen', summary: ({ count }) => `${count} ${plural(count, 'lijst', 'lijsten')} met persoonsgegevens gevonden`, why: 'Een lijst met gegevens van veel mensen maakt een datalek meteen groot.' },
    en: { name: 'List of people', summary: ({ count }) => `${count} ${plural(count, 'list', 'lists')} of personal details found`, why: 'A list of many people turns one mistake into a large data breach.' },
  },
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
  'unknown-format': { nl: 'onbekend bestandsformaat', en: 'unknown file format' },
  'no-text': { nl: 'bevat geen leesbare tekst (bijvoorbeeld een scan)', en: 'holds no readable text (a scan, for example)' },
  encrypted: { nl: 'met een wachtwoord beveiligd', en: 'password-protected' },
  cloud: { nl: 'koppeling naar een bestand in de cloud, niet gecontroleerd', en: 'link to a cloud file, not checked' },
  'read-error': { nl: 'Outlook kon de inhoud niet geven', en: 'Outlook could not hand over its content' },
  'no-content': { nl: 'inhoud ontbreekt', en: 'content missing' },
};

/** Texts written by each detector's owner; they win over the fallbacks. */
const OWNER_TEXTS: Partial<Record<DetectorId, DetectorTexts>> = {};

/** Texts for a detector id, in both languages. */
export function detectorTexts(id: DetectorId): DetectorTexts {
  if ((RECIPIENT_DETECTORS as readonly string[]).indexOf(id) >= 0) return RECIPIENT_TEXTS[id as RecipientDetectorId];
  return OWNER_TEXTS[id] || FALLBACK_TEXTS[id as ContentDetectorId | AttachmentDetectorId];
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
