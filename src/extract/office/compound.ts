/**
 * Compound files (OLE2): .doc, .xls, .msg and password-protected .docx/.xlsx/.pptx (which Office
 * stores as a compound file holding EncryptionInfo + EncryptedPackage). Picks the format from the
 * streams inside, never from the file name. Never throws: broken input becomes a problem.
 */
import { bytesToLatin1 } from '../../codec/bytes';
import { CompoundFileError, openCompoundFile } from './cfb';
import type { CompoundFile } from './cfb';
import { extractWordText } from './doc';
import { readOlePackage } from '../embedded';
import { htmlToText } from '../text/html';
import { ATTACHMENT_ERRORS, looksLikeMessage, messageFromStorage } from '../mail/msg';
import { reportIfNoText } from '../no-text';
import { extractPresentationText, looksLikePresentation } from './ppt';
import type { ExtractContext, ExtractedText, ExtractResult } from '../types';
import { encrypted, joinPath, onlyProblem, unscannable } from '../guard';
import { extractWorkbook } from './xls';
import type { MessageInput, Recipient } from '../../model/message';

/** `ignoreSignature`: try a file whose first bytes are damaged (its name or header says compound file). */
export function extractCompoundFile(bytes: Uint8Array, ctx: ExtractContext, ignoreSignature = false): ExtractResult {
  const { budget } = ctx;
  if (budget.now() > budget.deadline) return onlyProblem(unscannable(ctx.path, 'time-out'));
  try {
    const file = openCompoundFile(bytes, {
      maxStreamBytes: budget.limits.attachmentBytes,
      deadline: budget.deadline,
      now: budget.now,
      ignoreSignature,
    });
    const result = extractFromFile(file, ctx);
    // Read what the directory still reaches, and say that the rest was lost.
    if (file.lost > 0 && !result.problems.some((p) => p.path === ctx.path && p.reason === 'corrupt')) result.problems.push(unscannable(ctx.path, 'corrupt'));
    return result;
  } catch (error) {
    if (error instanceof CompoundFileError) return onlyProblem(unscannable(ctx.path, error.reason));
    // Anything else thrown by a reader on hostile bytes (a typed array out of range, a bad length).
    return onlyProblem(unscannable(ctx.path, 'corrupt'));
  }
}

function extractFromFile(file: CompoundFile, ctx: ExtractContext): ExtractResult {
  const maxChars = ctx.budget.limits.extractedChars;
  if (file.find('EncryptionInfo') && file.find('EncryptedPackage')) return onlyProblem(encrypted(ctx.path));

  if (file.find('WordDocument')) {
    const result = extractWordText(file, maxChars);
    return fromReader(result, ctx, 'problem' in result ? [] : [{ path: ctx.path, text: result.text }]);
  }

  const workbook = file.find('Workbook') || file.find('Book');
  if (workbook && workbook.kind === 'stream') {
    const result = extractWorkbook(file.read(workbook), maxChars, clockCheck(ctx));
    return fromReader(result, ctx, 'problem' in result ? [] : result.sheets.map((sheet) => ({ path: joinPath(ctx.path, sheet.name), text: sheet.text })));
  }

  if (looksLikePresentation(file)) return extractPresentation(file, ctx);

  if (looksLikeMessage(file)) return extractMessage(messageFromStorage(file, '', 0, maxChars), ctx);

  const embedded = extractOleObject(file, ctx);
  if (embedded) return embedded;

  return onlyProblem(unscannable(ctx.path, 'unknown-format'));
}

/** A .ppt: one text in stream order; a break in its record tree is reported beside what was found. */
function extractPresentation(file: CompoundFile, ctx: ExtractContext): ExtractResult {
  const result = extractPresentationText(file, ctx.budget.limits.extractedChars, clockCheck(ctx));
  const texts: ExtractedText[] = [];
  if (!('problem' in result) && /\S/.test(result.text)) texts.push(result.slideChars > 0 ? { path: ctx.path, text: result.text } : { path: ctx.path, text: result.text, hidden: true });
  return fromReader(result, ctx, texts);
}

function clockCheck(ctx: ExtractContext): () => void {
  return () => {
    if (ctx.budget.now() > ctx.budget.deadline) throw new CompoundFileError('time-out', 'deadline');
  };
}

/** What a .doc/.xls/.ppt reader gave: its texts, with a cut or a damaged part reported beside them. */
function fromReader(result: { problem: string } | { truncated: boolean; damaged?: boolean }, ctx: ExtractContext, texts: ExtractedText[]): ExtractResult {
  if ('problem' in result) {
    return onlyProblem(result.problem === 'encrypted' ? encrypted(ctx.path) : unscannable(ctx.path, result.problem));
  }
  const out: ExtractResult = { texts, problems: [] };
  if (result.truncated) out.problems.push(unscannable(ctx.path, 'too-large'));
  if (result.damaged) out.problems.push(unscannable(ctx.path, 'corrupt'));
  return reportIfNoText(out, ctx.path);
}

/** An attached .msg: its subject, addresses and body as text; its attachments through the dispatcher. */
function extractMessage(message: MessageInput, ctx: ExtractContext): ExtractResult {
  const maxChars = ctx.budget.limits.extractedChars;
  let text = messageText(message);
  const result: ExtractResult = { texts: [], problems: [] };
  if (text.length > maxChars) {
    text = text.slice(0, maxChars);
    result.problems.push(unscannable(ctx.path, 'too-large'));
  }
  result.texts.push({ path: ctx.path, text });
  for (const attachment of message.attachments) {
    if (attachment.kind === 'cloud') continue;
    if (attachment.error || !attachment.bytes) {
      const reason = (attachment.error && ATTACHMENT_ERRORS[attachment.error]) || 'corrupt';
      result.problems.push(unscannable(joinPath(ctx.path, attachment.name), reason));
      continue;
    }
    // An attached message goes on as EML (the form Office.js gives item attachments), under the
    // name the user sees; the dispatcher knows mail by its content.
    const inner = ctx.nested(attachment.name, attachment.bytes);
    result.texts.push(...inner.texts);
    result.problems.push(...inner.problems);
  }
  return result;
}

/**
 * An embedded OLE object (an `oleObject1.bin`, an ODF document's foreign object): a packaged file
 * (Ole10Native), an OOXML package (Package) or another file (CONTENTS), read as a file of its own.
 */
function extractOleObject(file: CompoundFile, ctx: ExtractContext): ExtractResult | null {
  const native = file.find('\u0001Ole10Native');
  if (native && native.kind === 'stream') {
    const packaged = readOlePackage(file.read(native));
    if (!packaged) return onlyProblem(unscannable(ctx.path, 'corrupt'));
    return ctx.nested(packaged.name, packaged.bytes);
  }
  // An OOXML package (Office's "Package" stream) or a PDF (Acrobat's "CONTENTS"), known by their first bytes.
  for (const [name, magic] of [['Package', 'PK'], ['CONTENTS', '%PDF']]) {
    const entry = file.find(name);
    if (!entry || entry.kind !== 'stream') continue;
    const bytes = file.read(entry);
    if (bytesToLatin1(bytes, 0, Math.min(bytes.length, magic.length)) === magic) return ctx.nested(name, bytes);
  }
  return null;
}

function messageText(message: MessageInput): string {
  const lines: string[] = [];
  const list = (recipients: Recipient[]): string => recipients.map((r) => (r.name ? `${r.name} <${r.address}>` : r.address)).join(', ');
  if (message.subject) lines.push(`Subject: ${message.subject}`);
  if (message.from) lines.push(`From: ${list([message.from])}`);
  if (message.to.length > 0) lines.push(`To: ${list(message.to)}`);
  if (message.cc.length > 0) lines.push(`Cc: ${list(message.cc)}`);
  if (message.bcc.length > 0) lines.push(`Bcc: ${list(message.bcc)}`);
  lines.push('');
  const body = message.bodyText !== undefined ? message.bodyText : message.bodyHtml !== undefined ? htmlToText(message.bodyHtml) : '';
  return `${lines.join('\n')}\n${body.replace(/\r\n?/g, '\n')}`;
}

