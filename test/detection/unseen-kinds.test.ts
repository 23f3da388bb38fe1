/**
 * Kinds of mail the detectors missed or misread, each written fresh (not taken from any evaluation
 * message): a row says whether the detector reports the text (medium or high) or stays quiet.
 */
import { detectText } from '../../src/detection';
import type { ContentDetectorId } from '../../src/model/finding';

type Row = [label: string, text: string, detector: ContentDetectorId, reported: boolean];

const ROWS: Row[] = [
  // A payslip names werkgever, werknemer, functie and salary, but it is not an agreement.
  [
    'payslip laid out as label and value lines is no employment contract',
    `Loonstrook maart 2026
Werkgever: Installatietechniek Hoogland BV
Werknemer: Sanne Verbeek
Functie: werkvoorbereider
Brutosalaris 3.412,00
Vakantiegeld opbouw 272,96
Loonheffing -702,10
Nettoloon 2.508,33`,
    'employment-contract',
    false,
  ],
  [
    'English pay slip with employer, employee and position is no employment contract',
    `PAY SLIP - period 04/2026
Employer: Northgate Logistics B.V.
Employee: Daniel Okoye
Job title: planner
Salary 4,150.00
Wage tax -1,020.45
Net pay 3,129.55`,
    'employment-contract',
    false,
  ],
  [
    'an agreement that mentions the wage tax on its salary is still an agreement',
    `Arbeidsovereenkomst voor bepaalde tijd
Werkgever: Drukkerij Maasland BV. Werknemer: Ilse Gerritsen, geboren op 9 juni 1994.
Functie: vormgever. Proeftijd: een maand. Salaris: € 3.050 bruto per maand, waarop loonheffing wordt ingehouden.
Vakantiedagen: 25. De opzegtermijn is één maand. Aldus overeengekomen en ondertekend.`,
    'employment-contract',
    true,
  ],
  // BSNs written in groups in a list column, and names that start with a capital outside ASCII.
  [
    'a list of grouped BSNs (4-2-3 and dotted) with names is a personal list',
    `Overzicht cliënten
Cliëntnr\tNaam
2527 60 189\tÖmer Aydın
5075.291.70\tÇiğdem Kaya
121.547.280\tÉlise Marchand
3852 80 841\tÜlkü Demir
3537 99 075\tRoel Wessels`,
    'personal-list',
    true,
  ],
  [
    'a column of BSNs whose leading zero a spreadsheet dropped, under a sofinummer header',
    `Sofinummer\tMedewerker
23267938\tGijs Moerman
49351643\tLieke Spaans
93665787\tTom Brinkhuis
62019132\tVera Lodewijks
38161333\tJoep Stam`,
    'personal-list',
    true,
  ],
  [
    'eight-digit order numbers under an order header are no BSNs',
    `Ordernr\tKlant
23267938\tGijs Moerman
49351643\tLieke Spaans
93665787\tTom Brinkhuis
62019132\tVera Lodewijks
38161333\tJoep Stam`,
    'personal-list',
    false,
  ],
  // A salary run lists every person's pay: a list about people without any contact detail.
  [
    'an English payroll register, surname first, is a personal list',
    `Staff no\tEmployee\tGross pay\tIncome tax\tNet pay
301\tHalloran, Bridget\t4.210,00\t980,15\t3.229,85
302\tvan Rijn, Maarten\t3.115,40\t702,33\t2.413,07
303\tÅberg, Sofia\t2.870,00\t640,90\t2.229,10
304\tOkafor, Chidi\t5.020,75\t1.310,44\t3.710,31
305\tde Munck, Ine\t2.404,10\t520,02\t1.884,08`,
    'personal-list',
    true,
  ],
  [
    'a Dutch salary run with names first is a personal list',
    `Naam\tBrutoloon\tLoonheffing\tNetto
Ruud Scholten\t2.980,00\t640,12\t2.339,88
Nadia Bouali\t3.410,50\t770,40\t2.640,10
Pim van Essen\t2.250,00\t410,75\t1.839,25
Hanna Kowalski\t3.905,20\t905,66\t2.999,54
Bram Vos\t2.615,00\t530,10\t2.084,90`,
    'personal-list',
    true,
  ],
  [
    'a cost-centre budget under wage headers names no people',
    `Kostenplaats\tBruto\tLoonheffing\tNetto
Inkoop\t42.980,00\t9.640,12\t33.339,88
Verkoop\t53.410,50\t12.770,40\t40.640,10
Logistiek\t22.250,00\t4.410,75\t17.839,25
Facilitair\t13.905,20\t2.905,66\t10.999,54
Directie\t32.615,00\t8.530,10\t24.084,90`,
    'personal-list',
    false,
  ],
  // A password handed over where it was set to, or under a mistyped label without a colon.
  [
    'a password said to be set "op" a value later in the sentence',
    'Ik heb het wachtwoord van de scanner voorlopig op Kastanje#91 ingesteld, graag zelf aanpassen.',
    'credential',
    true,
  ],
  [
    'a mistyped label with the value right after it, no colon',
    'Gastnetwerk: Vergaderzaal-3, pasword Lantaarn-77x (niet doorsturen)',
    'credential',
    true,
  ],
  [
    'a password-change notice whose key combination follows the label is no password',
    'Uw wachtwoord verloopt binnenkort. Wachtwoord (Ctrl+Alt+Del) wijzigen kan via het menu.',
    'credential',
    false,
  ],
  // A notice to all staff names the company doctor; the signature below names only the writer.
  [
    'a staff notice about the company doctor, signed by a named HR employee',
    `Allen,
Volgende week dinsdag houdt de arbo-arts een open spreekuur in zaal 2, iedereen is welkom.
Met vriendelijke groet,

Joris Hakkert
Medewerker P&O`,
    'health',
    false,
  ],
  [
    'a sick report about a named colleague above the closing is still health data',
    `Hoi Marit,
Anouk Terpstra heeft zich vanochtend ziek gemeld, de arbo-arts belt haar donderdag.
Groet,

Joris Hakkert`,
    'health',
    true,
  ],
  [
    'a condition of the applicant in a request file, the name far above',
    `Aanvraag bijzondere bijstand
Naam: Gerrit Hofstede
Adres: Lindelaan 4, Zwolle
Gezinssituatie: alleenstaand, geen kinderen, woont sinds vorig jaar in een huurwoning van de corporatie
Toelichting: aanvrager heeft COPD en gebruikt dagelijks zuurstof.`,
    'health',
    true,
  ],
  // Phone numbers that are not work numbers: the list says they are parents' or emergency numbers.
  [
    "a team list with the parents' numbers is reported",
    `Selectie JO13-2, telefoon ouders
Speler\tTelefoon
Daan Verhoef\t06-41239876
Mees Oosting\t06-52340987
Luuk Brandsma\t06-63451098
Sven Kloosterman\t06-74562109
Jelle Roorda\t06-85673210`,
    'personal-list',
    true,
  ],
  [
    'a staff phone list with work mobiles stays below the default threshold',
    `Bereikbaarheid afdeling Inkoop
Naam\tFunctie\tMobiel
Daan Verhoef\tinkoper\t06-41239876
Mees Oosting\tteamleider\t06-52340987
Luuk Brandsma\tinkoper\t06-63451098
Sven Kloosterman\tassistent\t06-74562109
Jelle Roorda\tcontroller\t06-85673210`,
    'personal-list',
    false,
  ],
  // A table whose rows a PDF broke over several lines: counted by the values under its header.
  [
    'a care hand-over table broken over lines by a PDF, a condition per client',
    `Overdracht zaterdag
Naam\tAdres\tAandachtspunten\tMedicatie
Truus\tLindelaan 4\tdiabetes,
Hofstede\t\tinsuline
Bep\tEikenweg 17\tCOPD
de Wit\t\tzuurstof
Kees\tKastanjelaan 9\tdementie
Mulder
Riet\tBeukenstraat 22\tepilepsie
van Dam\t\tdepakine
Henk\tDorpsstraat 3\tparkinson
Bos`,
    'personal-list',
    true,
  ],
  [
    'branch addresses under a name header are no list of people',
    `Naam\tAdres\tOpeningstijden
Filiaal Centrum\tMarktstraat 12\tma-za
Filiaal Noord\tKastanjelaan 40\tma-vr
Filiaal Oost\tEikenweg 7\tdi-za
Filiaal Zuid\tBeukenstraat 3\tma-za
Filiaal West\tDorpsstraat 88\tma-vr`,
    'personal-list',
    false,
  ],
  // A form's value cell wrapped over three lines, the label centred on the middle one.
  [
    'a BSN wrapped over three lines around its centred label',
    `Wijzigingsformulier
Gegevens\tInvulling
Naam Karin Oosterhuis
304 813
BSN
734
Ingangsdatum 1 mei`,
    'bsn',
    true,
  ],
  [
    'an IBAN wrapped over three lines around its centred label',
    `Gegevens\tInvulling
Naam Karin Oosterhuis
NL03 RABO
IBAN 0312 4567
89
Ingangsdatum 1 mei`,
    'iban',
    true,
  ],
  [
    'numbers around a centred BSN label that fail the elfproef together are no BSN',
    `Gegevens\tInvulling
304 813
BSN
735
Ingangsdatum 1 mei`,
    'bsn',
    false,
  ],
  // A salary run printed from a PDF: columns run together, amounts without thousands separator.
  [
    'an aligned salary run with amounts written without thousands separator',
    `Loonrun april
Nr   Naam              Bruto     Loonheffing   Netto
101  Sanne Verbeek     3412.50   702.10        2710.40
102  Hugo Lammers      2890.00   590.35        2299.65
103  Noor Brink        4105.75   980.20        3125.55`,
    'payslip',
    true,
  ],
  [
    'a price list with a header of wage-like words and plain amounts names no one',
    `Tarieven 2026
Pakket            Bruto     Netto
Basis             1250.00   1033.06
Uitgebreid        2400.00   1983.47
Compleet          3100.00   2561.98`,
    'payslip',
    false,
  ],
  // Members' accounts whose tails the PDF layout moved to other lines: counted by their starts.
  [
    "a direct-debit list whose IBANs a PDF cut over lines is a personal list",
    `Incasso mei
Lid\tIBAN\tBedrag
Anna\tNL12 RABO 3321
45,00
Visser\t0099 18
Bram\tNL40 INGB 0712
45,00
de Lange\t3341 02
Cor\tNL77 ABNA 5518
22,50
Zwart\t9021 44
Dirk\tNL05 SNSB 6630
45,00
Meijer\t1187 30
Eva\tNL63 TRIO 2290
22,50
Kramer\t4410 87`,
    'personal-list',
    true,
  ],
  [
    "a payment list that repeats the club's own account is no list of members' accounts",
    `Naam\tIBAN\tBedrag
Kantine\tNL12 RABO 3321 0099 18\t45,00
Zaalhuur\tNL12 RABO 3321 0099 18\t120,00
Ballen\tNL12 RABO 3321 0099 18\t80,00
Tenues\tNL12 RABO 3321 0099 18\t310,00
Toernooi\tNL12 RABO 3321 0099 18\t60,00`,
    'personal-list',
    false,
  ],
];

describe('kinds of mail not seen in the examples', () => {
  it.each(ROWS)('%s', (_label, text, detector, reported) => {
    const found = detectText(text, { detectors: [detector] }).filter((m) => m.confidence !== 'low');
    expect(found.length > 0).toBe(reported);
  });
});
