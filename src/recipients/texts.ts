/** What the recipient checks say to people, in Dutch and English (one props type for both). */
import type { DetectorTexts, RecipientDetectorId } from '../model/finding';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const RECIPIENT_TEXTS: Record<RecipientDetectorId, DetectorTexts> = {
  'external-recipients': {
    nl: {
      name: 'Externe ontvangers',
      summary: ({ count }) => 'Gevoelige gegevens gaan naar ' + count + ' ' + plural(count, 'externe ontvanger', 'externe ontvangers'),
      why:
        'Deze mail bevat persoonsgegevens en gaat naar mensen buiten je organisatie. Controleer of zij dit mogen ontvangen en verstuur het beveiligd: dan kan een verkeerde ontvanger de gegevens niet lezen, en een verkeerd geadresseerde mail is een datalek.',
    },
    en: {
      name: 'External recipients',
      summary: ({ count }) => 'Sensitive data goes to ' + count + ' ' + plural(count, 'external recipient', 'external recipients'),
      why:
        'This message holds personal data and goes to people outside your organisation. Check that they may receive it and send it securely: then a wrong recipient cannot read the data, and a misaddressed message is a data breach.',
    },
  },
  'visible-recipients': {
    nl: {
      name: 'Zichtbare ontvangers',
      summary: ({ count }) => count + ' externe adressen zijn voor elkaar zichtbaar in Aan/CC',
      why:
        'Wie in Aan of CC staat, ziet alle andere adressen. Een zichtbare lijst van externe mensen, zeker met privéadressen, geldt als datalek. Zet ze in BCC.',
    },
    en: {
      name: 'Visible recipients',
      summary: ({ count }) => count + ' external addresses can see each other in To/Cc',
      why:
        'Everyone in To or Cc sees every other address. A visible list of external people, above all private addresses, counts as a data breach under Dutch practice. Move them to Bcc.',
    },
  },
  'lookalike-domain': {
    nl: {
      name: 'Verdacht domein',
      summary: ({ count }) => count + ' ' + plural(count, 'ontvanger heeft', 'ontvangers hebben') + ' een domein dat lijkt op een bekend domein',
      why:
        'Het domein lijkt op een domein dat je vertrouwt, maar is het niet: een tikfout of een nagemaakt adres. Mail aan de verkeerde ontvanger is ongeveer 18% van de Nederlandse datalekmeldingen.',
    },
    en: {
      name: 'Look-alike domain',
      summary: ({ count }) => count + ' ' + plural(count, 'recipient has', 'recipients have') + ' a domain that looks like a known one',
      why:
        'The domain looks like one you trust but is not: a typo or an imitation. Mail to the wrong recipient is about 18% of Dutch data-breach notifications.',
    },
  },
  'missing-unsubscribe': {
    nl: {
      name: 'Afmeldlink ontbreekt',
      summary: ({ count }) => 'Mailing aan ' + count + ' externe ontvangers zonder afmeldmogelijkheid',
      why:
        'Elke nieuwsbrief of reclamemail moet een gratis en eenvoudige manier bevatten om je af te melden, ook voor bestaande klanten (Telecommunicatiewet art. 11.7, Autoriteit Persoonsgegevens). Voeg een afmeldlink toe.',
    },
    en: {
      name: 'Unsubscribe missing',
      summary: ({ count }) => 'Mailing to ' + count + ' external recipients without a way to opt out',
      why:
        'Every newsletter or marketing mail must offer a free, easy way to opt out, also to existing customers (Dutch Telecommunications Act art. 11.7, Dutch Data Protection Authority). Add an unsubscribe link.',
    },
  },
};
