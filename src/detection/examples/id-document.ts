/** The true and false examples of detectors/id-document.ts: run by its table test, kept out of the handler bundle. */
import type { DetectorExample } from '../detector';

export const examples: readonly DetectorExample[] = [
    { text: 'For the visa: passport no. XR4H7T2P5, valid until 2031.', hits: [{ confidence: 'high' }], why: 'Purview keyword, abbreviated' },
    { text: 'Rijbewijsnr: 5123456789', hits: [{ confidence: 'high' }] },
    { text: 'Paspoortnummer: NW92L12K3', hits: [{ confidence: 'high', evidence: 'paspoortnummer ********3' }] },
    { text: 'Kopie van haar identiteitskaart (documentnummer SPECI2014) in de bijlage.', hits: [{ confidence: 'high' }] },
    { text: 'Rijbewijsnummer 5012345678', hits: [{ confidence: 'high', evidence: 'rijbewijsnummer *********8' }] },
    { text: 'Paspoort: NO1234567', hits: [], why: 'the letter O never occurs in a Dutch document number' },
    { text: 'Ik neem mijn paspoort mee naar de balie.', hits: [], why: 'the word alone is no number' },
    { text: 'Code AB1234567 zonder documentwoord', hits: [], why: 'no document word nearby' },
    { text: 'Rijbewijs halen? Bel 0612345678', hits: [], why: 'a phone number, not a licence number' },
  ];
