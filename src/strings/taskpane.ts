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
  /** How many kinds of finding (one per detector) the pane lists. */
  resultSummary: { count: number };
  stillToDo: { count: number };
  foundHeading: None;
  where: Location;
  /** How many places one kind of finding was found in. */
  places: { count: number };
  foundTimes: { count: number };
  reasonLabel: None;
  confidenceLabel: None;
  confidence: { confidence: Confidence };
  blockedNote: None;
  blockedBadge: None;
  dealtWithBadge: None;
  actionsHeading: None;
  sendSecurely: None;
  /** The policy's sensitivity label, by the name Outlook's catalog gives it. */
  applyLabel: { name: string };
  labelApplied: { name: string };
  secureApplied: { how: 'subject-tag' | 'header' | 'secure-channel' };
  secureNotSupported: None;
  /** No secure-send mechanism configured: Outlook's own Encrypt, step by step. */
  encryptInOutlook: None;
  encryptHow: None;
  encryptDone: None;
  encryptRecorded: None;
  adminCanSetUp: None;
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

// Dutch addresses the user with "je", as Microsoft 365's own Dutch interface does.
const nl: Messages = {
  appTitle: () => 'Send Guard',
  policyInForce: ({ name }) => `Beleid: ${name}`,
  stoppedHeading: () => 'Dit bericht is nog niet verzonden',
  checkingHeading: () => 'Berichtcontrole',
  checking: () => 'Bericht wordt gecontroleerd…',
  checkAgain: () => 'Opnieuw controleren',
  checkFailed: () => 'Het bericht kon niet worden gecontroleerd. Probeer het opnieuw.',
  nothingFound: () => 'Geen persoonsgegevens of risicovolle ontvangers gevonden.',
  canSendNow: () => 'Je kunt nu op Verzenden drukken.',
  resultSummary: ({ count }) => (count === 1 ? '1 punt gevonden.' : `${count} punten gevonden.`),
  stillToDo: ({ count }) => (count === 1 ? 'Nog 1 punt om af te handelen.' : `Nog ${count} punten om af te handelen.`),
  foundHeading: () => 'Wat er gevonden is',
  where: (location) => whereWords(location, 'nl'),
  places: ({ count }) => (count === 1 ? 'op 1 plek' : `op ${count} plekken`),
  foundTimes: ({ count }) => (count === 1 ? '1 keer' : `${count} keer`),
  reasonLabel: () => 'Reden',
  confidenceLabel: () => 'Zekerheid',
  confidence: ({ confidence }) => CONFIDENCE_WORDS.nl[confidence],
  blockedNote: () => 'Je organisatie staat niet toe dat dit zo wordt verzonden.',
  blockedBadge: () => 'Geblokkeerd',
  dealtWithBadge: () => 'Afgehandeld',
  actionsHeading: () => 'Wat wil je doen?',
  sendSecurely: () => 'Beveiligd verzenden',
  applyLabel: ({ name }) => `Label ${name} toepassen`,
  labelApplied: ({ name }) => `Het label ${name} is toegepast.`,
  secureApplied: ({ how }) =>
    ({
      'subject-tag': 'Het onderwerp heeft nu de markering voor beveiligd verzenden.',
      header: 'Het bericht is gemarkeerd om beveiligd te worden verzonden.',
      'secure-channel': 'Het beveiligde kanaal is geopend in een nieuw venster. Verstuur het bericht daar; dit concept blijft staan.',
    })[how],
  secureNotSupported: () => 'Beveiligd verzenden is hier niet beschikbaar. Vraag het je beheerder.',
  encryptInOutlook: () => 'Versleutel het bericht met Outlook',
  encryptHow: () => 'Kies in het bericht Opties > Versleutelen, in de klassieke en de nieuwe Outlook, Outlook op het web en Outlook voor Mac.',
  encryptDone: () => 'Ik heb het versleuteld',
  encryptRecorded: () => 'Vastgelegd dat je het bericht met Outlook hebt versleuteld.',
  adminCanSetUp: () => 'Je beheerder kan beveiligd verzenden met één klik instellen.',
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
  sendAnywayRecorded: () => 'Je keuze is vastgelegd.',
  sendAnywayNotAllowed: () => 'Toch verzenden kan niet: je organisatie blokkeert minstens één punt.',
  actionFailed: () => 'Dat lukte niet. Probeer het opnieuw of pas het bericht zelf aan.',
  busy: () => 'Bezig…',
};

const en: Messages = {
  appTitle: () => 'Send Guard',
  policyInForce: ({ name }) => `Policy: ${name}`,
  stoppedHeading: () => 'This message has not been sent yet',
  checkingHeading: () => 'Message check',
  checking: () => 'Checking the message…',
  checkAgain: () => 'Check again',
  checkFailed: () => 'The message could not be checked. Please try again.',
  nothingFound: () => 'No personal data or risky recipients found.',
  canSendNow: () => 'You can press Send now.',
  resultSummary: ({ count }) => (count === 1 ? '1 issue found.' : `${count} issues found.`),
  stillToDo: ({ count }) => (count === 1 ? '1 issue left to deal with.' : `${count} issues left to deal with.`),
  foundHeading: () => 'What was found',
  where: (location) => whereWords(location, 'en'),
  places: ({ count }) => (count === 1 ? 'in 1 place' : `in ${count} places`),
  foundTimes: ({ count }) => (count === 1 ? 'once' : `${count} times`),
  reasonLabel: () => 'Reason',
  confidenceLabel: () => 'Confidence',
  confidence: ({ confidence }) => CONFIDENCE_WORDS.en[confidence],
  blockedNote: () => 'Your organisation does not allow this to be sent like this.',
  blockedBadge: () => 'Blocked',
  dealtWithBadge: () => 'Dealt with',
  actionsHeading: () => 'What would you like to do?',
  sendSecurely: () => 'Send securely',
  applyLabel: ({ name }) => `Apply label ${name}`,
  labelApplied: ({ name }) => `The label ${name} is applied.`,
  secureApplied: ({ how }) =>
    ({
      'subject-tag': 'The subject now carries the mark for sending securely.',
      header: 'The message is marked to be sent securely.',
      'secure-channel': 'The secure channel opened in a new window. Send the message there; this draft stays as it is.',
    })[how],
  secureNotSupported: () => 'Sending securely is not available here. Ask your administrator.',
  encryptInOutlook: () => 'Encrypt the message in Outlook',
  encryptHow: () => 'In the message, choose Options > Encrypt, in classic and new Outlook, Outlook on the web and Outlook for Mac.',
  encryptDone: () => 'I have encrypted it',
  encryptRecorded: () => 'Recorded that you encrypted the message in Outlook.',
  adminCanSetUp: () => 'Your administrator can set up one-click secure sending.',
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
