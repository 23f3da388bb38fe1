/**
 * A folder of messages checked one file per task, so the page stays responsive and shows progress;
 * a newer run (the policy changed) stops an older one. Pure: the file reader and the pause between
 * tasks are handed in.
 */
import type { Language } from '../model/finding';
import type { Policy } from '../policy/types';
import { checkFile, unreadable, type FileCheck } from './try-it';

/** Most files one run checks; the rest are counted, not read. */
export const MAX_FILES = 1000;

export interface QueuedFile {
  /** Name with its folder path, as shown in the table. */
  name: string;
  read: () => Promise<Uint8Array>;
}

export interface Progress {
  done: number;
  total: number;
  /** Files beyond MAX_FILES, not checked. */
  skipped: number;
  checks: FileCheck[];
}

export interface RunOptions {
  policy: Policy;
  lang: Language;
  /** Called after every file, with everything so far. */
  onProgress: (progress: Progress) => void;
  /** Gives the page back to the browser between files (a macrotask). */
  pause: () => Promise<void>;
  /** True once a newer run took over: this one stops. */
  cancelled: () => boolean;
  now?: () => number;
}

/** Checks the files in order; a file that cannot even be read still gets its row. */
export async function runQueue(files: QueuedFile[], options: RunOptions): Promise<Progress> {
  const todo = files.slice(0, MAX_FILES);
  const progress: Progress = { done: 0, total: todo.length, skipped: files.length - todo.length, checks: [] };
  for (const file of todo) {
    await options.pause();
    if (options.cancelled()) return progress;
    let bytes: Uint8Array | null = null;
    try {
      bytes = await file.read();
    } catch {
      bytes = null;
    }
    if (options.cancelled()) return progress;
    const check = bytes ? checkFile(file.name, bytes, options.policy, options.lang, options.now) : { file: file.name, report: unreadable(file.name, options.policy, options.lang, options.now) };
    progress.checks = progress.checks.concat(check);
    progress.done++;
    options.onProgress({ ...progress });
  }
  return progress;
}
