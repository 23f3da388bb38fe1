/**
 * Every text the task pane and the preview show, in Dutch and English. Each message id has one props
 * type (MessageProps) that both languages share, so a translation can never ask for a value the
 * other does not get.
 */
import type { Confidence, Language, Location } from '../model/finding';
import { CONFIDENCE_WORDS, whereWords } from './words';

export { languageFor } from './words';

type None = Record<string, never>;

/** The values each message needs. `None`: a fixed text. */
export interface MessageProps {
  appTitle: None;
  policyInForce: { name: string };
  stoppedHeading: None;
  checkingHeading: None;
  checking: None;
  checkAgain: None;
  checkFailed: None;
  nothingFound: None;
  canSendNow: None;
  resultSummary: { count: number };
  stillToDo: { count: number };
  groupContent: None;
  groupRecipients: None;
  groupAttachments: None;
  where: Location;
  foundTimes: { count: number };
  evidenceLabel: None;
  whereLabel: None;
  whyLabel: None;
  reasonLabel: None;
  confidenceLabel: None;
  confidence: { confidence: Confidence };
  blockedNote: None;
  blockedBadge: None;
  dealtWithBadge: None;
  actionsHeading: None;
  sendSecurely: None;
  secureApplied: { how: 'sensitivity-label' | 'subject-tag' | 'header' | 'secure-channel' };
  secureNotSupported: None;
  removeAttachment: { attachment: string };
  attachmentRemoved: { attachment: string };
  moveToBcc: { count: number };
  movedToBcc: { count: number };
  sendAnyway: None;
  sendAnywayReasonLabel: None;
  sendAnywayReasonHint: None;
  sendAnywayReasonMissing: None;
  sendAnywayConfirm: None;
  sendAnywayCancel: None;
  sendAnywayRecorded: None;
  sendAnywayNotAllowed: None;
  actionFailed: None;
  busy: None;
}

export type Messages = { [K in keyof MessageProps]: (props: MessageProps[K]) => string };

const nl: Messages = {
  appTitle: () => 'Send Guard',
  policyInForce: ({ name }) => `Beleid: ${name}`,
  stoppedHeading: () => 'Dit bericht is nog niet verzonden',
  checkingHeading: () => 'Controle van dit bericht',
  checking: () => 'Bericht wordt gecontroleerd…',
  checkAgain: () => 'Opnieuw controleren',
  checkFailed: () => 'Het bericht kon niet worden gecontroleerd. Probeer het opnieuw.',
  nothingFound: () => 'Geen persoonsgegevens of risicovolle ontvangers gevonden.',
  canSendNow: () => 'U kunt nu op Verzenden drukken.',
  resultSummary: ({ count }) => (count === 1 ? '1 punt gevonden.' : `${count} punten gevonden.`),
  stillToDo: ({ count }) => (count === 1 ? 'Nog 1 punt om af te handelen.' : `Nog ${count} punten om af te handelen.`),
  groupContent: () => 'Inhoud',
  groupRecipients: () => 'Ontvangers',
  groupAttachments: () => 'Bijlagen',
  where: (location) => whereWords(location, 'nl'),
  foundTimes: ({ count }) => (count === 1 ? '1 keer' : `${count} keer`),
  evidenceLabel: () => 'Gevonden',
  whereLabel: () => 'Waar',
  whyLabel: () => 'Waarom dit telt',
  reasonLabel: () => 'Reden',
  confidenceLabel: () => 'Zekerheid',
  confidence: ({ confidence }) => CONFIDENCE_WORDS.nl[confidence],
  blockedNote: () => 'Uw organisatie staat niet toe dat dit zo wordt verzonden.',
  blockedBadge: () => 'Geblokkeerd',
  dealtWithBadge: () => 'Afgehandeld',
  actionsHeading: () => 'Wat wilt u doen?',
  sendSecurely: () => 'Beveiligd verzenden',
  secureApplied: ({ how }) =>
    ({
      'sensitivity-label': 'Het vertrouwelijkheidslabel is toegepast: het bericht gaat versleuteld.',
      'subject-tag': 'Het onderwerp is gemarkeerd: het bericht gaat versleuteld.',
      header: 'Het bericht is gemarkeerd om versleuteld te worden verzonden.',
      'secure-channel': 'Het beveiligde kanaal is geopend in een nieuw venster. Verstuur het bericht daar; dit concept blijft staan.',
    })[how],
  secureNotSupported: () => 'Beveiligd verzenden is hier niet beschikbaar. Vraag uw beheerder.',
  removeAttachment: ({ attachment }) => `Bijlage ${attachment} verwijderen`,
  attachmentRemoved: ({ attachment }) => `Bijlage ${attachment} is verwijderd.`,
  moveToBcc: ({ count }) => (count === 1 ? '1 externe ontvanger naar Bcc' : `${count} externe ontvangers naar Bcc`),
  movedToBcc: ({ count }) => (count === 1 ? '1 ontvanger staat nu in Bcc.' : `${count} ontvangers staan nu in Bcc.`),
  sendAnyway: () => 'Toch verzenden',
  sendAnywayReasonLabel: () => 'Reden',
  sendAnywayReasonHint: () => 'Waarom is dit in orde? De reden wordt bewaard voor controle.',
  sendAnywayReasonMissing: () => 'Geef een reden op.',
  sendAnywayConfirm: () => 'Vastleggen en toestaan',
  sendAnywayCancel: () => 'Annuleren',
  sendAnywayRecorded: () => 'Uw keuze is vastgelegd.',
  sendAnywayNotAllowed: () => 'Toch verzenden kan niet: uw organisatie blokkeert minstens één punt.',
  actionFailed: () => 'Dat lukte niet. Probeer het opnieuw of pas het bericht zelf aan.',
  busy: () => 'Bezig…',
};

const en: Messages = {
  appTitle: () => 'Send Guard',
  policyInForce: ({ name }) => `Policy: ${name}`,
  stoppedHeading: () => 'This message has not been sent yet',
  checkingHeading: () => 'Check of this message',
  checking: () => 'Checking the message…',
  checkAgain: () => 'Check again',
  checkFailed: () => 'The message could not be checked. Please try again.',
  nothingFound: () => 'No personal data or risky recipients found.',
  canSendNow: () => 'You can press Send now.',
  resultSummary: ({ count }) => (count === 1 ? '1 issue found.' : `${count} issues found.`),
  stillToDo: ({ count }) => (count === 1 ? '1 issue left to deal with.' : `${count} issues left to deal with.`),
  groupContent: () => 'Content',
  groupRecipients: () => 'Recipients',
  groupAttachments: () => 'Attachments',
  where: (location) => whereWords(location, 'en'),
  foundTimes: ({ count }) => (count === 1 ? 'once' : `${count} times`),
  evidenceLabel: () => 'Found',
  whereLabel: () => 'Where',
  whyLabel: () => 'Why it matters',
  reasonLabel: () => 'Reason',
  confidenceLabel: () => 'Confidence',
  confidence: ({ confidence }) => CONFIDENCE_WORDS.en[confidence],
  blockedNote: () => 'Your organisation does not allow this to be sent like this.',
  blockedBadge: () => 'Blocked',
  dealtWithBadge: () => 'Dealt with',
  actionsHeading: () => 'What would you like to do?',
  sendSecurely: () => 'Send securely',
  secureApplied: ({ how }) =>
    ({
      'sensitivity-label': 'The sensitivity label is applied: the message will be sent encrypted.',
      'subject-tag': 'The subject is tagged: the message will be sent encrypted.',
      header: 'The message is marked to be sent encrypted.',
      'secure-channel': 'The secure channel opened in a new window. Send the message there; this draft stays as it is.',
    })[how],
  secureNotSupported: () => 'Sending securely is not available here. Ask your administrator.',
  removeAttachment: ({ attachment }) => `Remove attachment ${attachment}`,
  attachmentRemoved: ({ attachment }) => `Attachment ${attachment} was removed.`,
  moveToBcc: ({ count }) => (count === 1 ? 'Move 1 external recipient to Bcc' : `Move ${count} external recipients to Bcc`),
  movedToBcc: ({ count }) => (count === 1 ? '1 recipient is now in Bcc.' : `${count} recipients are now in Bcc.`),
  sendAnyway: () => 'Send anyway',
  sendAnywayReasonLabel: () => 'Reason',
  sendAnywayReasonHint: () => 'Why is this all right? The reason is kept for audit.',
  sendAnywayReasonMissing: () => 'Please give a reason.',
  sendAnywayConfirm: () => 'Record and allow',
  sendAnywayCancel: () => 'Cancel',
  sendAnywayRecorded: () => 'Your decision is recorded.',
  sendAnywayNotAllowed: () => 'Sending anyway is not possible: your organisation blocks at least one issue.',
  actionFailed: () => 'That did not work. Try again or change the message yourself.',
  busy: () => 'Working…',
};

export const MESSAGES: Record<Language, Messages> = { nl, en };
