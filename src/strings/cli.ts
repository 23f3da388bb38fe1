/** The command line's own words (table headings, summary lines), Dutch and English; shared words come from words.ts. */
import type { Language } from '../model/finding';

export interface CliWords {
  headers: [string, string, string, string, string, string];
  file: string;
  verdictLine: string;
  nothing: string;
  timedOut: string;
  summary: (files: number, flagged: number, failed: number) => string;
}

export const CLI_WORDS: Record<Language, CliWords> = {
  nl: {
    headers: ['Wat', 'Zekerheid', 'Actie', 'Waar', 'Bewijs', 'Aantal'],
    file: 'Bestand',
    verdictLine: 'Oordeel',
    nothing: 'Niets gevonden.',
    timedOut: 'Let op: de tijd was op; niet alles is gecontroleerd.',
    summary: (files, flagged, failed) =>
      `${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${flagged} met bevindingen` +
      (failed > 0 ? `, ${failed} niet te lezen` : '') + '.',
  },
  en: {
    headers: ['What', 'Confidence', 'Action', 'Where', 'Evidence', 'Count'],
    file: 'File',
    verdictLine: 'Verdict',
    nothing: 'Nothing found.',
    timedOut: 'Note: time ran out; not everything was checked.',
    summary: (files, flagged, failed) =>
      `${files} ${files === 1 ? 'file' : 'files'} checked, ${flagged} with findings` + (failed > 0 ? `, ${failed} unreadable` : '') + '.',
  },
};
