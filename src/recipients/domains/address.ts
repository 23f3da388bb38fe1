/**
 * Recipient addresses as the host hands them over, made comparable: one clean `local@domain` per
 * person, whatever the host put in the address field (display names, mailto:, group syntax,
 * mixed case, trailing dots).
 */
import type { MessageInput, Recipient } from '../../model/message';

export type RecipientField = 'to' | 'cc' | 'bcc';

export interface NormalisedRecipient {
  /** `local@domain`, local part as given, domain lower-cased without trailing dots. */
  address: string;
  local: string;
  domain: string;
  field: RecipientField;
  /** Position in the message (To, then Cc, then Bcc): a stable order for reports. */
  index: number;
}

/** Characters some keyboards and IMEs put in place of the dot between domain labels. */
const DOT_VARIANTS = /[\u3002\uff0e\uff61]/g;

/**
 * One address string to `{ local, domain }`, or null when it holds no usable address
 * (an Exchange X.500 path, an empty field, a display name only).
 *
 * @example normaliseAddress(' "Jan de Vries" <Jan.de.Vries@Gemeente-Utrecht.NL.> ')
 *   // { local: 'Jan.de.Vries', domain: 'gemeente-utrecht.nl' }
 */
export function normaliseAddress(raw: string): { local: string; domain: string } | null {
  if (typeof raw !== 'string') return null;
  // RFC 5321 caps an address at 254 characters; anything far longer is not one (and stays cheap).
  if (raw.length > 1000) return null;
  let s = raw.trim();
  // `"Name" <a@b>` that slipped into the address field: the address is inside the last <...>.
  const open = s.lastIndexOf('<');
  const close = s.lastIndexOf('>');
  if (open >= 0 && close > open) s = s.slice(open + 1, close).trim();
  s = s.replace(/^(?:mailto|smtp|sip):/i, '').trim();
  s = s.replace(/^['"]+|['",;.\s]+$/g, '');
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return null;
  const local = s.slice(0, at).replace(/^["']+|["']+$/g, '').trim();
  const domain = s
    .slice(at + 1)
    .replace(DOT_VARIANTS, '.')
    .toLowerCase()
    .replace(/^\.+|\.+$/g, '')
    .trim();
  if (!local || !domain || /\s/.test(domain) || domain.indexOf('.') < 0) return null;
  return { local, domain };
}

/**
 * Splits a field that may hold several addresses (`a@b; c@d`, or group syntax `Team: a@b, c@d;`)
 * into single address strings. Separators inside quotes or angle brackets do not split.
 */
export function splitAddressList(raw: string): string[] {
  if (typeof raw !== 'string') return [];
  let s = raw.trim();
  // Group syntax: a label before ':' that holds no address (mailto:/smtp: are handled per address).
  const colon = s.indexOf(':');
  if (colon > 0 && s.slice(0, colon).indexOf('@') < 0 && s.slice(0, colon).indexOf('<') < 0 && !/^(?:mailto|smtp|sip)$/i.test(s.slice(0, colon).trim())) {
    s = s.slice(colon + 1);
  }
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  let inAngle = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === '<' && !inQuotes) inAngle = true;
    else if (c === '>' && !inQuotes) inAngle = false;
    if ((c === ',' || c === ';') && !inQuotes && !inAngle) {
      if (current.trim()) parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current.trim()) parts.push(current);
  return parts;
}

/**
 * Every recipient of the message, normalised and deduplicated (case-insensitively). Someone in both
 * To/Cc and Bcc keeps the visible field: they are visible to the others either way.
 */
export function collectRecipients(message: Pick<MessageInput, 'to' | 'cc' | 'bcc'>): NormalisedRecipient[] {
  const byKey = new Map<string, NormalisedRecipient>();
  const out: NormalisedRecipient[] = [];
  const fields: [RecipientField, Recipient[] | undefined][] = [
    ['to', message.to],
    ['cc', message.cc],
    ['bcc', message.bcc],
  ];
  for (const [field, list] of fields) {
    if (!Array.isArray(list)) continue;
    for (const recipient of list) {
      if (!recipient || typeof recipient.address !== 'string') continue;
      const pieces = recipient.address.indexOf('@') !== recipient.address.lastIndexOf('@') ? splitAddressList(recipient.address) : [recipient.address];
      for (const piece of pieces) {
        const parsed = normaliseAddress(piece);
        if (!parsed) continue;
        const address = parsed.local + '@' + parsed.domain;
        const key = address.toLowerCase();
        if (byKey.has(key)) continue;
        const entry: NormalisedRecipient = { address, local: parsed.local, domain: parsed.domain, field, index: out.length };
        byKey.set(key, entry);
        out.push(entry);
      }
    }
  }
  return out;
}

/** `jan.devries@gmail.com` -> `j***@gmail.com`: enough to recognise, not enough to read. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '***';
  return address.charAt(0) + '***' + address.slice(at);
}

/** Up to `max` masked addresses, then "+N more", for evidence lines. */
export function maskedList(addresses: string[], max = 3): string {
  const shown = addresses.slice(0, max).map(maskAddress).join(', ');
  return addresses.length > max ? shown + ' +' + (addresses.length - max) + ' more' : shown;
}
