/**
 * The sentences of the Smart Alert frame, Dutch and English. One props type per message, shared by
 * both languages, so a translation can never expect other placeholders. What each detector is
 * called comes from the detector texts (src/scan/texts.ts), so the alert, task pane and CLI agree.
 */
import type { Language, Location } from '../model/finding';
import { whereWords } from './words';

/** Where something was found. `attachment`/`path` are names, never content. */
export type WhereProps = Location;

/** One line of the alert: what, how often, where. Recipient findings count addresses, not places. */
export interface ItemProps {
  what: string;
  count: number;
  where: string;
  part: WhereProps['part'];
}

export interface FoundProps {
  /** Already worded items ("BSN (2×) in de tekst"). */
  items: string[];
  /** Items left out for length. */
  more: number;
}

export interface MoreProps {
  count: number;
}

export interface ErrorProps {
  /** The check timed out rather than failed. */
  timedOut: boolean;
}

export interface AlertStrings {
  where(props: WhereProps): string;
  item(props: ItemProps): string;
  /** Opening sentence, listing what was found. */
  found(props: FoundProps): string;
  /** "and 3 more", for lists that were cut short. */
  more(props: MoreProps): string;
  /**
   * The user may send anyway from the dialog (warn findings, prompt user). Names only what the task
   * pane really offers: a secure way to send (always, see the pane) or a change, and Outlook's own button.
   */
  nextStepWarn: string;
  /** Something must be changed in the task pane (block findings: no send anyway, no secure send). */
  nextStepFix: string;
  /** Older Outlook: no button in the dialog, so point at the ribbon button (the manifest's label). */
  nextStepRibbon: string;
  /** The check itself failed and the policy says stop. */
  checkFailed(props: ErrorProps): string;
  /** The dialog's button that opens the task pane (20 characters at most). */
  cancelLabel: string;
  /** Markdown heading line of the alert (Mailbox 1.15). */
  heading: string;
}

/** The same in both languages: the count before the name, or after it for recipients (addresses, not places). */
const itemLine = ({ what, count, where, part }: ItemProps): string =>
  part === 'recipients' ? what + (count > 1 ? ' (' + count + ')' : '') : (count > 1 ? count + '× ' : '') + what + ' ' + where;

const nl: AlertStrings = {
  where: (props) => whereWords(props, 'nl'),
  item: itemLine,
  found: ({ items, more }) => 'Dit bericht bevat mogelijk persoonsgegevens: ' + items.join('; ') + (more > 0 ? '; ' + nl.more({ count: more }) : '') + '.',
  more: ({ count }) => 'en nog ' + count + ' andere',
  nextStepWarn: 'Kies Bekijk en los op om het beveiligd te versturen of aan te passen, of kies Toch verzenden als dit zo hoort.',
  nextStepFix: 'Kies Bekijk en los op om te zien wat er gevonden is en wat je kunt aanpassen.',
  nextStepRibbon: 'Kies Bericht controleren in het lint (Send Guard) om te zien wat er gevonden is en wat je kunt doen.',
  checkFailed: ({ timedOut }) =>
    (timedOut ? 'Send Guard kon dit bericht niet op tijd controleren.' : 'Send Guard kon dit bericht niet controleren.') +
    ' Je concept blijft bewaard. Probeer het opnieuw te versturen; lukt het niet, neem dan contact op met je beheerder.',
  cancelLabel: 'Bekijk en los op',
  heading: '**Send Guard heeft dit bericht tegengehouden**',
};

const en: AlertStrings = {
  where: (props) => whereWords(props, 'en'),
  item: itemLine,
  found: ({ items, more }) => 'This message may contain personal data: ' + items.join('; ') + (more > 0 ? '; ' + en.more({ count: more }) : '') + '.',
  more: ({ count }) => 'and ' + count + ' more',
  nextStepWarn: 'Choose Review and fix to send it securely or change it, or choose Send Anyway if this is intended.',
  nextStepFix: 'Choose Review and fix to see what was found and what you can change.',
  nextStepRibbon: 'Choose Check message on the ribbon (Send Guard) to see what was found and what you can do.',
  checkFailed: ({ timedOut }) =>
    (timedOut ? 'Send Guard could not check this message in time.' : 'Send Guard could not check this message.') +
    ' Your draft is kept. Try sending it again; if that fails, contact your administrator.',
  cancelLabel: 'Review and fix',
  heading: '**Send Guard stopped this message**',
};

export const ALERT_STRINGS: Record<Language, AlertStrings> = { nl, en };
