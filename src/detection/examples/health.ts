/** The true and false examples of detectors/health.ts: run by its table test, kept out of the handler bundle. */
import type { DetectorExample } from '../detector';

export const examples: readonly DetectorExample[] = [
    { text: 'Medewerker P. Jansen heeft zich ziek gemeld; de bedrijfsarts ziet hem volgende week.', hits: [{ confidence: 'high', evidence: 'ziek gemeld, bedrijfsarts' }] },
    { text: 'Patiënt: mevr. de Boer. Diagnose: diabetes type 2, medicatie aangepast.', hits: [{ confidence: 'high' }] },
    { text: 'Hij gebruikt sinds maart nieuwe medicatie.', hits: [{ confidence: 'medium', evidence: 'medicatie' }] },
    { text: 'Het RIVM meldt dat het aantal ziekmeldingen door griep landelijk stijgt.', hits: [], why: 'news about no one (plural, no person)' },
    { text: 'Nieuwe medicatie tegen migraine: onderzoekers zien goede resultaten.', hits: [], why: 'health news' },
    { text: 'De kantine is dicht wegens een operatie aan de leidingen.', hits: [], why: 'a term about no one' },
    { text: 'Uw bezwaar tegen de aanslag is in behandeling genomen. Zaaknummer 2291.', hits: [], why: 'an application being dealt with, not a treatment' },
    { text: 'Met vriendelijke groet,\n\nEsther Verbeek\nKinder-psychiater\nPraktijk De Linde', hits: [], why: "the writer's title in a signature" },
    { text: 'Wil je er bij de schoolreis op letten dat Daan een notenallergie heeft? Zijn EpiPen zit in zijn tas.', hits: [{ confidence: 'medium' }], why: 'a condition of a named child' },
    { text: 'Bij het intakegesprek vertelde ik over mijn angststoornis en de paniekaanvallen op het werk.', hits: [{ confidence: 'high' }], why: 'a compound condition, about the writer' },
    { text: 'Hulpvraag\nDiagnose: hartfalen, recent opgenomen\nMedicatie: furosemide 40 mg', hits: [{ confidence: 'medium' }], why: "a record's fields: about the person it is of" },
    { text: 'Beste Wilma,\nHierbij je medicatieoverzicht. Diagnose: astma.', hits: [{ confidence: 'high' }], why: '"je" in a mail to one named person' },
    { text: 'Beste lezer,\nHeb je astma? Neem je puffer mee op vakantie.', hits: [], why: 'general advice to every reader' },
    { text: 'Dear Tom, your lab results show a fracture of the left wrist; surgery is planned for Monday.', hits: [{ confidence: 'high' }] },
  ];
