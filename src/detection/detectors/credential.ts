/**
 * Credentials handed to someone: a password/PIN label followed by a value ("wachtwoord: Zomer2024!").
 * Reset notices and password policies name the word but give no value, so they are not reported.
 */
import type { Confidence } from '../../model/finding';
import type { Detector, FindOptions, Hit } from '../detector';
import type { PreparedText } from '../text/prepared';
import { lower, NEAR } from '../confidence';
import { TOKEN_AFTER, TOKEN_BEFORE, TOKEN_LABELS, tokenIn } from '../checks/secret-tokens';
import { isSpace } from '../text/words';
import { wordList } from '../word-list';

const ID = 'credential' as const;

/** Labels that only count with a colon or equals sign right after them (too short to trust otherwise). */
const COLON_ONLY = ['ww', 'pw', 'pwd', 'pin', 'passwd'];
/** Codes that open something, given to someone: a PIN, or the code of an alarm, door, key safe, printer, phone or wifi. */
const PIN_LABELS = wordList(
  'pin|pincode|pin-code|pin code|toegangscode|inlogcode|passcode|alarmcode|alarm code|alarm-code|deurcode|door code|' +
  'toegangspas code|kluiscode|sleutelkluis|sleutelkastje|sleutelkluiscode|cijfercode|printercode|printpincode|pukcode|' +
  'puk-code|simpin|wifi-code|wificode|wifi code|access code|entry code|security code alarm|codeslot|hekcode|poortcode|' +
  'garagecode',
);
const TOKEN_LABEL_SET = new Set(TOKEN_LABELS);
/** Words that say a password was changed: with a value given right there ("gewijzigd in: …") it is still a handover. */
const CHANGED = ['gewijzigd', 'wijzigen', 'veranderen', 'changed'];

/**
 * The password label as people mistype it in a hurry: two letters swapped or one left out
 * ("wachtworod", "pasword"). Made from the word, so no table is shipped.
 */
function typos(word: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w !== word && out.indexOf(w) < 0) out.push(w);
  };
  for (let i = 0; i + 1 < word.length; i++) add(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
  for (let i = 1; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1));
  return out;
}
const MISTYPED = typos('wachtwoord').concat(typos('password'));

/** Column headers that make every cell below them a secret. */
const HEADER_LABELS = wordList('wachtwoord|password|pincode|pin|toegangscode|inlogcode|passcode|ww');

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
  if (/^\$\{?[A-Za-z_]/.test(value) || /^%[A-Za-z_]+%$/.test(value) || /^\{\{/.test(value)) return false; // an environment variable or template
  // A keypad code is often written with its enter key: "4821#".
  if (/^[0-9]+[#*]?$/.test(value)) return pin ? value.length <= 9 : /^[0-9]+$/.test(value);
  if (/^[A-Za-zÀ-ÿ]+$/.test(value)) {
    // Plain words ("minimaal", "Must", "gewijzigd") are prose; a password of letters mixes case inside.
    return value.length >= 6 && /[A-ZÀ-Þ]/.test(value.slice(1));
  }
  return true;
}

/**
 * A value nobody writes as a word of a sentence: 8+ characters without spaces that mix at least
 * three of lower case, upper case, digits and symbols ("Gr67dTsy!", "zeilboot-brug-7-appel").
 * Used where the value is not right after a label but later in the same sentence.
 */
export function looksStronglyLikeSecret(value: string): boolean {
  if (value.length < 8 || value.length > 64 || !looksLikeSecret(value, false)) return false;
  // A key combination ("Ctrl+Alt+Del") is what a notice tells you to press, not a secret.
  if (/^(?:ctrl|alt|shift|cmd|win|fn)\+/i.test(value)) return false;
  if (/^[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}$/.test(value) || /\.(?:nl|com|eu|org|net|pdf|docx?|xlsx?|zip)$/i.test(value)) return false;
  const classes = (/[a-z]/.test(value) ? 1 : 0) + (/[A-Z]/.test(value) ? 1 : 0) + (/[0-9]/.test(value) ? 1 : 0) + (/[^A-Za-z0-9]/.test(value) ? 1 : 0);
  return classes >= 3;
}

/** What the sentence walk needs to know about one word (up to the next blank). */
interface SentenceWord {
  end: number;
  /** The word without quotes and sentence punctuation around it. */
  valueStart: number;
  valueEnd: number;
  /** The value looks strongly like a secret; pinCode: like a keypad code. */
  strong: boolean;
  pinCode: boolean;
  /** "is", a colon, or where it was set to: the value comes next. */
  setsValue: boolean;
  endsSentence: boolean;
}

/**
 * The words after the labels of one text, each read once: labels close together ("wachtwoord:
 * wachtwoord: ...") walk the same words, and reading a word again for every label made such a
 * text cost a hundred times its length. Labels come in text order, so the words are kept in text
 * order and a walk finds them with a cursor that only moves on.
 */
export class SentenceWords {
  private readonly starts: number[] = [];
  private readonly words: SentenceWord[] = [];
  private cursor = 0;

  constructor(readonly text: string) {}

  /** A walk starts at from (from never goes back). */
  startAt(from: number): void {
    while (this.cursor > 0 && this.starts[this.cursor - 1] >= from) this.cursor--;
    while (this.cursor < this.starts.length && this.starts[this.cursor] < from) this.cursor++;
    // Words behind this walk are never read again: let them go (a window's few dozen words are kept).
    if (this.cursor >= 4096) {
      this.starts.splice(0, this.cursor);
      this.words.splice(0, this.cursor);
      this.cursor = 0;
    }
  }

  /**
   * The word starting at i, cut at stop; i grows during a walk. A word cut short, or one starting
   * inside a word already kept (just after a label), is read but not kept: at most two per walk.
   */
  at(i: number, stop: number): SentenceWord {
    const starts = this.starts;
    while (this.cursor < starts.length && starts[this.cursor] < i) this.cursor++;
    if (this.cursor < starts.length && starts[this.cursor] === i) {
      const known = this.words[this.cursor];
      if (known.end <= stop) return known;
    }
    const t = this.text;
    let e = i;
    while (e < stop && !isSpace(t.charCodeAt(e))) e++;
    const word = this.read(i, e);
    if ((e < stop || e === t.length) && this.cursor === starts.length) {
      starts.push(i);
      this.words.push(word);
      this.cursor++;
    }
    return word;
  }

  /** Reads the word text[i, end). The length and last-character tests spare most words the regexes. */
  read(i: number, end: number): SentenceWord {
    const word = this.text.slice(i, end);
    const last = word.charCodeAt(word.length - 1);
    const quoted = /^["'“(]/.test(word);
    const value = quoted || /["'”).,;!]$/.test(word) ? word.replace(/["'”)]+$/, '').replace(/[.,;!]$/, '').replace(/^["'“(]/, '') : word;
    const valueStart = quoted ? i + 1 : i;
    return {
      end,
      valueStart,
      valueEnd: valueStart + value.length,
      strong: value.length >= 8 && looksStronglyLikeSecret(value),
      pinCode: value.length >= 4 && value.length <= 9 && /^[0-9]{4,8}[#*]?$/.test(value),
      setsValue: last === 58 || last === 61 || (word.length <= 5 && /^(?:is|luidt|was|wordt|op|naar|in|into|to|:|=)$/i.test(word)),
      endsSentence: (last === 46 || last === 33 || last === 63) && !/^[A-Za-z]{1,4}\.$/.test(word),
    };
  }
}

/**
 * The rest of the sentence after a label, when it gives the value later on: "het wachtwoord van de
 * gedeelde mailbox is gewijzigd in: <value>", "het wachtwoord is tijdelijk <value>", "de code van
 * de sleutelkluis naast de deur is 4821". Returns the value's span, or null.
 */
function valueLaterInSentence(words: SentenceWords, from: number, pin: boolean): { start: number; end: number } | null {
  const t = words.text;
  const stop = Math.min(t.length, from + 140);
  let i = from;
  words.startAt(from);
  // A value that looks strongly like a secret may follow the label itself ("wachtwoord Fiets#Boom42"),
  // as its very next word.
  let said = true;
  let after = 1;
  while (i < stop) {
    const c = t.charCodeAt(i);
    if (c === 10 || c === 13) break;
    // Any blank, not only spaces and tabs: an em space or a form feed here once stopped the walk from moving on.
    if (isSpace(c)) {
      i++;
      continue;
    }
    const word = words.at(i, stop);
    if (said && (pin ? word.pinCode : word.strong)) return { start: word.valueStart, end: word.valueEnd };
    // The value comes right after "is" or a colon, or one word later ("is tijdelijk …", "is nu …").
    // "is", a colon, or where it was set to: "tijdelijk op <value> gezet", "veranderd naar <value>".
    if (word.setsValue) {
      said = true;
      after = 0;
    } else if (said && ++after > 1) said = false;
    if (word.endsSentence) break;
    i = word.end;
  }
  return null;
}

function find(text: PreparedText, options: FindOptions): Hit[] {
  const t = text.text;
  const hits: Hit[] = [];
  let lastEnd = -1;
  // Tokens are looked for once per stretch of text, however many labels stand in it.
  let searchedTo = 0;
  const words = new SentenceWords(t);
  for (const h of text.hits(ID, 'term')) {
    if (hits.length >= options.limit) break;
    if (h.start < lastEnd) continue;
    if (TOKEN_LABEL_SET.has(h.word)) {
      const from = Math.max(searchedTo, lastEnd, h.start - TOKEN_BEFORE);
      const to = Math.min(t.length, h.end + TOKEN_AFTER);
      const token = from < to ? tokenIn(t, from, to) : null;
      searchedTo = Math.max(searchedTo, to - 120);
      if (token) {
        lastEnd = token.end;
        hits.push({ start: token.start, end: token.end, confidence: 'high', evidence: { kind: 'secret', label: token.name } });
        continue;
      }
    }
    let i = h.end;
    const skipBlanks = () => {
      while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 0xa0)) i++;
    };
    const tab = t.charCodeAt(i) === 9;
    skipBlanks();
    let form: 'colon' | 'is' | 'cell' | null = null;
    const c = t.charAt(i);
    // "van ..." / "voor ..." cannot follow where a colon does: most labels are not read further.
    const colon = c === ':' || c === '=';
    const named = colon ? null : OF_WHAT.exec(t.substr(i, 48));
    const namedIs = colon || named ? null : OF_WHAT_IS.exec(t.substr(i, 48));
    if (colon) {
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
    const pin = PIN_LABELS.indexOf(h.word) >= 0;
    // The value later in the same sentence, when it is not right after the label.
    const later = (): boolean => {
      if (COLON_ONLY.indexOf(h.word) >= 0) return false;
      const value = valueLaterInSentence(words, h.end, pin);
      if (!value) return false;
      const near = text.nearby(ID, h.start, value.end, NEAR);
      let confidence: Confidence | null = 'medium';
      if (near.negative <= NEAR && !(near.negativeWord && CHANGED.indexOf(near.negativeWord) >= 0)) confidence = lower(confidence);
      if (!confidence) return false;
      lastEnd = value.end;
      hits.push({ start: h.start, end: value.end, confidence, evidence: { kind: 'secret', label: h.word } });
      return true;
    };
    if (!form) {
      later();
      continue;
    }
    if (form !== 'colon' && COLON_ONLY.indexOf(h.word) >= 0) continue;
    while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9 || t.charCodeAt(i) === 0xa0)) i++;
    // "Wachtwoord:" with the value on the next line.
    if (form === 'colon' && (t.charAt(i) === '\n' || t.charAt(i) === '\r')) {
      i += t.substr(i, 2) === '\r\n' ? 2 : 1;
      while (i < t.length && (t.charCodeAt(i) === 32 || t.charCodeAt(i) === 9 || t.charCodeAt(i) === 0xa0)) i++;
    }
    if (t.charAt(i) === '"' || t.charAt(i) === "'" || t.charAt(i) === '“') i++;
    const valueStart = i;
    while (i < t.length && i - valueStart < 80 && !isSpace(t.charCodeAt(i))) i++;
    let value = t.slice(valueStart, i);
    // Sentence punctuation after the value is not part of it.
    value = value.replace(/["'”)]+$/, '').replace(/[.,;]$/, '');
    if (!looksLikeSecret(value, pin)) {
      later();
      continue;
    }
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
    nl: { name: 'Wachtwoord of pincode' },
    en: { name: 'Password or PIN' },
  },
  words: {
    terms: [
      'wachtwoord', 'tijdelijk wachtwoord', 'tijdelijke wachtwoord', 'nieuw wachtwoord', 'nieuwe wachtwoord', 'ww', 'password',
      'temporary password', 'new password', 'passwd', 'pwd', 'pw', 'pin', 'pincode', 'pin-code', 'pin code', 'toegangscode',
      'inlogcode', 'passcode', 'wifi-wachtwoord', 'wifi wachtwoord',
      ...MISTYPED,
      // Secrets by other names (GitHub secret scanning and gitleaks name these kinds), and their token prefixes.
      ...TOKEN_LABELS, 'pre-shared key', 'preshared key', 'psk', 'shared secret', 'wpa-sleutel', 'wpa key', 'netwerksleutel', 'network key',
      'wifi password', 'wi-fi password', 'kenwoord', 'wachtwoordzin', 'passphrase', 'herstelcode', 'recovery code',
      // Codes that open something.
      ...PIN_LABELS,
    ],
    context: ['gebruikersnaam', 'username', 'inlognaam', 'login', 'inloggen', 'account'],
    negative: wordList(
      'vergeten|reset|resetten|herstellen|wijzigen|gewijzigd|veranderen|verlopen|vereisten|eisen|beleid|policy|' +
      'requirements|forgot|expired|minimaal|minimum|tekens|characters|voorbeeld|example|voorbeelden|bijvoorbeeld|examples|' +
      'zwakke|zwak|weak',
    ),
  },
  find,
};
