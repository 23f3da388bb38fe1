/**
 * The words of "Mask in the message" in the task pane, Dutch (with "je") and English: the action,
 * what changed, undo, the masked copy of an attachment, and what cannot be masked.
 */
import type { Language } from '../model/finding';

export interface MaskingWords {
  heading: string;
  intro: string;
  /** The button; `count` values can be masked in the subject and body. */
  maskInMessage: (p: { count: number }) => string;
  masked: (p: { count: number }) => string;
  changedHeading: string;
  undo: string;
  undone: string;
  undoKeptUntilSend: string;
  /** The original could not be kept (too long, or no session data here): undo is not possible. */
  noUndoQuestion: string;
  maskWithoutUndo: string;
  cancel: string;
  noUndoAfter: string;
  changedSince: string;
  nothingToUndo: string;
  /** A masked copy of an attachment. */
  maskAttachment: (p: { attachment: string }) => string;
  attachmentMasked: (p: { attachment: string; copy: string; count: number }) => string;
  attachmentNothingToMask: (p: { attachment: string }) => string;
  attachmentUnreadable: (p: { attachment: string }) => string;
  /** The word in the copy's name: "loonlijst (gemaskeerd).csv". */
  maskedNameWord: string;
  /** Findings that masking does not deal with. */
  cannotMask: (p: { kinds: string }) => string;
  keptByPolicy: (p: { kinds: string }) => string;
  failed: string;
}

export const MASKING_WORDS: Record<Language, MaskingWords> = {
  nl: {
    heading: 'Maskeren in het bericht',
    intro: 'Vaak hoeft het nummer niet in de mail. Maskeren vervangt elk gevonden nummer door een gemaskeerde vorm, zoals ****.**.782; de opmaak blijft staan.',
    maskInMessage: ({ count }) => (count === 1 ? 'Maskeer 1 waarde in onderwerp en tekst' : `Maskeer ${count} waarden in onderwerp en tekst`),
    masked: ({ count }) => (count === 1 ? '1 waarde is gemaskeerd.' : `${count} waarden zijn gemaskeerd.`),
    changedHeading: 'Gemaskeerd in onderwerp en tekst:',
    undo: 'Maskeren ongedaan maken',
    undone: 'Het origineel staat weer in het bericht.',
    undoKeptUntilSend: 'Het origineel blijft tot het verzenden bewaard, alleen in dit bericht, zodat je het terug kunt zetten.',
    noUndoQuestion: 'Het origineel kan niet bewaard worden (het bericht is te lang, of Outlook biedt hier geen sessiegegevens). Je kunt het maskeren dan niet ongedaan maken.',
    maskWithoutUndo: 'Toch maskeren',
    cancel: 'Annuleren',
    noUndoAfter: 'Ongedaan maken is hier niet mogelijk: het origineel is niet bewaard.',
    changedSince: 'Het bericht is na het maskeren gewijzigd; terugzetten zou je wijzigingen wissen. Er is niets teruggezet.',
    nothingToUndo: 'Er is geen origineel meer om terug te zetten.',
    maskAttachment: ({ attachment }) => `Gemaskeerde kopie van ${attachment}`,
    attachmentMasked: ({ attachment, copy, count }) => `${attachment} is vervangen door ${copy} (${count === 1 ? '1 waarde' : `${count} waarden`} gemaskeerd).`,
    attachmentNothingToMask: ({ attachment }) => `In ${attachment} staat niets dat gemaskeerd kan worden; de bijlage is niet veranderd.`,
    attachmentUnreadable: ({ attachment }) => `${attachment} kan niet helemaal gelezen worden; er is geen gemaskeerde kopie gemaakt. Versleutel of verwijder de bijlage.`,
    maskedNameWord: 'gemaskeerd',
    cannotMask: ({ kinds }) => `Niet te maskeren: ${kinds}. Gebruik daarvoor de andere acties.`,
    keptByPolicy: ({ kinds }) => `Je organisatie laat ${kinds} niet maskeren; verstuur dan beveiligd.`,
    failed: 'Maskeren is niet gelukt. Kijk wat er nu in het bericht staat en probeer het opnieuw.',
  },
  en: {
    heading: 'Mask in the message',
    intro: 'Often the number does not need to be in the mail. Masking replaces every number found by its masked form, such as ****.**.782; the formatting stays.',
    maskInMessage: ({ count }) => (count === 1 ? 'Mask 1 value in subject and body' : `Mask ${count} values in subject and body`),
    masked: ({ count }) => (count === 1 ? '1 value was masked.' : `${count} values were masked.`),
    changedHeading: 'Masked in subject and body:',
    undo: 'Undo masking',
    undone: 'The original is back in the message.',
    undoKeptUntilSend: 'The original is kept until you send, only in this message, so you can put it back.',
    noUndoQuestion: 'The original cannot be kept (the message is too long, or Outlook offers no session data here). You would not be able to undo the masking.',
    maskWithoutUndo: 'Mask anyway',
    cancel: 'Cancel',
    noUndoAfter: 'Undo is not possible here: the original was not kept.',
    changedSince: 'The message changed after masking; putting the original back would erase your changes. Nothing was put back.',
    nothingToUndo: 'There is no original left to put back.',
    maskAttachment: ({ attachment }) => `Masked copy of ${attachment}`,
    attachmentMasked: ({ attachment, copy, count }) => `${attachment} was replaced by ${copy} (${count === 1 ? '1 value' : `${count} values`} masked).`,
    attachmentNothingToMask: ({ attachment }) => `${attachment} holds nothing that can be masked; the attachment was not changed.`,
    attachmentUnreadable: ({ attachment }) => `${attachment} cannot be read whole; no masked copy was made. Encrypt or remove the attachment instead.`,
    maskedNameWord: 'masked',
    cannotMask: ({ kinds }) => `Cannot be masked: ${kinds}. Use the other actions for those.`,
    keptByPolicy: ({ kinds }) => `Your organisation does not let ${kinds} be masked; send securely instead.`,
    failed: 'Masking did not work. Check what the message says now and try again.',
  },
};
