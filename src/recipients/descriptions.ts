/**
 * What the task pane, CLI and docs say about each recipient check beside its name: a summary line
 * and why it matters. Kept out of the check modules because the send handler bundles those and
 * only names what it found.
 */
import type { DetectorDescriptions, DetectorMessages, DetectorTexts, Language, RecipientDetectorId } from '../model/finding';
import { plural } from '../strings/words';
import { RECIPIENT_REGISTRY } from './registry';

const DESCRIPTIONS: Record<RecipientDetectorId, DetectorDescriptions> = {
  'external-recipients': {
    nl: {
      summary: ({ count }) => 'Gevoelige gegevens gaan naar ' + count + ' ' + plural(count, 'externe ontvanger', 'externe ontvangers'),
      why:
        'Deze mail bevat persoonsgegevens en gaat naar mensen buiten je organisatie. Controleer of zij dit mogen ontvangen en verstuur het beveiligd: dan kan een verkeerde ontvanger de gegevens niet lezen, en een verkeerd geadresseerde mail is een datalek.',
    },
    en: {
      summary: ({ count }) => 'Sensitive data goes to ' + count + ' ' + plural(count, 'external recipient', 'external recipients'),
      why:
        'This message holds personal data and goes to people outside your organisation. Check that they may receive it and send it securely: then a wrong recipient cannot read the data, and a misaddressed message is a data breach.',
    },
  },
  'visible-recipients': {
    nl: {
      summary: ({ count }) => count + ' externe adressen zijn voor elkaar zichtbaar in Aan/CC',
      why:
        'Wie in Aan of CC staat, ziet alle andere adressen. Een zichtbare lijst van externe mensen, zeker met privéadressen, geldt als datalek. Zet ze in BCC.',
    },
    en: {
      summary: ({ count }) => count + ' external addresses can see each other in To/Cc',
      why:
        'Everyone in To or Cc sees every other address. A visible list of external people, above all private addresses, counts as a data breach under Dutch practice. Move them to Bcc.',
    },
  },
  'lookalike-domain': {
    nl: {
      summary: ({ count }) => count + ' ' + plural(count, 'ontvanger heeft', 'ontvangers hebben') + ' een domein dat lijkt op een bekend domein',
      why:
        'Het domein lijkt op een domein dat je vertrouwt, maar is het niet: een tikfout of een nagemaakt adres. Mail aan de verkeerde ontvanger is ongeveer 18% van de Nederlandse datalekmeldingen.',
    },
    en: {
      summary: ({ count }) => count + ' ' + plural(count, 'recipient has', 'recipients have') + ' a domain that looks like a known one',
      why:
        'The domain looks like one you trust but is not: a typo or an imitation. Mail to the wrong recipient is about 18% of Dutch data-breach notifications.',
    },
  },
  'missing-unsubscribe': {
    nl: {
      summary: ({ count }) => 'Mailing aan ' + count + ' externe ontvangers zonder afmeldmogelijkheid',
      why:
        'Elke nieuwsbrief of reclamemail moet een gratis en eenvoudige manier bevatten om je af te melden, ook voor bestaande klanten (Telecommunicatiewet art. 11.7, Autoriteit Persoonsgegevens). Voeg een afmeldlink toe.',
    },
    en: {
      summary: ({ count }) => 'Mailing to ' + count + ' external recipients without a way to opt out',
      why:
        'Every newsletter or marketing mail must offer a free, easy way to opt out, also to existing customers (Dutch Telecommunications Act art. 11.7, Dutch Data Protection Authority). Add an unsubscribe link.',
    },
  },
};

function messages(id: RecipientDetectorId, lang: Language): DetectorMessages {
  const more = DESCRIPTIONS[id][lang];
  return { name: RECIPIENT_REGISTRY[id].texts[lang].name, summary: more.summary, why: more.why };
}

/** The nl and en texts of a recipient check: its name (from the check), summary and why. */
export function recipientTexts(id: RecipientDetectorId): DetectorTexts {
  return { nl: messages(id, 'nl'), en: messages(id, 'en') };
}

/** The nl and en texts of every recipient check, by id. */
export const RECIPIENT_TEXTS: Readonly<Record<RecipientDetectorId, DetectorTexts>> = {
  'external-recipients': recipientTexts('external-recipients'),
  'visible-recipients': recipientTexts('visible-recipients'),
  'lookalike-domain': recipientTexts('lookalike-domain'),
  'missing-unsubscribe': recipientTexts('missing-unsubscribe'),
};
