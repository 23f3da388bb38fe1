/** Cues in an attachment's file name: "loonstrook_maart.pdf" is a payslip even when we cannot read it. */
import type { ContentDetectorId, Match } from '../model/finding';

const CUES: ReadonlyArray<{ detector: ContentDetectorId; words: readonly string[] }> = [
  {
    detector: 'payslip',
    words: ['loonstrook', 'loonstroken', 'salarisstrook', 'salarisstroken', 'salarisspecificatie', 'loonspecificatie', 'jaaropgaaf', 'jaaropgave', 'payslip', 'pay slip', 'salary slip', 'loonbrief'],
  },
  {
    detector: 'id-document',
    words: ['paspoort', 'id-kaart', 'id kaart', 'idkaart', 'identiteitskaart', 'identiteitsbewijs', 'legitimatiebewijs', 'rijbewijs', 'passport', 'id card', 'id-card', 'identity card', 'driving licence', 'drivers license', 'driver license'],
  },
];

/**
 * Matches for cue words in a file name, medium confidence (a name is a hint, not proof).
 * Separators (_ - . space) are read as spaces; a cue may stand inside a longer word ("kopiepaspoort").
 * @example detectFileName('kopie-paspoort.jpg') // [{ detector: 'id-document', evidence: 'paspoort', ... }]
 */
export function detectFileName(name: string): Match[] {
  const base = name.replace(/^.*[\\/]/, '');
  const normalized = base.toLowerCase().replace(/[_.\-+]/g, ' ');
  const matches: Match[] = [];
  for (const cue of CUES) {
    for (const word of cue.words) {
      const spaced = word.replace(/-/g, ' ');
      const at = normalized.indexOf(spaced);
      if (at < 0) continue;
      // Short cues ("id kaart") must stand alone; long ones may be part of a compound.
      if (spaced.length < 8) {
        const before = at === 0 ? ' ' : normalized.charAt(at - 1);
        const after = at + spaced.length >= normalized.length ? ' ' : normalized.charAt(at + spaced.length);
        if (/[a-z0-9]/.test(before) || /[a-z0-9]/.test(after)) continue;
      }
      const offset = name.length - base.length;
      matches.push({ detector: cue.detector, confidence: 'medium', start: offset + at, end: offset + at + spaced.length, evidence: base.substr(at, spaced.length) });
      break;
    }
  }
  return matches;
}
