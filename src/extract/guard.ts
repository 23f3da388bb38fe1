/**
 * Limits shared by the dispatcher and the extractors: the clock, text and byte caps, and problems.
 * Every extractor of one attachment shares one `Session` (hung on the contexts the dispatcher makes),
 * so caps hold across nesting (a zip of zips counts its entries and text together).
 */
import type { ExtractContext, ExtractProblem, ExtractResult } from './types';

/** State of one top-level attachment, shared by all its nested files. */
export interface Session {
  /** Characters of text handed out so far. */
  chars: number;
  /** Archive entries opened so far (all levels). */
  entries: number;
  /** Set once the deadline passed, so everything after stops at once. */
  timedOut: boolean;
}

/** The contexts made by our dispatcher carry the session; others get a fresh one. */
export interface GuardedContext extends ExtractContext {
  session?: Session;
}

export function newSession(): Session {
  return { chars: 0, entries: 0, timedOut: false };
}

export function sessionOf(ctx: ExtractContext): Session {
  const guarded = ctx as GuardedContext;
  if (!guarded.session) guarded.session = newSession();
  return guarded.session;
}

/** True once the scan's deadline has passed (sticky for the session). */
export function timeUp(ctx: ExtractContext): boolean {
  const session = sessionOf(ctx);
  if (session.timedOut) return true;
  if (ctx.budget.now() > ctx.budget.deadline) session.timedOut = true;
  return session.timedOut;
}

export function joinPath(base: string, name: string): string {
  if (!base) return name;
  if (!name) return base;
  return base + '/' + name;
}

export function emptyResult(): ExtractResult {
  return { texts: [], problems: [] };
}

/** The result of a file that gave nothing but this problem. */
export function onlyProblem(problem: ExtractProblem): ExtractResult {
  return { texts: [], problems: [problem] };
}

export function unscannable(path: string, reason: string): ExtractProblem {
  return { detector: 'unscannable-attachment', path, reason };
}

export function encrypted(path: string): ExtractProblem {
  return { detector: 'encrypted-attachment', path, reason: 'encrypted' };
}

/** Adds `more` to `into` (texts and problems), in place. */
export function mergeInto(into: ExtractResult, more: ExtractResult): void {
  for (const t of more.texts) into.texts.push(t);
  for (const p of more.problems) into.problems.push(p);
}

/**
 * Collects extracted text up to the session's character cap. Extractors add pieces and look at
 * `full` to stop early; `finish` hands the text out and charges the session.
 */
export class TextSink {
  private parts: string[] = [];
  private length = 0;
  private readonly cap: number;
  full = false;

  constructor(private readonly ctx: ExtractContext) {
    this.cap = Math.max(0, ctx.budget.limits.extractedChars - sessionOf(ctx).chars);
  }

  add(text: string): void {
    if (this.full || !text) return;
    const room = this.cap - this.length;
    if (text.length > room) {
      text = text.slice(0, room);
      this.full = true;
    }
    this.parts.push(text);
    this.length += text.length;
  }

  get size(): number {
    return this.length;
  }

  /** Text so far (for extractors that look back, e.g. to avoid doubled separators). */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i];
      if (p.length) return p[p.length - 1];
    }
    return '';
  }

  /** Ends the text: pushes it (when not empty) onto `result` at `path`, and a too-large problem when cut. */
  finish(result: ExtractResult, path: string): void {
    const text = this.parts.join('');
    this.parts = [];
    sessionOf(this.ctx).chars += text.length;
    if (/\S/.test(text)) result.texts.push({ path, text });
    if (this.full) result.problems.push(unscannable(path, 'too-large'));
  }
}

/**
 * Loop guard: checks the clock every `every` calls (Date.now in a tight loop costs), and the sink.
 * Returns true when the loop must stop.
 */
export function makeStopCheck(ctx: ExtractContext, sink?: TextSink, every = 512): () => boolean {
  let n = 0;
  return () => {
    if (sink && sink.full) return true;
    if (++n % every !== 0) return false;
    return timeUp(ctx);
  };
}
