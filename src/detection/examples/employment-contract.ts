/** The true and false examples of detectors/employment-contract.ts: run by its table test, kept out of the handler bundle. */
import type { DetectorExample } from '../detector';

export const examples: readonly DetectorExample[] = [
    {
      text: 'ARBEIDSOVEREENKOMST\nWerkgever: Zorggroep Delta\nWerknemer: de heer J. de Vries, geboren op 3 mei 1990\nFunctie: verpleegkundige\nProeftijd: een maand\nArbeidsduur: 32 uur per week\nSalaris: schaal 7',
      hits: [{ confidence: 'high', evidence: 'arbeidsovereenkomst, functie, proeftijd, arbeidsduur, salaris, werkgever' }],
    },
    {
      text: 'Arbeidsovereenkomst tussen [werkgever], hierna te noemen werkgever, en [naam], hierna te noemen werknemer. Functie: [functie]. Proeftijd: een maand. Salaris: € ....',
      hits: [{ confidence: 'low' }],
      why: 'a blank template: below the default threshold',
    },
    {
      text: 'Vacature: 32 uur per week, een arbeidsovereenkomst voor een jaar, salaris in schaal 6 en 25 vakantiedagen. Solliciteer bij mevrouw De Wit.',
      hits: [],
      why: 'a job ad',
    },
  ];
