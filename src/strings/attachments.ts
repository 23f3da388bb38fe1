/**
 * The names of the attachment findings (unscannable-attachment, encrypted-attachment), and the
 * words for each reason an attachment could not be read. The scan makes these findings itself;
 * content detectors and recipient checks keep their names beside their code. What the task pane
 * says beyond the name is in attachment-descriptions.ts.
 */
import type { AttachmentDetectorId, DetectorNames, Language } from '../model/finding';

/** The attachment findings, which the scan itself makes. */
export const ATTACHMENT_NAMES: Record<AttachmentDetectorId, DetectorNames> = {
  'unscannable-attachment': {
    nl: { name: 'Bijlage niet gecontroleerd' },
    en: { name: 'Attachment not checked' },
  },
  'encrypted-attachment': {
    nl: { name: 'Versleutelde bijlage' },
    en: { name: 'Encrypted attachment' },
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
  'partly-read': { nl: 'het archief is beschadigd; een deel kon worden gelezen', en: 'the archive is damaged; part of it could be read' },
  'no-text': { nl: 'bevat geen leesbare tekst (bijvoorbeeld een scan)', en: 'holds no readable text (a scan, for example)' },
  encrypted: { nl: 'met een wachtwoord beveiligd', en: 'password-protected' },
  cloud: { nl: 'koppeling naar een bestand in de cloud, niet gecontroleerd', en: 'link to a cloud file, not checked' },
  'read-error': { nl: 'Outlook kon de inhoud niet geven', en: 'Outlook could not hand over its content' },
  'no-content': { nl: 'inhoud ontbreekt', en: 'content missing' },
};

/**
 * "damaged-<family>" (extract/kind.ts): the name says the file is of this family, but its content
 * is damaged. What the name says it is, per family (Dutch says "is" before the brackets).
 */
const DAMAGED_FAMILIES: Record<string, Record<Language, string>> = {
  document: { nl: 'een tekstdocument is (Word, RTF, OpenDocument)', en: 'a text document (Word, RTF, OpenDocument)' },
  spreadsheet: { nl: 'een spreadsheet is (Excel, OpenDocument)', en: 'a spreadsheet (Excel, OpenDocument)' },
  presentation: { nl: 'een presentatie is (PowerPoint, OpenDocument)', en: 'a presentation (PowerPoint, OpenDocument)' },
  pdf: { nl: 'een PDF is', en: 'a PDF' },
  archive: { nl: 'een zip-archief is', en: 'a zip archive' },
  mail: { nl: 'een e-mailbericht is', en: 'an e-mail message' },
  text: { nl: 'een tekstbestand is', en: 'a text file' },
};

/** The words for an attachment reason code; an unknown code is shown as it is. */
export function reasonText(reason: string, lang: Language): string {
  const texts = REASON_TEXTS[reason];
  if (texts) return texts[lang];
  const family = /^damaged-(.+)$/.exec(reason);
  const named = family ? DAMAGED_FAMILIES[family[1]] : undefined;
  const what = named && named[lang];
  if (!what) return reason;
  return lang === 'nl' ? `de naam zegt dat het ${what}, maar de inhoud is beschadigd` : `the file says it is ${what}, but its content is damaged`;
}
