/**
 * "Mask in the message" on Office.js (through src/outlook/): reads the subject and body, masks
 * them (src/masking), and keeps the original in the item's session data until the send so the
 * user can put it back. Session data is never saved with the message, and Send Guard's other
 * memory (the decision, the pre-scan) shares its 50,000 characters, so a long original is not kept.
 */
import { sha256Hex } from '../crypto/sha256';
import { maskHtml, maskText } from '../masking';
import type { Policy } from '../policy/types';
import { type CallOptions, getBody, getBodyType, getSubject, hasSessionData, readSessionValue, removeSessionValue, setBody, setSubject, writeSessionValue } from '../outlook';
import { type MaskOutcome, NoUndoError, type UndoMaskOutcome } from './host';

const KEY = 'sendGuard.maskedOriginal';
/** At most this many characters for the kept original: half of Outlook's 50,000, the rest stays for the decision memory. */
export const MAX_KEPT_CHARS = 25000;
const NOT_YET = '0000000000000000000000000000000000000000000000000000000000000000';

interface Kept {
  subject: string;
  body: string;
  type: 'html' | 'text';
  /** Fingerprint of the subject and body right after masking: undo only puts back over exactly that. */
  after: string;
}

const fingerprint = (subject: string, body: string) => sha256Hex(subject + '\u0000' + body);

async function readKept(call: CallOptions): Promise<Kept | undefined> {
  if (!hasSessionData()) return undefined;
  const raw = await readSessionValue(KEY, call);
  if (!raw) return undefined;
  try {
    const kept = JSON.parse(raw) as Kept;
    return typeof kept.body === 'string' && typeof kept.subject === 'string' ? kept : undefined;
  } catch {
    return undefined;
  }
}

export async function maskInMessage(policy: Policy, withoutUndo: boolean, call: CallOptions): Promise<MaskOutcome> {
  const [subject, type] = await Promise.all([getSubject(call), getBodyType(call)]);
  const body = await getBody(type, call);
  const newSubject = maskText(subject, policy);
  const newBody = type === 'html' ? (({ html, changes }) => ({ text: html, changes }))(maskHtml(body, policy)) : maskText(body, policy);
  const changes = newSubject.changes.concat(newBody.changes);
  if (changes.length === 0) return { changes, undoKept: false };

  // Masked a second time: the first original is the one to put back, if nothing changed in between.
  const earlier = await readKept(call).catch(() => undefined);
  const original: Kept = earlier && earlier.after === fingerprint(subject, body) ? earlier : { subject, body, type, after: NOT_YET };
  let undoKept = false;
  const json = JSON.stringify({ ...original, after: NOT_YET });
  if (hasSessionData() && json.length <= MAX_KEPT_CHARS) {
    try {
      await writeSessionValue(KEY, json, call);
      undoKept = true;
    } catch {
      undoKept = false; // Full (SessionObjectMaxLengthExceeded): the user decides below.
    }
  }
  if (!undoKept && !withoutUndo) throw new NoUndoError();
  if (!undoKept && earlier) await removeSessionValue(KEY, call).catch(() => undefined);

  try {
    if (newSubject.changes.length > 0) await setSubject(newSubject.text, call);
    if (newBody.changes.length > 0) await setBody(newBody.text, type, call);
  } catch (e) {
    if (undoKept && !earlier) await removeSessionValue(KEY, call).catch(() => undefined);
    throw e;
  }
  if (undoKept) {
    // Outlook may rewrite the HTML it was given: the fingerprint is of what it now holds.
    const [subjectNow, bodyNow] = await Promise.all([getSubject(call), getBody(type, call)]);
    await writeSessionValue(KEY, JSON.stringify({ ...original, after: fingerprint(subjectNow, bodyNow) }), call);
  }
  return { changes, undoKept };
}

export async function undoMask(call: CallOptions): Promise<UndoMaskOutcome> {
  const kept = await readKept(call);
  if (!kept) return 'nothing-kept';
  const [subject, body] = await Promise.all([getSubject(call), getBody(kept.type, call)]);
  if (fingerprint(subject, body) !== kept.after) return 'changed-since';
  await setBody(kept.body, kept.type, call);
  await setSubject(kept.subject, call);
  await removeSessionValue(KEY, call);
  return 'restored';
}

export async function hasMaskUndo(call: CallOptions): Promise<boolean> {
  return !!(await readKept(call));
}
