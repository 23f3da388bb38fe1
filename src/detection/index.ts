/** The detection engine. PLACEHOLDER until the detection work lands. */
import type { ContentDetectorId, Match } from './types';

export interface DetectOptions {
  /** Only these detectors (default: all content detectors). */
  detectors?: readonly ContentDetectorId[];
  /** Policy-supplied words per detector, treated as text. */
  extra?: Partial<Record<ContentDetectorId, { keywords: string[]; contextWords: string[] }>>;
}

export function detectText(text: string, options: DetectOptions = {}): Match[] {
  void text;
  void options;
  return [];
}

/** Cues in an attachment's file name ("loonstrook_maart.pdf", "kopie-paspoort.jpg"). */
export function detectFileName(name: string): Match[] {
  void name;
  return [];
}
