/**
 * The words of "Encrypt this attachment" (task pane) and `send-guard encrypt` (CLI), Dutch and
 * English: why a file could not be encrypted, and how the recipient opens what was.
 */
import type { Language } from '../model/finding';

/** Why a file was not encrypted (stable codes; src/encrypt throws them). */
export type EncryptProblem = 'already-encrypted' | 'damaged' | 'too-large' | 'password-too-short' | 'empty';

/** How a file was encrypted (recorded in the audit header, never with the password). */
export type EncryptionMethod = 'pdf-aes256' | 'office-agile' | 'zip-aes256';

export interface EncryptWords {
  problem: Record<EncryptProblem, string>;
  /** What the recipient needs to open the encrypted copy. */
  opensWith: Record<EncryptionMethod, string>;
  /** The advice shown with the password. */
  passwordAdvice: string;
  /** The task pane's section and buttons. */
  heading: string;
  intro: string;
  encrypt: (p: { attachment: string }) => string;
  encrypting: string;
  replaced: (p: { attachment: string; encrypted: string }) => string;
  passwordLabel: string;
  copy: string;
  copied: string;
  close: string;
  failed: string;
}

export const ENCRYPT_WORDS: Record<Language, EncryptWords> = {
  nl: {
    problem: {
      'already-encrypted': 'Dit bestand is al versleuteld of met een wachtwoord beveiligd.',
      damaged: 'Dit bestand is beschadigd of niet goed te lezen; het is niet versleuteld.',
      'too-large': 'Het versleutelde bestand is te groot om als bijlage toe te voegen.',
      'password-too-short': 'Het wachtwoord is korter dan het beleid toestaat.',
      empty: 'Dit bestand is leeg.',
    },
    opensWith: {
      'pdf-aes256': 'Opent met het wachtwoord in Acrobat Reader, Edge, Chrome, Voorvertoning (Mac) en pdf-apps op de telefoon.',
      'office-agile': 'Opent met het wachtwoord in Word, Excel of PowerPoint (Windows, Mac, telefoon) en in LibreOffice.',
      'zip-aes256':
        'Een zip met AES-256-versleuteling. Windows: openen met 7-Zip, WinZip of WinRAR. Mac: met Keka, The Unarchiver of BetterZip (Archiefhulpprogramma kan dit niet).',
    },
    passwordAdvice: 'Geef het wachtwoord telefonisch of per sms door, nooit in dezelfde of een volgende e-mail. Het wordt na het sluiten niet meer getoond.',
    heading: 'Bijlage versleutelen',
    intro: 'Vervang een bijlage door een versleutelde kopie die de ontvanger opent met een wachtwoord. Alles gebeurt op deze computer.',
    encrypt: (p) => `Versleutel ${p.attachment}`,
    encrypting: 'Bezig met versleutelen…',
    replaced: (p) => `${p.attachment} is vervangen door de versleutelde kopie ${p.encrypted}.`,
    passwordLabel: 'Wachtwoord',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    close: 'Ik heb het wachtwoord bewaard',
    failed: 'Versleutelen is niet gelukt; de bijlage is niet veranderd.',
  },
  en: {
    problem: {
      'already-encrypted': 'This file is already encrypted or password-protected.',
      damaged: 'This file is damaged or cannot be read properly; it was not encrypted.',
      'too-large': 'The encrypted file is too large to attach.',
      'password-too-short': 'The password is shorter than the policy allows.',
      empty: 'This file is empty.',
    },
    opensWith: {
      'pdf-aes256': 'Opens with the password in Acrobat Reader, Edge, Chrome, Preview (Mac) and phone PDF apps.',
      'office-agile': 'Opens with the password in Word, Excel or PowerPoint (Windows, Mac, phone) and in LibreOffice.',
      'zip-aes256':
        'A zip with AES-256 encryption. Windows: open with 7-Zip, WinZip or WinRAR. Mac: with Keka, The Unarchiver or BetterZip (Archive Utility cannot open it).',
    },
    passwordAdvice: 'Give the password by phone or text message, never in this or a later e-mail. It is not shown again once closed.',
    heading: 'Encrypt an attachment',
    intro: 'Replace an attachment by an encrypted copy the recipient opens with a password. It all happens on this computer.',
    encrypt: (p) => `Encrypt ${p.attachment}`,
    encrypting: 'Encrypting…',
    replaced: (p) => `${p.attachment} was replaced by the encrypted copy ${p.encrypted}.`,
    passwordLabel: 'Password',
    copy: 'Copy',
    copied: 'Copied',
    close: 'I have kept the password',
    failed: 'Encryption failed; the attachment was not changed.',
  },
};
