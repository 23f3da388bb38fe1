/**
 * lookalike-domain: a recipient domain that imitates a domain the user trusts (an internal or trusted
 * domain, a personal mail provider, or another recipient's domain in the same message).
 *
 * Domains are compared by their registrable name (`hva` in `student.hva.nl`) after decoding
 * punycode and reducing the name to its visual skeleton. No pair is compared blindly: protected
 * domains are bucketed by name length and prefiltered by character set, and other recipient domains
 * are found through a symmetric-delete index (each skeleton and its one-character deletions), so
 * 5,000 distinct domains cost a few look-ups each, not 5,000 edit distances each.
 */
import type { Confidence, Finding, Language } from '../../model/finding';
import type { RecipientCheck } from '../check';
import { maskedList, type NormalisedRecipient } from '../domains/address';
import { KNOWN_ORGANISATION_DOMAINS, PERSONAL_MAIL_DOMAINS } from '../domains/domain-lists';
import { DomainClassifier, isKnownDomain, splitDomain } from '../domains/domains';
import { damerauLevenshtein, deletionNeighbourhood, describeEdit } from '../domains/edit-distance';
import { domainToUnicode } from '../domains/punycode';
import { hasOtherScript, skeleton, toLatinLookalike } from '../domains/skeleton';

/** How the evidence says why a domain looks like another. */
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

/** known: a real Dutch organisation from our list, protected only against look-alike characters and mistyped endings. */
type DomainKind = 'internal' | 'trusted' | 'provider' | 'known' | 'recipient';
const KIND_RANK: Record<DomainKind, number> = { recipient: 0, known: 1, provider: 2, trusted: 3, internal: 4 };
const CONFIDENCE_ORDER: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** Names shorter than this are only compared for look-alike characters, never for edits: too many short real names sit one edit apart. */
const MIN_EDIT_LENGTH = 4;
/** One of the two names must be at least this long for a one-edit difference to count. */
const MIN_LONGER_LENGTH = 5;
/** A crowd of near-identical recipient domains (generated names) is not searched beyond this many per key. */
const MAX_BUCKET = 32;

/** Top-level domains people type by mistake for the real one (a typo, not another country). */
const TLD_TYPOS: Record<string, string[]> = {
  com: ['co', 'cm', 'om', 'con', 'cpm', 'comm', 'coom', 'cim', 'vom', 'xom', 'ocm', 'clm', 'cmo'],
  nl: ['nll', 'n', 'ml', 'nk', 'ln', 'ni', 'n1', 'bl', 'nnl'],
  net: ['ne', 'nt', 'ner', 'bet', 'nett', 'met', 'nte'],
  org: ['or', 'og', 'ogr', 'orgg', 'rog'],
  be: ['bee', 'b', 'eb', 'bw'],
};

/**
 * Providers whose name is a brand, not a common word: their name under another top-level domain
 * (gmail.nl, ziggo.com) is a mistake. planet.com, delta.com or orange.com are other companies.
 */
const PROVIDER_BRANDS = new Set([
  'gmail', 'googlemail', 'hotmail', 'outlook', 'icloud', 'yahoo', 'ymail', 'ziggo', 'kpnmail', 'kpnplanet', 'xs4all',
  'hetnet', 'upcmail', 'chello', 'zeelandnet', 'caiway', 'quicknet', 'telenet', 'protonmail', 'tutanota', 'windowslive',
  'rocketmail', 'hccnet', 'onsbrabantnet',
]);

interface DomainEntry {
  /** Registrable domain as it arrived (ASCII, may hold xn-- labels). */
  domain: string;
  /** The name label decoded and with accents and other scripts mapped to Latin. */
  latinName: string;
  name: string;
  suffix: string;
  skeleton: string;
  kind: DomainKind;
  known: boolean;
  /** Written with non-ASCII letters (xn-- or raw Unicode). */
  international: boolean;
  usedOtherScript: boolean;
  addresses: string[];
  firstIndex: number;
  /** Index keys, computed once (see keysOf). */
  keys: string[] | null;
  /** Which characters occur in the skeleton, one bit each: a cheap multiset prefilter before the edit distance. */
  letters: number;
  /** The suspect that last looked at this entry: a cheap "seen" mark instead of a set per suspect. */
  visitedBy: number;
}

type Reason =
  | { type: 'homograph' }
  | { type: 'visual'; detail: string }
  | { type: 'edit'; kind: string; detail: string }
  | { type: 'other-tld'; typo: boolean };

interface Verdict {
  target: DomainEntry;
  confidence: Confidence;
  reason: Reason;
}

function makeEntry(domain: string, kind: DomainKind, firstIndex: number, parts = splitDomain(domain)): DomainEntry {
  // Most domains are plain ASCII: decode and map scripts only when there is something to decode.
  const ascii = !/[^ -~]/.test(parts.registrable);
  const plain = ascii && parts.registrable.indexOf('xn--') < 0;
  const unicodeName = plain ? parts.name : splitDomain(domainToUnicode(parts.registrable)).name;
  const shape = skeleton(unicodeName);
  return {
    domain: parts.registrable,
    latinName: plain ? parts.name : toLatinLookalike(unicodeName),
    name: parts.name,
    suffix: parts.suffix,
    skeleton: shape,
    kind,
    known: isKnownDomain(parts.registrable),
    international: !plain && (unicodeName !== parts.name || !ascii),
    usedOtherScript: !plain && hasOtherScript(unicodeName),
    addresses: [],
    firstIndex,
    keys: null,
    letters: letterMask(shape),
    visitedBy: -1,
  };
}

/** Bits 0-25 for a-z, 26 for digits, 27 for '-', 28 for anything else. */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << 26;
    else if (code === 45) mask |= 1 << 27;
    else mask |= 1 << 28;
  }
  return mask;
}

/** One edit adds, removes or changes at most one character, so at most two bits of the masks differ. */
function masksClose(a: number, b: number): boolean {
  let x = (a ^ b) >>> 0;
  x &= x - 1;
  x &= x - 1;
  return x === 0;
}

function isTldTypo(typed: string, real: string): boolean {
  const typos = TLD_TYPOS[real];
  return !!typos && typos.indexOf(typed) >= 0;
}

/** The changed middle of two strings: `rnicrosoft` / `microsoft` -> `'rn' for 'm'`. */
function differingPart(imitation: string, original: string): string {
  let start = 0;
  while (start < imitation.length && start < original.length && imitation[start] === original[start]) start++;
  let endA = imitation.length;
  let endB = original.length;
  while (endA > start && endB > start && imitation[endA - 1] === original[endB - 1]) {
    endA--;
    endB--;
  }
  return "'" + imitation.slice(start, endA) + "' for '" + original.slice(start, endB) + "'";
}

/**
 * Numbered siblings (school1.nl / school2.nl / school12.nl / groep21.nl) are different organisations,
 * not typos: true when the names differ only in digits. Cheap, no allocation: runs before the edit distance.
 */
function differOnlyInDigits(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (endA === start && endB === start) return false;
  for (let i = start; i < endA; i++) if (!isDigit(a.charCodeAt(i))) return false;
  for (let i = start; i < endB; i++) if (!isDigit(b.charCodeAt(i))) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Is `target` the more established of two recipient domains, so that `suspect` imitates it and not the reverse? */
function moreEstablished(target: DomainEntry, suspect: DomainEntry): boolean {
  if (target.known !== suspect.known) return target.known;
  const targetPlain = !target.international && !/[0-9]/.test(target.name);
  const suspectPlain = !suspect.international && !/[0-9]/.test(suspect.name);
  if (targetPlain !== suspectPlain) return targetPlain;
  if (target.addresses.length !== suspect.addresses.length) return target.addresses.length > suspect.addresses.length;
  return target.firstIndex < suspect.firstIndex;
}

/** The target has several recipients in this message and more than the suspect. */
function outnumbers(target: DomainEntry, suspect: DomainEntry): boolean {
  return target.addresses.length >= 2 && target.addresses.length > suspect.addresses.length;
}

/**
 * Against a well-known organisation the user may never have mailed, only what cannot be innocent:
 * its name spelled with look-alike characters (five letters or more) or in another script, or a
 * mistyped ending. A one-letter difference from a real organisation is too often another real one.
 */
function judgeKnown(suspect: DomainEntry, target: DomainEntry): Verdict | null {
  if (suspect.skeleton !== target.skeleton) return null;
  if (suspect.suffix !== target.suffix) {
    const typo = isTldTypo(suspect.suffix, target.suffix);
    return typo ? { target, confidence: 'medium', reason: { type: 'other-tld', typo } } : null;
  }
  if (suspect.usedOtherScript || suspect.international) return { target, confidence: 'high', reason: { type: 'homograph' } };
  if (target.skeleton.length < MIN_LONGER_LENGTH) return null;
  return { target, confidence: 'medium', reason: { type: 'visual', detail: differingPart(suspect.latinName, target.latinName) } };
}

function judge(suspect: DomainEntry, target: DomainEntry): Verdict | null {
  if (suspect.domain === target.domain) return null;
  if (target.kind === 'known') return judgeKnown(suspect, target);
  const strong = target.kind !== 'recipient';
  if (suspect.skeleton === target.skeleton) {
    if (suspect.suffix === target.suffix) {
      // Two recipient domains that look the same: the plainer, more used one is the original.
      if (!strong && !moreEstablished(target, suspect)) return null;
      if (suspect.usedOtherScript || suspect.international) return { target, confidence: 'high', reason: { type: 'homograph' } };
      return { target, confidence: strong ? 'high' : 'medium', reason: { type: 'visual', detail: differingPart(suspect.latinName, target.latinName) } };
    }
    // The same name under another top-level domain: a typo of the suffix, or another organisation with a common name.
    const typo = isTldTypo(suspect.suffix, target.suffix);
    const distinctive = target.name.length >= 5 || target.name.indexOf('-') >= 0;
    let confidence: Confidence | null = null;
    if (target.kind === 'provider') {
      if (PROVIDER_BRANDS.has(target.name)) confidence = typo ? 'high' : 'medium';
      else if (typo) confidence = 'medium';
    } else if (strong) {
      confidence = typo ? 'high' : distinctive ? 'medium' : 'low';
    } else if (typo) {
      confidence = 'medium';
    } else if (outnumbers(target, suspect) && (target.name.length >= 8 || (target.name.indexOf('-') >= 0 && target.name.length >= 6))) {
      confidence = 'low';
    }
    return confidence ? { target, confidence, reason: { type: 'other-tld', typo } } : null;
  }
  if (suspect.suffix !== target.suffix) return null;
  if (!strong && !outnumbers(target, suspect)) return null;
  if (Math.max(suspect.skeleton.length, target.skeleton.length) < MIN_LONGER_LENGTH) return null;
  if (differOnlyInDigits(suspect.latinName, target.latinName)) return null;
  if (damerauLevenshtein(suspect.skeleton, target.skeleton, 1) !== 1) return null;
  const edit = describeEdit(suspect.latinName, target.latinName);
  // One edit apart only after look-alike characters collapse (grnial/gmail): still an edit-distance match.
  const reason: Reason = edit ? { type: 'edit', kind: edit.kind, detail: edit.detail } : { type: 'edit', kind: 'look-alike', detail: differingPart(suspect.latinName, target.latinName) };
  let confidence: Confidence;
  // Providers' names are the most mistyped of all; a five-letter organisation name is a little more likely to be someone else.
  if (strong) confidence = target.kind === 'provider' || Math.max(suspect.skeleton.length, target.skeleton.length) >= 6 || suspect.international ? 'high' : 'medium';
  // Between two unknown recipient domains an edit only counts when the message itself shows which is the real one (checked above).
  else confidence = 'medium';
  return { target, confidence, reason };
}

/** How closely a reason ties the two names: looking the same beats one edit apart. */
const REASON_RANK: Record<Reason['type'], number> = { homograph: 3, visual: 2, 'other-tld': 1, edit: 0 };

/** Higher confidence first, then the closer resemblance, then internal over trusted over provider over recipient. */
function betterVerdict(a: Verdict, b: Verdict): boolean {
  if (a.confidence !== b.confidence) return CONFIDENCE_ORDER[a.confidence] > CONFIDENCE_ORDER[b.confidence];
  if (a.reason.type !== b.reason.type) return REASON_RANK[a.reason.type] > REASON_RANK[b.reason.type];
  return KIND_RANK[a.target.kind] > KIND_RANK[b.target.kind];
}

/** The reason in the shape the evidence texts take (LookalikeReason). */
function reasonForEvidence(reason: Reason, suspect: DomainEntry, target: DomainEntry): LookalikeReason {
  switch (reason.type) {
    case 'homograph':
      return { type: 'homograph', domain: suspect.domain };
    case 'visual':
      return { type: 'visual', detail: reason.detail };
    case 'edit':
      if (reason.kind === 'hyphen-missing' || reason.kind === 'hyphen-extra') return { type: reason.kind };
      if (reason.kind === 'swapped' || reason.kind === 'missing' || reason.kind === 'extra' || reason.kind === 'look-alike') return { type: reason.kind, detail: reason.detail };
      return { type: 'other-letter', detail: reason.detail };
    case 'other-tld':
      return { type: 'other-tld', typo: reason.typo, suffix: suspect.suffix, targetSuffix: target.suffix };
  }
}

function addToIndex<K>(index: Map<K, DomainEntry[]>, key: K, entry: DomainEntry, cap: number): void {
  const bucket = index.get(key);
  if (!bucket) index.set(key, [entry]);
  else if (bucket.length < cap && bucket[bucket.length - 1] !== entry) bucket.push(entry);
}

/** Index keys of an entry: its skeleton, plus its one-deletion neighbourhood when it is long enough for edits. */
function keysOf(entry: DomainEntry): string[] {
  if (!entry.keys) entry.keys = entry.skeleton.length >= MIN_EDIT_LENGTH ? deletionNeighbourhood(entry.skeleton) : [entry.skeleton];
  return entry.keys;
}

let listed: Map<string, DomainEntry> | null = null;

/** Entries for the listed organisations and providers: the same for every message, so made once. */
function listedEntries(): Map<string, DomainEntry> {
  if (!listed) {
    listed = new Map<string, DomainEntry>();
    for (const domain of KNOWN_ORGANISATION_DOMAINS) listed.set(domain, makeEntry(domain, 'known', -1));
    for (const domain of PERSONAL_MAIL_DOMAINS) listed.set(domain, makeEntry(domain, 'provider', -1));
  }
  return listed;
}

/** Marks entries seen by one suspect; never reused, because listed entries live across messages. */
let visitCounter = 0;

/**
 * One finding per recipient domain that imitates a trusted one. `resembles` names the imitated
 * domain; `recipients` the addresses at the look-alike.
 */
export function findLookalikeDomains(recipients: NormalisedRecipient[], classifier: DomainClassifier, lang: Language = 'en'): Finding[] {
  // Only external recipients can be suspects: a message to colleagues needs none of the entries below
  // (the first Send in a fresh runtime would otherwise build all of the listed ones for nothing).
  if (!recipients.some((recipient) => classifier.isExternal(recipient.domain))) return [];
  // Protected domains: listed organisations and providers (built once), then the policy's trusted and
  // internal domains (a few hundred in all, bucketed by length) ...
  const strongEntries = new Map<string, DomainEntry>(listedEntries());
  const addStrong = (domain: string, kind: DomainKind) => {
    const entry = makeEntry(domain, kind, -1);
    const existing = strongEntries.get(entry.domain);
    if (!existing || KIND_RANK[kind] > KIND_RANK[existing.kind]) strongEntries.set(entry.domain, entry);
  };
  for (const domain of classifier.trustedDomains) addStrong(domain, 'trusted');
  for (const domain of classifier.internalDomains) addStrong(domain, 'internal');

  // ... and every external recipient domain of this message.
  const recipientEntries = new Map<string, DomainEntry>();
  for (const recipient of recipients) {
    if (!classifier.isExternal(recipient.domain)) continue;
    const parts = splitDomain(recipient.domain);
    // Recipients at a protected domain are not suspects; at a listed organisation they still are
    // the "real one" for the other recipient domains of this message.
    const protectedEntry = strongEntries.get(parts.registrable);
    if (protectedEntry && protectedEntry.kind !== 'known') continue;
    let entry = recipientEntries.get(parts.registrable);
    if (!entry) {
      entry = makeEntry(recipient.domain, 'recipient', recipient.index, parts);
      recipientEntries.set(parts.registrable, entry);
    }
    entry.addresses.push(recipient.address);
  }
  if (recipientEntries.size === 0) return [];

  // Protected domains are indexed by skeleton and its deletions. Recipient domains are indexed by
  // skeleton (look-alike characters, other endings), and by deletions only when they have several
  // recipients: a one-edit difference between two recipient domains only counts when one outnumbers
  // the other, so single-recipient crowds (5,000 generated names) stay out of the index.
  // Protected domains are few (a hundred or so): bucketed by skeleton length and compared after the
  // character-set prefilter, no strings built per suspect.
  const strongByLength = new Map<number, DomainEntry[]>();
  strongEntries.forEach((entry) => addToIndex(strongByLength, entry.skeleton.length, entry, Infinity));
  const recipientSkeletons = new Map<string, DomainEntry[]>();
  const recipientIndex = new Map<string, DomainEntry[]>();
  const recipientLengths = new Set<number>();
  recipientEntries.forEach((entry) => {
    addToIndex(recipientSkeletons, entry.skeleton, entry, MAX_BUCKET);
    if (entry.addresses.length >= 2) {
      for (const key of keysOf(entry)) addToIndex(recipientIndex, key, entry, MAX_BUCKET);
      recipientLengths.add(entry.skeleton.length);
    }
  });

  const findings: Finding[] = [];
  recipientEntries.forEach((suspect) => {
    if (suspect.known) return;
    const visit = ++visitCounter;
    let best: Verdict | null = null;
    const considerOne = (target: DomainEntry) => {
      if (target === suspect || target.visitedBy === visit) return;
      target.visitedBy = visit;
      const verdict = judge(suspect, target);
      if (!verdict) return;
      if (!best || betterVerdict(verdict, best)) best = verdict;
    };
    const consider = (bucket: DomainEntry[] | undefined) => {
      if (bucket) for (const target of bucket) considerOne(target);
    };
    // Length prefilter: one edit changes the length by at most one, so only look up deletions when
    // some indexed name has a length within one of the suspect's.
    const length = suspect.skeleton.length;
    for (let l = length - 1; l <= length + 1; l++) {
      const bucket = strongByLength.get(l);
      if (!bucket) continue;
      for (const target of bucket) if (masksClose(suspect.letters, target.letters)) considerOne(target);
    }
    consider(recipientSkeletons.get(suspect.skeleton));
    if (recipientLengths.has(length) || recipientLengths.has(length - 1) || recipientLengths.has(length + 1)) {
      for (const key of keysOf(suspect)) consider(recipientIndex.get(key));
    }
    if (!best) return;
    const verdict: Verdict = best;
    const target = verdict.target;
    findings.push({
      detector: 'lookalike-domain',
      confidence: verdict.confidence,
      severity: 'warn',
      location: { part: 'recipients' },
      evidence: lookalikeDomain.evidence[lang]({
        domain: suspect.domain,
        target: target.domain,
        reason: reasonForEvidence(verdict.reason, suspect, target),
        addresses: maskedList(suspect.addresses),
      }),
      count: suspect.addresses.length,
      recipients: suspect.addresses.slice(),
      resembles: target.domain,
    });
  });
  findings.sort((a, b) => CONFIDENCE_ORDER[b.confidence] - CONFIDENCE_ORDER[a.confidence]);
  return findings;
}

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

export const lookalikeDomain: RecipientCheck<LookalikeProps> = {
  id: 'lookalike-domain',
  texts: {
    nl: { name: 'Verdacht domein' },
    en: { name: 'Look-alike domain' },
  },
  evidence: {
    nl: (p) => p.domain + ' lijkt op ' + p.target + ': ' + nlReason(p.reason) + '; ' + p.addresses,
    en: (p) => p.domain + ' looks like ' + p.target + ': ' + enReason(p.reason) + '; ' + p.addresses,
  },
  check: (context) => findLookalikeDomains(context.recipients, context.classifier, context.lang),
};
