/**
 * employment-contract as a table: agreements between an employer and a named employee (Dutch and
 * English, every form the detector covers) are reported; templates, agreements between companies,
 * job ads, cao news, HR policy and portal notices are not (at most below the default threshold).
 */
import { detectText } from '../../src/detection';
import type { Confidence } from '../../src/model/finding';

/** 'reported': medium or high (the default policy reports it); 'quiet': nothing, or low. */
type Expect = Confidence | 'none' | 'reported' | 'quiet';

const ROWS: Array<[string, string, Expect]> = [
  [
    'nl arbeidsovereenkomst onbepaalde tijd, party called medewerker',
    `Arbeidsovereenkomst voor onbepaalde tijd

Partijen:
1. Stichting Kinderopvang De Boomhut, gevestigd te Zwolle, hierna: "werkgever";
2. Fatima El Amrani, wonende te Kampen, hierna: "medewerker".

Artikel 1 - Indiensttreding
Medewerker treedt met ingang van 1 februari 2026 in dienst in de functie van pedagogisch medewerker.
Artikel 2 - Arbeidsduur
De arbeidsduur bedraagt 28 uur per week.
Artikel 3 - Salaris
Het salaris bedraagt € 2.940,00 bruto per maand bij een volledige werkweek, schaal 6, trede 3.
Artikel 4 - Cao
Op deze overeenkomst is de cao Kinderopvang van toepassing.

Aldus opgemaakt en ondertekend te Zwolle.`,
    'high',
  ],
  [
    'nl oproepovereenkomst written as 0-urencontract',
    `OPROEPOVEREENKOMST (0-urencontract)
De ondergetekenden: Bakkerij Hendriks V.O.F., hierna te noemen werkgever, en de heer T. Yilmaz, geboren op 14-08-2003, hierna te noemen werknemer.
Werknemer wordt op oproepbasis ingezet als verkoopmedewerker. Het uurloon bedraagt € 14,06 bruto, exclusief vakantietoeslag van 8%.
Vakantiedagen worden opgebouwd naar rato van de gewerkte uren. De opzegtermijn is één maand.`,
    'high',
  ],
  [
    'nl uitzendovereenkomst with uitzendbeding',
    `Uitzendovereenkomst fase A met uitzendbeding
Uitzendonderneming FlexWerk Oost B.V. en uitzendkracht Daan Mulder (geboortedatum 02-02-1999) komen het volgende overeen.
De uitzendkracht wordt ter beschikking gesteld als orderpicker. Loon: € 14,40 per uur volgens de ABU-cao. Vakantiegeld 8%.
De uitzendovereenkomst eindigt van rechtswege wanneer de terbeschikkingstelling eindigt.`,
    'reported',
  ],
  [
    'nl vaststellingsovereenkomst with bedenktermijn',
    `Vaststellingsovereenkomst

De ondergetekenden:
Gemeente Westervoort, hierna te noemen werkgever,
en
mevrouw drs. E. (Eva) Kramer, hierna te noemen werknemer,

verklaren te zijn overeengekomen dat de arbeidsovereenkomst met wederzijds goedvinden eindigt per 1 oktober 2026 op initiatief van werkgever.
Werknemer wordt met ingang van heden vrijgesteld van werkzaamheden met behoud van salaris. Werkgever betaalt een transitievergoeding.
Werknemer heeft een bedenktermijn van veertien dagen. Partijen verlenen elkaar finale kwijting.`,
    'high',
  ],
  [
    'nl wijziging arbeidsovereenkomst (addendum) in a body',
    `Beste Mark,

Hierbij het addendum bij je arbeidsovereenkomst. Met ingang van 1 april 2026 wordt je arbeidsduur 32 uur per week en je salaris
wordt aangepast naar schaal 9, trede 5. De overige arbeidsvoorwaarden blijven ongewijzigd.

Werkgever: Woonstichting Rivierland
Werknemer: Mark de Boer

Graag getekend retour.`,
    'reported',
  ],
  [
    'nl studiekostenbeding',
    `Studiekostenovereenkomst
Werkgever, Accountantskantoor Veldman & Co, en werknemer, de heer R. Pinas, spreken af dat werkgever de opleiding tot Register Controller vergoedt.
Bij vertrek binnen twee jaar na afronding betaalt werknemer de studiekosten terug volgens de terugbetalingsregeling (100%, 50%).
In tweevoud opgemaakt en ondertekend.`,
    'reported',
  ],
  [
    'nl concurrentiebeding with hyphenated title',
    `Concurrentie- en relatiebeding bij de arbeids-overeenkomst van mevrouw L. Visser
Werknemer zal gedurende twaalf maanden na het einde van het dienstverband niet in dienst treden bij een concurrent van werkgever.
Werknemer zal geen relaties van werkgever benaderen. Bij overtreding verbeurt werknemer een boete. Voor akkoord, werkgever en werknemer.`,
    'reported',
  ],
  [
    'nl abbreviation and a person fact in a body',
    `Hoi Petra,
In de bijlage de arbeidsovk. voor onze nieuwe collega. Werknemer: Sanne de Jong, geboren op 12-04-1992, BSN volgt apart.
Functie: beleidsmedewerker, ingangsdatum 1 mei, proeftijd twee maanden, salaris € 3.600 bruto per maand.`,
    'reported',
  ],
  [
    'en employment contract with "the Company"',
    `CONTRACT OF EMPLOYMENT

This contract is made between Harbour Analytics Limited ("the Company") and Daniel Evans of 22 Quay Street, Bristol ("the Employee").

1. Job title: Data Analyst. Your employment will commence on 6 April 2026.
2. Hours of work: 37.5 hours per week, Monday to Friday.
3. Salary: £41,500 per annum, paid monthly in arrears.
4. Holiday entitlement: 25 days plus bank holidays.
5. The first six months are a probationary period. Notice period after probation: one month.
Signed for and on behalf of the Company.`,
    'high',
  ],
  [
    'en settlement agreement, UK style',
    `SETTLEMENT AGREEMENT
Between Northgate Retail plc ("the Employer") and Ms Priya Shah ("the Employee").
1. The Employee's employment will terminate on the Termination Date, 30 June 2026.
2. The Employer will pay the Employee a termination payment of £18,000 and a payment in lieu of notice.
3. The Employee waives all Relevant Claims. The Employee has received independent legal advice from the Adviser.
4. The Employer will provide an agreed reference.`,
    'high',
  ],
  [
    'en written statement of employment particulars addressed to a named worker',
    `Statement of main terms of employment
Employer: Greenleaf Nurseries Ltd
Employee: Tom Bradley, residing at 4 Orchard Close, Hereford
Job title: Senior Gardener. Start date: 1 March 2026. Place of work: the Company's nursery in Hereford.
Pay: £12.60 per hour. Working hours: 30 hours per week. Annual leave: 5.6 weeks. Notice: one week.`,
    'reported',
  ],

  [
    'en offer letter to a named person',
    `Dear Sarah,

Offer of employment
We are pleased to offer you the position of Staff Nurse. Your salary will be £32,000 per annum. You are entitled to 25 days annual leave
and may join the pension scheme. The first six months are a probation period. Your start date is 1 May 2026.

Kind regards,
People Team`,
    'reported',
  ],
  [
    'nl contract as a PDF extracts it: phrases broken over lines, details in a table far from the party word',
    `Arbeidsovereenkomst
Gegevens van de werknemer, hierna te
noemen: werknemer
Naam\tJoost van Leeuwen
Adres\tKerkstraat 4, 3811 CV Amersfoort
Geboortedatum\t21-09-1988
Functie\tmonteur
Ingangsdatum\t1 juni 2026
Salaris\tschaal 5 trede 2
Proeftijd\teen maand`,
    'high',
  ],
  [
    'HR newsletter to one colleague about the new cao',
    `Beste Jan,

Goed nieuws: de vakbonden en werkgevers sloten een cao-akkoord. Vanaf juli stijgen de salarissen met 3 procent, de arbeidsovereenkomst
van oproepkrachten krijgt een vaste arbeidsduur, het aantal vakantiedagen gaat omhoog en de pensioenregeling blijft gelijk.`,
    'quiet',
  ],
  [
    'nl renewal letter to one employee, no agreement title',
    `Beste Lisa,

Goed nieuws: je contract wordt verlengd tot 1 juli 2027. Je blijft 24 uur per week werken als doktersassistente,
je salaris gaat naar schaal 7 trede 3 en je houdt recht op 25 vakantiedagen.

Groet,
Praktijkmanager`,
    'reported',
  ],
  [
    'nl agreement with a name in Turkish letters',
    'Arbeidsovereenkomst. Werkgever: Thuiszorg Noord. Werknemer: Özlem Yıldız. Functie: wijkverpleegkundige. Proeftijd: een maand. Salaris: schaal 45.',
    'reported',
  ],
  ['a question about a contract', 'Beste Jan, is je contract al verlengd? Laat het even weten.', 'none'],
  [
    'blank template with bracket placeholders',
    `ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD
De ondergetekenden: [naam werkgever], gevestigd te [plaats], hierna te noemen werkgever, en [naam werknemer], geboren op [geboortedatum], wonende te [adres], hierna te noemen werknemer.
Artikel 1 Functie: [functie]. Artikel 2 Proeftijd: [aantal] maand. Artikel 3 Arbeidsduur: [uren] uur per week.
Artikel 4 Salaris: € [bedrag] bruto per maand. Artikel 5 Vakantiedagen: volgens cao.`,
    'quiet',
  ],
  [
    'blank template with merge fields and lines to fill in',
    `Model arbeidsovereenkomst
Werkgever: «bedrijfsnaam», hierna te noemen werkgever
Naam werknemer: ____________________
Geboortedatum: dd-mm-jjjj
hierna te noemen werknemer.
Functie: ______________ Ingangsdatum: ______________ Proeftijd: twee maanden. Salaris: € ........ bruto per maand. Opzegtermijn: volgens de wet.`,
    'quiet',
  ],
  [
    'template whose employer side is filled in, the employee left blank',
    `Arbeidsovereenkomst
Zorgcentrum De Linde, contactpersoon Anna Jansen (HR), hierna te noemen werkgever, en [naam werknemer], wonende te [woonplaats], hierna te noemen werknemer.
Functie: [functie]. Proeftijd: een maand. Salaris: schaal [schaal], trede [trede]. Vakantiedagen: volgens de cao.`,
    'quiet',
  ],
  [
    'verwerkersovereenkomst between two companies',
    `VERWERKERSOVEREENKOMST
Partijen: Gemeente Oosterveld, verwerkingsverantwoordelijke, en Cloudhuis B.V., verwerker, vertegenwoordigd door de heer K. Smit, directeur.
Ingangsdatum 1 januari 2026. Verwerker neemt geheimhouding in acht. De opzegtermijn is drie maanden. In tweevoud ondertekend.`,
    'none',
  ],
  [
    'service agreement between two companies, in English',
    `SERVICE AGREEMENT between Acme Facilities Ltd ("the Supplier") and Harbour Analytics Limited ("the Customer").
The Supplier shall provide cleaning services from the commencement date of 1 May 2026. Either party may terminate on three months' notice.
Confidentiality applies. Signed by Mr John Carter, director, for and on behalf of the Supplier.`,
    'none',
  ],
  [
    'huurovereenkomst',
    `Huurovereenkomst kantoorruimte. Verhuurder Vastgoed Noord B.V. en huurder Adviesbureau Smit B.V. Ingangsdatum 1 juli. Opzegtermijn zes maanden. Getekend te Groningen.`,
    'none',
  ],
  [
    'job ad in English',
    `Vacancy: Payroll Officer (30-37 hours per week). We offer a permanent employment contract, a salary of £32,000 to £36,000, 28 days annual leave, a pension scheme and a probation period of three months. Apply now via our website.`,
    'none',
  ],
  [
    'cao news',
    `Nieuws: de FNV en werkgevers bereikten een cao-akkoord. Werknemers krijgen een loonsverhoging van 4 procent, het aantal vakantiedagen stijgt en de pensioenregeling blijft gelijk. De cao geldt voor alle arbeidsovereenkomsten in de sector, zegt onderhandelaar Jan Pietersen.`,
    'quiet',
  ],
  [
    'HR policy about renewing contracts, with a contact person',
    `Beleid verlenging arbeidsovereenkomsten
Medewerkers met een arbeidsovereenkomst voor bepaalde tijd horen uiterlijk een maand voor de einddatum of hun contract wordt verlengd.
De werkgever kan bij een tweede arbeidsovereenkomst geen nieuwe proeftijd afspreken. Werknemers behouden hun salarisschaal en vakantiedagen.
De opzegtermijn volgt de cao. Vragen? Neem contact op met Petra de Groot, HR-adviseur, over de positie van de werknemer.`,
    'quiet',
  ],
  [
    'portal notice',
    `Beste Jan, je nieuwe arbeidsovereenkomst staat klaar in het personeelsportaal. Log in om hem te bekijken en digitaal te ondertekenen.`,
    'none',
  ],
  [
    'freelance assignment with a natural person',
    `Overeenkomst van opdracht
Opdrachtgever: Gemeente Oosterveld. Opdrachtnemer: Ruud Janssen, handelend onder de naam Janssen Advies, geboren op 03-03-1975.
Partijen komen overeen dat opdrachtnemer als zzp'er advieswerkzaamheden verricht tegen een uurtarief van € 95. Er is geen gezagsverhouding.
Ingangsdatum 1 maart 2026; opzegtermijn één maand; geheimhouding geldt.`,
    'low',
  ],
];

describe('employment-contract: agreements between an employer and a named employee', () => {
  it.each(ROWS)('%s', (_label, text, expected) => {
    const found = detectText(text, { detectors: ['employment-contract'] });
    expect(found.length).toBeLessThanOrEqual(1);
    const got = found.length > 0 ? found[0].confidence : 'none';
    if (expected === 'reported') expect(['medium', 'high']).toContain(got);
    else if (expected === 'quiet') expect(['none', 'low']).toContain(got);
    else expect(got).toBe(expected);
  });

  it('shows only the words it recognised, never a name, an amount or a date', () => {
    let shown = 0;
    for (const [, text] of ROWS) {
      for (const m of detectText(text, { detectors: ['employment-contract'] })) {
        shown++;
        expect(m.evidence).not.toMatch(/[€£]|[0-9]{2}/);
        expect(m.evidence).toBe(m.evidence.toLowerCase());
        expect(m.evidence).not.toMatch(/yilmaz|kramer|evans|shah|de jong|el amrani|janssen/);
      }
    }
    expect(shown).toBeGreaterThan(10);
  });
});
