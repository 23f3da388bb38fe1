/**
 * Encrypts one attachment, locally, in a form the recipient opens with a password and an
 * ordinary reader: a PDF stays a PDF (AES-256), an Office Open XML file stays an Office file
 * (agile encryption), anything else goes into an AES-256 zip. Used by the task pane and the CLI;
 * never by the on-send handler (it is not in the handler bundle).
 */
import { extractAttachment } from '../extract';
import { isZip, readZipDirectory } from '../extract/container/zip';
import { defaultPolicy } from '../policy/defaults';
import { EncryptError } from './errors';
import { encryptOfficePackage } from './office';
import { encryptPdf } from './pdf';
import { encryptZip } from './zip';

export { EncryptError, type EncryptProblem } from './errors';
export { generatePassword, MIN_GENERATED_LENGTH } from './password';

import type { EncryptionMethod } from '../strings/encrypt';

export type { EncryptionMethod };

export interface EncryptedAttachment {
  /** The name the encrypted copy goes by: the same name, or the name with `.zip` for a zip. */
  name: string;
  bytes: Uint8Array;
  method: EncryptionMethod;
}

/** How long the check for encrypted or damaged files may take. */
const CHECK_MS = 10000;

function startsWithPdf(bytes: Uint8Array): boolean {
  for (let i = 0; i + 5 <= Math.min(bytes.length, 1024); i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

/** An Office Open XML package: a zip with [Content_Types].xml and a Word, Excel or PowerPoint part. */
function isOfficePackage(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  const names = readZipDirectory(bytes, 100000, '').entries.map((e) => e.name.toLowerCase());
  return names.indexOf('[content_types].xml') >= 0 && names.some((n) => /^(word|xl|ppt)\//.test(n));
}

/** The method for a file, from its content (a name that lies does not change the method). */
export function encryptionMethodFor(bytes: Uint8Array): EncryptionMethod {
  if (startsWithPdf(bytes)) return 'pdf-aes256';
  if (isOfficePackage(bytes)) return 'office-agile';
  return 'zip-aes256';
}

/** The encrypted copy's name: unchanged for PDF and Office, `name.zip` (extension replaced) for a zip. */
export function encryptedName(name: string, method: EncryptionMethod): string {
  if (method !== 'zip-aes256') return name;
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name) + '.zip';
}

/**
 * Refuses what is already encrypted or is damaged, with the extractors' own judgement: encrypting a
 * file we cannot read would hide a problem, and encrypting it twice helps nobody.
 */
function refuseUnfit(name: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new EncryptError('empty');
  const limits = { ...defaultPolicy().limits, attachmentBytes: Infinity, totalBytes: Infinity };
  // A look, not a full read: what it cannot finish in time is not held against the file.
  const { problems } = extractAttachment(name, bytes, { limits, deadline: Date.now() + CHECK_MS, now: () => Date.now() });
  const own = problems.filter((p) => p.path === '');
  if (own.some((p) => p.detector === 'encrypted-attachment')) throw new EncryptError('already-encrypted');
  // A file read only in part (a zip completed from its local headers, a damaged header) is damaged too.
  if (own.some((p) => p.reason === 'corrupt' || p.reason === 'partly-read' || p.reason.indexOf('damaged-') === 0)) throw new EncryptError('damaged');
}

export interface EncryptOptions {
  /** The policy's minimum password length; a shorter password is refused. */
  minimumPasswordLength?: number;
}

/**
 * Encrypts one attachment for `password`. Throws EncryptError (already-encrypted, damaged, empty,
 * password-too-short) for what it will not encrypt; the file's content decides the method.
 */
export async function encryptAttachment(name: string, bytes: Uint8Array, password: string, options: EncryptOptions = {}): Promise<EncryptedAttachment> {
  if (password.length < Math.max(1, options.minimumPasswordLength || 0)) throw new EncryptError('password-too-short');
  const method = encryptionMethodFor(bytes);
  // The PDF writer reads the file itself and refuses what it cannot rewrite faithfully.
  if (method !== 'pdf-aes256' || bytes.length === 0) refuseUnfit(name, bytes);
  const encrypted =
    method === 'pdf-aes256'
      ? await encryptPdf(bytes, password)
      : method === 'office-agile'
        ? await encryptOfficePackage(bytes, password)
        : await encryptZip(baseName(name), bytes, password);
  return { name: encryptedName(name, method), bytes: encrypted, method };
}

/** The file name without folders (a CLI path or an attachment name). */
function baseName(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] || 'attachment';
}
