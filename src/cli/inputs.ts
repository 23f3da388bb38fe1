/** Turning paths on disk into messages: .eml, .msg, any single attachment file, folders walked. */
import * as fs from 'fs';
import * as path from 'path';
import { parseEmlChecked } from '../extract/mail/eml';
import { parseMsg } from '../extract/mail/msg';
import type { MessageInput } from '../model/message';

/** An input that could not be read; its message is one line for stderr. */
export class InputError extends Error {}

/**
 * Expands the paths given on the command line: files as they are, folders walked recursively in
 * sorted order (hidden entries skipped). A path that does not exist is reported, not thrown.
 */
export function expandPaths(paths: string[], problems: string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (p: string, top: boolean): void => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (error) {
      problems.push(`${p}: ${describeError(error)}`);
      return;
    }
    if (stat.isDirectory()) {
      // A symlinked folder that points back up would loop for ever.
      let real = p;
      try {
        real = fs.realpathSync(p);
      } catch {
        /* keep p */
      }
      if (seen.has(real)) return;
      seen.add(real);
      let names: string[];
      try {
        names = fs.readdirSync(p);
      } catch (error) {
        problems.push(`${p}: ${describeError(error)}`);
        return;
      }
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const name of names) {
        if (name.startsWith('.')) continue;
        visit(path.join(p, name), false);
      }
    } else if (stat.isFile() || top) {
      files.push(p);
    }
  };
  for (const p of paths) visit(p, true);
  return files;
}

export function describeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

/** Reads one file as a message. Throws InputError with a one-line reason when it cannot. */
export function loadMessage(file: string): MessageInput {
  let bytes: Uint8Array;
  try {
    const read = fs.readFileSync(file);
    // A view, not a copy: a 20 MB attachment is read once.
    bytes = new Uint8Array(read.buffer, read.byteOffset, read.length);
  } catch (error) {
    throw new InputError(describeError(error));
  }
  const lower = file.toLowerCase();
  if (lower.endsWith('.eml')) {
    const { message, damaged } = parseEmlChecked(bytes);
    // A damaged MIME structure may have hidden a part: the file itself is reported as not wholly read.
    if (damaged) message.attachments = (message.attachments || []).concat([{ name: path.basename(file), kind: 'file', error: 'damaged-mail' }]);
    return message;
  }
  if (lower.endsWith('.msg')) {
    try {
      return parseMsg(bytes);
    } catch (error) {
      throw new InputError(`cannot read this .msg file (${describeError(error)})`);
    }
  }
  // Any other file is scanned as a message with that one attachment, so formats come from the dispatcher.
  return {
    subject: '',
    to: [],
    cc: [],
    bcc: [],
    attachments: [{ name: path.basename(file), kind: 'file', size: bytes.length, bytes }],
  };
}
