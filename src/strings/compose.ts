/**
 * The notification bar shown while the user writes (Dutch and English). Short: Office allows 150
 * characters. It names what was found and where, never a value; the task pane has the details.
 */
import type { Language } from '../model/finding';

export interface BarProps {
  /** Already worded items ("BSN in bijlage lijst.csv", "Externe ontvangers"). */
  items: string[];
  /** Items left out for length. */
  more: number;
}

export interface ComposeStrings {
  bar(props: BarProps): string;
  /** The insight message's button: opens the task pane. */
  action: string;
}

const list = (items: string[], more: number, and: string): string => items.join('; ') + (more > 0 ? '; ' + and.replace('#', String(more)) : '');

const nl: ComposeStrings = {
  bar: ({ items, more }) => 'Send Guard: ' + list(items, more, 'en nog # andere') + '. Bekijk dit voor je verstuurt.',
  action: 'Bekijk en los op',
};

const en: ComposeStrings = {
  bar: ({ items, more }) => 'Send Guard: ' + list(items, more, 'and # more') + '. Review this before you send.',
  action: 'Review and fix',
};

export const COMPOSE_STRINGS: Record<Language, ComposeStrings> = { nl, en };
