/**
 * Texts that look like personal data to a naive checker and would pester users: every detector
 * runs on each, and nothing may be reported at the default threshold (medium) — for most rows,
 * nothing at all.
 */
import { detectText } from '../../src/detection';
import { isValidBsn, isValidLuhn } from '../../src/detection/checks/checksums';
import { elfproefNumber, luhnNumber } from './helpers';

const order = elfproefNumber('2024');
const invoice = elfproefNumber('3141');
const customer = elfproefNumber('5550');
const mobile = elfproefNumber('6123');
const tracking = luhnNumber('411111111111111');

it('the planted numbers really pass their checks (else these rows prove nothing)', () => {
  for (const n of [order, invoice, customer, mobile]) expect(isValidBsn(n)).toBe(true);
  expect(isValidLuhn(tracking)).toBe(true);
});

/** [what, text, strict]: strict rows may not produce any match, even a low one. */
const ROWS: Array<[string, string, boolean]> = [
  ['order number passing the elfproef', `Uw ordernummer ${order} is vandaag verzonden.`, true],
  ['invoice number', `Factuurnummer: ${invoice}\nBedrag: € 1.250,00`, true],
  ['customer number', `Klantnummer ${customer} – vermeld dit bij contact.`, true],
  ['reference (kenmerk)', `Ons kenmerk: ${order}`, true],
  ['invoice table', `Factuurnummer\tDatum\tBedrag\n${invoice}\t12-03-2024\t€ 99,95\n${order}\t13-03-2024\t€ 12,50`, true],
  ['tracking number with Luhn', `Uw trackingnummer is ${tracking}.`, true],
  ['mobile 06-12345678', 'Bel me op 06-12345678 of mail.', true],
  ['mobile 06 12345678', 'Mobiel: 06 12345678', true],
  ['mobile 0612345678', 'Telefoon 0612345678', true],
  ['+31 6 1234 5678', 'Bereikbaar op +31 6 1234 5678', true],
  ['+31 with nine digits', `Bel +31 ${mobile} voor vragen`, true],
  ['0031 notation', `Tel. 0031 ${mobile}`, true],
  ['+31 (0)6', 'Tel: +31 (0)6 12345678', true],
  ['landline 020-1234567', 'Kantoor: 020-1234567', true],
  ['landline 020 123 4567', 'Kantoor: 020 123 4567', true],
  ['landline (020) 123 45 67', 'Kantoor: (020) 123 45 67', true],
  ['bare nine-digit mobile without 0', `tel ${mobile}`, true],
  ['KvK number', 'KvK-nummer: 69599084, gevestigd te Utrecht.', true],
  ['KvK bare 8 digits', 'Inschrijving 69599084 in het handelsregister', true],
  ['EAN-13', 'EAN 8712345678906, voorraad 12 stuks', true],
  ['ISBN-13', 'ISBN 978-90-274-3964-2', true],
  ['ISBN-10', 'ISBN 90-274-3964-X', true],
  ['dates', 'Vergadering op 12-03-2024, 2024-03-12 en 12.03.2024 om 14:30.', true],
  ['amounts', 'Totaal € 123.456.782,00 en nog € 1.234.567,89 begroot.', true],
  ['amount in thousands groups', 'Het budget is 123.456.782 euro.', true],
  ['IBAN with wrong checksum', 'IBAN: NL91 ABNA 0417 1643 01', true],
  ['IBAN shape, unknown country', 'Code QQ12 ABCD 1234 5678 90', true],
  ['IBAN too long for NL', 'Rekening NL91ABNA04171643001', true],
  ['password reset notice', 'Wachtwoord vergeten? Klik op onderstaande link om uw wachtwoord opnieuw in te stellen. De link is 24 uur geldig.', true],
  ['password changed notice', 'Uw wachtwoord is gewijzigd. Was u dit niet? Neem contact op met de servicedesk.', true],
  ['English reset', 'Forgot your password? Use the link below to reset your password.', true],
  ['password policy nl', 'Wachtwoordbeleid\nWachtwoord: minimaal 12 tekens, waarvan ten minste één cijfer en één hoofdletter.\nWachtwoorden verlopen na 90 dagen.', true],
  ['password policy en', 'Password: Must be at least 12 characters. Password requirements apply to all accounts.', true],
  ['password sent separately', 'Het wachtwoord van de zip stuur ik je apart per sms.', true],
  ['job ad', 'Vacature salarisadministrateur (32-40 uur). Je verwerkt loonstroken en de loonheffing voor onze werknemers. Wij bieden een brutoloon tussen € 3.000 en € 4.200 per maand, pensioenregeling en een werkgever met oog voor jou.', false],
  ['economic news', 'Het CPB verwacht dat de lonen volgend jaar stijgen. Door een hogere heffingskorting en lagere loonheffing houden werknemers netto meer over; werkgevers zien de loonkosten stijgen.', false],
  ['payslip word in passing', 'Kun je mijn loonstrook van maart nog eens sturen? Die is zoekgeraakt.', true],
  ['health news', 'Het RIVM meldt dat het aantal ziekmeldingen door griep landelijk stijgt. Huisartsen zien steeds meer patiënten met klachten.', true],
  ['health research', 'Nieuwe medicatie tegen migraine: onderzoekers zien in een studie goede resultaten bij de behandeling.', false],
  ['passport word without number', 'Neem uw paspoort of identiteitskaart mee naar de afspraak op 12-03-2024.', true],
  ['licence word with phone number', 'Rijbewijs verlengen? Bel 0612345678.', true],
  ['meeting dates list', 'Planning\nJan de Vries\t12-03-2025\nPiet Jansen\t13-03-2025\nAnna Bakker\t14-03-2025\nKees Visser\t15-03-2025\nEva Smit\t16-03-2025', true],
  ['version numbers', 'Versie 10.0.19045.3803 en build 22631.2861 geïnstalleerd.', true],
];

describe.each(ROWS)('hard negative: %s', (_what, text, strict) => {
  it(strict ? 'gives no match at all' : 'gives nothing at or above medium', () => {
    const found = detectText(text);
    const shown = found.map((m) => `${m.detector}/${m.confidence}/${m.evidence}`);
    if (strict) expect(shown).toEqual([]);
    else expect(shown.filter((s) => !/\/low\//.test(s))).toEqual([]);
  });
});
