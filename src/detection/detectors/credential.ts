/**
 * Credentials handed to someone: a password/PIN label followed by a value ("wachtwoord: Zomer2024!").
 * Reset notices and password policies name the word but give no value, so they are not reported.
 */
import type { Confidence } from '../../model/finding';
import type { Detector, FindOptions, Hit } from '../detector';
import type { PreparedText } from '../text/prepared';
import { lower, NEAR } from '../confidence';

const ID = 'credential' as const;

/** Labels that only count with a colon or equals sign right after them (too short to trust otherwise). */
const COLON_ONLY = ['ww', 'pw', 'pwd', 'pin', 'passwd'];
const PIN_LABELS = ['pin', 'pincode', 'pin-code', 'pin code', 'toegangscode', 'inlogcode', 'passcode'];

/** Column headers that make every cell below them a secret. */
const HEADER_LABELS = ['wachtwoord', 'password', 'pincode', 'pin', 'toegangscode', 'inlogcode', 'passcode', 'ww'];

/** What the secret is for, between the label and its colon. */
const OF_WHAT = /^(?:van|voor|bij|of|for|to)[ \t][^\n:=]{1,30}[:=]/i;
/** The same in a sentence: "de pincode van de nieuwe pas is 4821". */
const OF_WHAT_IS = /^(?:van|voor|bij|of|for)[ \t][^\n:=]{1,30}?[ \t](?:is|luidt)[ \t]/i;

/** Does the value look like a secret rather than a word of a sentence? */
export function looksLikeSecret(value: string, pin: boolean): boolean {
  if (value.length < 4 || value.length > 64) return false;
  if (/:$/.test(value)) return false; // the next label ("wachtwoord: gebruikersnaam:"), not a value
  if (/^https?:/i.test(value) || /^www\./i.test(value) || /@.+\./.test(value)) return false;
  if (/^[*•x.\-_#?]+$/i.test(value) || /^[<[{(].*[>\]})]$/.test(value)) return false; // masked or a placeholder
  if (/^[0-9]+$/.test(value)) return pin ? value.length <= 8 : true;
  if (/^[A-Za-zÀ-ÿ]+$/.test(value)) {
    // Plain words ("minimaal", "Must", "gewijzigd") are prose; a password of letters mixes case inside.
    return value.length >= 6 && /[A-ZÀ-Þ]/.test(value.slice(1));
  }
  return true;
}

function find(text: PreparedText, options: FindOptions): Hit[] {
  const t = text.text;
  const hits: Hit[] = [];
  let lastEnd = -1;
  for (const h of text.hits(ID, 'term')) {
    if (hits.length >= options.limit) break;
    if (h.start < lastEnd) continue;
    let i = h.end;
    const skipBlanks = () => {
      while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 0xa0)) i++;
    };
    const tab = t.charCodeAt(i) === 9;
    skipBlanks();
    let form: 'colon' | 'is' | 'cell' | null = null;
    const c = t.charAt(i);
    const named = OF_WHAT.exec(t.substr(i, 48));
    const namedIs = named ? null : OF_WHAT_IS.exec(t.substr(i, 48));
    if (c === ':' || c === '=') {
      form = 'colon';
      i++;
    } else if (named) {
      // "pincode van de kluis: 4821", "wachtwoord voor de wifi: ..."
      form = 'colon';
      i += named[0].length;
    } else if (namedIs) {
      form = 'is';
      i += namedIs[0].length;
    } else if (/^(?:is|was|luidt)(?![A-Za-z])/i.test(t.substr(i, 6))) {
      form = 'is';
      while (i < t.length && /[A-Za-z]/.test(t.charAt(i))) i++;
      skipBlanks();
      if (t.charAt(i) === ':') i++;
    } else if (tab) {
      form = 'cell';
      while (t.charCodeAt(i) === 9) i++;
    }
    if (!form || (form !== 'colon' && COLON_ONLY.indexOf(h.word) >= 0)) continue;
    while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9 || t.charCodeAt(i) === 0xa0)) i++;
    // "Wachtwoord:" with the value on the next line.
    if (form === 'colon' && (t.charAt(i) === '\n' || t.charAt(i) === '\r')) {
      i += t.substr(i, 2) === '\r\n' ? 2 : 1;
      while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9 || t.charCodeAt(i) === 0xa0)) i++;
    }
    if (t.charAt(i) === '"' || t.charAt(i) === "'" || t.charAt(i) === '“') i++;
    const valueStart = i;
    while (i < t.length && i - valueStart < 80 && !/\s/.test(t.charAt(i))) i++;
    let value = t.slice(valueStart, i);
    // Sentence punctuation after the value is not part of it.
    value = value.replace(/["'”)]+$/, '').replace(/[.,;]$/, '');
    if (!looksLikeSecret(value, PIN_LABELS.indexOf(h.word) >= 0)) continue;
    let confidence: Confidence | null = form === 'is' ? 'medium' : 'high';
    // "wachtwoord vergeten / wijzigen / beleid" nearby: a notice or a policy example, not a handover.
    if (text.nearby(ID, h.start, valueStart + value.length, NEAR).negative <= NEAR) confidence = lower(confidence);
    if (!confidence) continue;
    lastEnd = valueStart + value.length;
    hits.push({ start: h.start, end: lastEnd, confidence, evidence: { kind: 'secret', label: h.word } });
  }
  // A table with a "Wachtwoord" / "Password" column: every secret-like cell below it.
  // Its header names it, and each header label is one of our words: only tables with a word hit in
  // their header row are read (tables and hits both come in text order).
  const labels = text.hits(ID, 'term');
  let next = 0;
  for (const table of labels.length > 0 ? text.tables() : []) {
    while (next < labels.length && labels[next].start < table.start) next++;
    if (next === labels.length) break;
    if (labels[next].start >= text.rowStart(table, 0)) continue;
    const header = text.headerCells(table.start);
    for (let column = 0; column < header.length; column++) {
      const label = header[column];
      if (!text.headerSays(label, HEADER_LABELS)) continue;
      for (let r = 0; r < table.rowCount && hits.length < options.limit; r++) {
        const cell = text.cell(table, r, column);
        if (!cell || !looksLikeSecret(t.slice(cell.start, cell.end), /pin|code/.test(label))) continue;
        hits.push({ start: cell.start, end: cell.end, confidence: 'high', evidence: { kind: 'secret', label } });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const credential: Detector = {
  id: ID,
  gate: 'terms',
  texts: {
    nl: {
      name: 'Wachtwoord of pincode',
      summary: ({ count }) => (count === 1 ? '1 wachtwoord of pincode gevonden' : count + ' wachtwoorden of pincodes gevonden'),
      why: 'Wie dit bericht leest, kan met dit wachtwoord inloggen. Deel wachtwoorden via een ander kanaal (sms, telefoon) of een wachtwoordkluis.',
    },
    en: {
      name: 'Password or PIN',
      summary: ({ count }) => (count === 1 ? '1 password or PIN found' : count + ' passwords or PINs found'),
      why: 'Anyone who reads this message can log in with it. Share passwords through another channel (text message, phone) or a password manager.',
    },
  },
  words: {
    terms: [
      'wachtwoord', 'tijdelijk wachtwoord', 'tijdelijke wachtwoord', 'nieuw wachtwoord', 'nieuwe wachtwoord', 'ww', 'password',
      'temporary password', 'new password', 'passwd', 'pwd', 'pw', 'pin', 'pincode', 'pin-code', 'pin code', 'toegangscode',
      'inlogcode', 'passcode', 'wifi-wachtwoord', 'wifi wachtwoord',
    ],
    context: ['gebruikersnaam', 'username', 'inlognaam', 'login', 'inloggen', 'account'],
    negative: [
      'vergeten', 'reset', 'resetten', 'herstellen', 'wijzigen', 'gewijzigd', 'veranderen', 'verlopen', 'vereisten', 'eisen', 'beleid',
      'policy', 'requirements', 'forgot', 'expired', 'minimaal', 'minimum', 'tekens', 'characters', 'voorbeeld', 'example',
    ],
  },
  find,
  examples: [
    { text: 'Gebruikersnaam: jdevries\nWachtwoord: Zomer2024!', hits: [{ confidence: 'high', evidence: 'wachtwoord: ********' }] },
    { text: 'ww: Kx7#pq92', hits: [{ confidence: 'high', evidence: 'ww: ********' }] },
    { text: 'Je tijdelijke wachtwoord is Welkom123, wijzig het na de eerste keer inloggen.', hits: [{ confidence: 'medium', evidence: 'tijdelijke wachtwoord: ********' }], why: 'the "is" form is a little less certain than a label with a colon' },
    { text: 'De pincode van de kluis: 4821', hits: [{ confidence: 'high', evidence: 'pincode: ********' }] },
    {
      text: 'Gebruikersnaam\tWachtwoord\njdevries\tZomer2024!\npjansen\tHerfst#77',
      hits: [{ confidence: 'high', evidence: 'wachtwoord: ********' }, { confidence: 'high' }],
      why: 'a password column in a table',
    },
    { text: 'Wachtwoord vergeten? Klik op de link om uw wachtwoord te resetten.', hits: [], why: 'a reset notice' },
    { text: 'Wachtwoord: minimaal 12 tekens, waarvan een cijfer.', hits: [], why: 'a password policy' },
    { text: 'Password: Must contain 8 characters', hits: [], why: 'a password policy' },
    { text: 'Uw wachtwoord is gewijzigd.', hits: [], why: 'a change notice' },
    { text: 'Het wachtwoord sturen we per sms.', hits: [], why: 'no value given' },
    { text: 'Wachtwoord: ********', hits: [], why: 'already masked' },
  ],
};
