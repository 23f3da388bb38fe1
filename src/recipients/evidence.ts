/**
 * The evidence lines of recipient findings, in the user's language. One props type per message,
 * shared by nl and en. Addresses arrive masked.
 */
import type { Language } from '../model/finding';

export interface ExternalProps {
  count: number;
  addresses: string;
  content: string;
  firstTime?: { domains: string[]; more: number };
}
export interface VisibleProps {
  count: number;
  domains: number;
  personal: number;
  personalDomains: string;
  addresses: string;
}
export interface UnsubscribeProps {
  count: number;
  signals: string;
}
export type LookalikeReason =
  | { type: 'homograph'; domain: string }
  | { type: 'visual' | 'swapped' | 'missing' | 'extra' | 'look-alike' | 'other-letter'; detail: string }
  | { type: 'hyphen-missing' | 'hyphen-extra' }
  | { type: 'other-tld'; typo: boolean; suffix: string; targetSuffix: string };
export interface LookalikeProps {
  domain: string;
  target: string;
  reason: LookalikeReason;
  addresses: string;
}

export interface RecipientEvidence {
  external(p: ExternalProps): string;
  visible(p: VisibleProps): string;
  unsubscribe(p: UnsubscribeProps): string;
  lookalike(p: LookalikeProps): string;
}

const more = (p: ExternalProps, word: string): string =>
  p.firstTime ? p.firstTime.domains.join(', ') + (p.firstTime.more > 0 ? ' +' + p.firstTime.more + ' ' + word : '') : '';

export const RECIPIENT_EVIDENCE: Record<Language, RecipientEvidence> = {
  nl: {
    external: (p) =>
      (p.count === 1 ? '1 externe ontvanger: ' : p.count + ' externe ontvangers: ') +
      p.addresses +
      '; inhoud: ' +
      p.content +
      (p.firstTime ? '; eerste gevoelige mail aan ' + more(p, 'meer') : ''),
    visible: (p) =>
      p.count +
      ' externe adressen zichtbaar in Aan/Cc, van ' +
      p.domains +
      (p.domains === 1 ? ' domein' : ' domeinen') +
      (p.personal > 0 ? ', ' + p.personal + ' privé (' + p.personalDomains + ')' : '') +
      ': ' +
      p.addresses,
    unsubscribe: (p) => 'mailing aan ' + p.count + ' externe ontvangers die leest als ' + p.signals + '; geen afmeldlink of -instructie gevonden',
    lookalike: (p) => p.domain + ' lijkt op ' + p.target + ': ' + nlReason(p.reason) + '; ' + p.addresses,
  },
  en: {
    external: (p) =>
      (p.count === 1 ? '1 external recipient: ' : p.count + ' external recipients: ') +
      p.addresses +
      '; content: ' +
      p.content +
      (p.firstTime ? '; first sensitive mail to ' + more(p, 'more') : ''),
    visible: (p) =>
      p.count +
      ' external addresses in To/Cc from ' +
      p.domains +
      (p.domains === 1 ? ' domain' : ' domains') +
      (p.personal > 0 ? ', ' + p.personal + ' personal (' + p.personalDomains + ')' : '') +
      ': ' +
      p.addresses,
    unsubscribe: (p) => 'mailing to ' + p.count + ' external recipients reading as ' + p.signals + '; no unsubscribe link or instruction found',
    lookalike: (p) => p.domain + ' looks like ' + p.target + ': ' + enReason(p.reason) + '; ' + p.addresses,
  },
};

function nlReason(r: LookalikeReason): string {
  switch (r.type) {
    case 'homograph':
      return 'buitenlandse letters die op Latijnse lijken (' + r.domain + ')';
    case 'visual':
    case 'look-alike':
      return 'tekens die op elkaar lijken ' + r.detail;
    case 'swapped':
      return 'letters omgewisseld ' + r.detail;
    case 'missing':
      return 'letter ontbreekt ' + r.detail;
    case 'extra':
      return 'letter te veel ' + r.detail;
    case 'other-letter':
      return 'één letter anders ' + r.detail;
    case 'hyphen-missing':
      return 'koppelteken ontbreekt';
    case 'hyphen-extra':
      return 'koppelteken te veel';
    case 'other-tld':
      return (r.typo ? 'verkeerd getypte extensie ' : 'andere extensie ') + '.' + r.suffix + ' in plaats van .' + r.targetSuffix;
  }
}

function enReason(r: LookalikeReason): string {
  switch (r.type) {
    case 'homograph':
      return 'international letters that look like Latin ones (' + r.domain + ')';
    case 'visual':
    case 'look-alike':
      return 'look-alike characters ' + r.detail;
    case 'swapped':
      return 'letters swapped ' + r.detail;
    case 'missing':
      return 'letter missing ' + r.detail;
    case 'extra':
      return 'extra letter ' + r.detail;
    case 'other-letter':
      return 'one letter different ' + r.detail;
    case 'hyphen-missing':
      return 'hyphen missing';
    case 'hyphen-extra':
      return 'extra hyphen';
    case 'other-tld':
      return (r.typo ? 'mistyped ending ' : 'other ending ') + '.' + r.suffix + ' instead of .' + r.targetSuffix;
  }
}
