/**
 * What the task pane, CLI and docs say about each content detector beside its name: a summary
 * line and why it matters. Kept out of the detector modules because the send handler bundles those
 * and only names what it found.
 */
import type { ContentDetectorId, DetectorDescriptions, DetectorTexts } from '../model/finding';
import { DETECTOR_REGISTRY } from './registry';

/** In the order of CONTENT_DETECTORS. */
export const DETECTOR_DESCRIPTIONS: Readonly<Record<ContentDetectorId, DetectorDescriptions>> = {
  bsn: {
    nl: {
      summary: ({ count }) => (count === 1 ? '1 BSN gevonden' : count + " BSN's gevonden"),
      why: 'Een BSN mag alleen gebruikt worden waar een wet dat toestaat. Een BSN naar de verkeerde ontvanger is een datalek dat je organisatie mogelijk moet melden.',
    },
    en: {
      summary: ({ count }) => (count === 1 ? '1 BSN found' : count + ' BSNs found'),
      why: 'A BSN may only be used where a law allows it. A BSN sent to the wrong recipient is a data breach you may have to report.',
    },
  },
  iban: {
    nl: {
      summary: ({ count }) => (count === 1 ? '1 IBAN gevonden' : count + " IBAN's gevonden"),
      why: 'Een rekeningnummer is financiële persoonsgegevens; samen met een naam maakt het fraude en phishing makkelijker.',
    },
    en: {
      summary: ({ count }) => (count === 1 ? '1 IBAN found' : count + ' IBANs found'),
      why: 'A bank account number is financial personal data; together with a name it makes fraud and phishing easier.',
    },
  },
  payslip: {
    nl: {
      summary: ({ count }) => (count === 1 ? 'Een loonstrook of salarisspecificatie gevonden' : count + ' loonstroken of salarisspecificaties gevonden'),
      why: 'Een loonstrook bevat inkomen, BSN en rekeningnummer van een werknemer: gevoelige financiële gegevens die alleen de werknemer en de salarisadministratie horen te zien.',
    },
    en: {
      summary: ({ count }) => (count === 1 ? 'A payslip or salary specification found' : count + ' payslips or salary specifications found'),
      why: "A payslip holds an employee's income, BSN and bank account: sensitive financial data meant only for the employee and payroll.",
    },
  },
  credential: {
    nl: {
      summary: ({ count }) => (count === 1 ? '1 wachtwoord of pincode gevonden' : count + ' wachtwoorden of pincodes gevonden'),
      why: 'Wie dit bericht leest, kan met dit wachtwoord inloggen. Deel wachtwoorden via een ander kanaal (sms, telefoon) of een wachtwoordkluis.',
    },
    en: {
      summary: ({ count }) => (count === 1 ? '1 password or PIN found' : count + ' passwords or PINs found'),
      why: 'Anyone who reads this message can log in with it. Share passwords through another channel (text message, phone) or a password manager.',
    },
  },
  health: {
    nl: {
      summary: ({ count }) => (count === 1 ? 'Gezondheidsgegevens over een persoon gevonden' : count + ' keer gezondheidsgegevens over personen gevonden'),
      why: 'Gegevens over iemands gezondheid zijn bijzondere persoonsgegevens (AVG artikel 9): ze mogen alleen met een wettelijke grondslag gedeeld worden.',
    },
    en: {
      summary: ({ count }) => (count === 1 ? 'Health data about a person found' : count + ' passages with health data about people found'),
      why: "Data about someone's health is a special category of personal data (GDPR article 9): it may only be shared with a legal basis.",
    },
  },
  'id-document': {
    nl: {
      summary: ({ count }) => (count === 1 ? '1 paspoort-, ID- of rijbewijsnummer gevonden' : count + ' paspoort-, ID- of rijbewijsnummers gevonden'),
      why: 'Met een documentnummer (zeker samen met een kopie van het document) kan iemands identiteit worden misbruikt.',
    },
    en: {
      summary: ({ count }) => (count === 1 ? "1 passport, ID card or driver's licence number found" : count + " passport, ID card or driver's licence numbers found"),
      why: "A document number, especially with a copy of the document, makes identity fraud possible.",
    },
  },
  'payment-card': {
    nl: {
      summary: ({ count }) => (count === 1 ? '1 creditcardnummer gevonden' : count + ' creditcardnummers gevonden'),
      why: 'Met een kaartnummer en vervaldatum kan iemand online betalen op kosten van de kaarthouder.',
    },
    en: {
      summary: ({ count }) => (count === 1 ? '1 card number found' : count + ' card numbers found'),
      why: "With a card number and expiry date someone can pay online at the cardholder's expense.",
    },
  },
  'personal-list': {
    nl: {
      summary: ({ count }) => (count === 1 ? 'Een lijst met gegevens van meerdere personen gevonden' : count + ' lijsten met gegevens van meerdere personen gevonden'),
      why: 'Een lijst met namen en contact- of persoonsgegevens van meerdere mensen maakt een vergissing meteen een datalek voor al die mensen.',
    },
    en: {
      summary: ({ count }) => (count === 1 ? 'A list with data about several people found' : count + ' lists with data about several people found'),
      why: 'A list of names with contact or personal details of several people turns one mistake into a data breach for all of them.',
    },
  },
  'employment-contract': {
    nl: {
      summary: ({ count }) => (count === 1 ? 'Een arbeidsovereenkomst met een werknemer gevonden' : count + ' arbeidsovereenkomsten met werknemers gevonden'),
      why: 'Een arbeidsovereenkomst of vaststellingsovereenkomst bevat het salaris, de functie en persoonlijke gegevens van een werknemer: HR-stukken horen via een beveiligd kanaal, niet in gewone e-mail.',
    },
    en: {
      summary: ({ count }) => (count === 1 ? 'An employment agreement with an employee found' : count + ' employment agreements with employees found'),
      why: "An employment or settlement agreement holds an employee's salary, position and personal details: HR documents belong in a secure channel, not in plain e-mail.",
    },
  },
};

/** The nl and en texts of a content detector: its name (from the detector), summary and why. */
export function detectorTexts(id: ContentDetectorId): DetectorTexts {
  const names = DETECTOR_REGISTRY[id].texts;
  const more = DETECTOR_DESCRIPTIONS[id];
  return { nl: { ...names.nl, ...more.nl }, en: { ...names.en, ...more.en } };
}
