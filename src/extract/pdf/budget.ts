/**
 * The PDF reader's share of the message budget: the clock, decoded bytes (measured on real output,
 * against the expansion-ratio cap) and a cap on the objects and operators it will look at.
 */
import type { ExtractBudget } from '../types';

/** Ends PDF reading early with a stable reason code (time-out, expansion-ratio, too-large, ...). */
export class PdfStop extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Decoded bytes are allowed up to this floor even for tiny files, so a small valid PDF is never cut. */
const DECODED_FLOOR = 4 * 1024 * 1024;

export class PdfBudget {
  private decoded = 0;
  private ticks = 0;
  readonly maxDecoded: number;
  /** Parts found damaged (a compressed stream cut short or failing its checksum, a font's width table that does not parse). */
  damagedStreams = 0;

  constructor(
    readonly budget: ExtractBudget,
    fileLength: number,
  ) {
    this.maxDecoded = Math.max(DECODED_FLOOR, budget.limits.expansionRatio * fileLength);
  }

  /** Counts bytes produced by a filter; throws once the expansion cap is passed. */
  addDecoded(count: number): void {
    this.decoded += count;
    if (this.decoded > this.maxDecoded) throw new PdfStop('expansion-ratio');
  }

  /** Room left for decoded bytes (filters stop producing at this point). */
  decodedRoom(): number {
    return this.maxDecoded - this.decoded;
  }

  /** Cheap clock check for hot loops: reads the clock every 1024 calls. */
  tick(): void {
    if ((++this.ticks & 1023) === 0) this.checkTime();
  }

  checkTime(): void {
    if (this.budget.now() > this.budget.deadline) throw new PdfStop('time-out');
  }
}
