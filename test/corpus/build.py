#!/usr/bin/env python3
"""Writes the labelled corpus: realistic Dutch and English office mail as .eml, and labels.json.

Each message is written by Python's email package (its own MIME writer: encoded words, quoted-printable,
base64, multiparts), HTML bodies in the shape Outlook/Word produces. The labels say which detector ids
a correct Send Guard must report under the default policy, judged from the message's meaning (DESIGN.md),
not from what the engine happens to output.

Run: python3 test/corpus/build.py   (rewrites test/corpus/messages/*.eml and test/corpus/labels.json)
"""
import json
import os
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'messages')
START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=1)))

# Numbers that pass their checks (elfproef, mod-97, Luhn), computed once; none belongs to a real person.
BSN = ['945807302', '229262193', '100233077', '465228173', '877901260', '762345937', '115114920', '235812407',
       '286465243', '166340339', '351751750', '709344478', '871460336', '559520037']
IBAN = ['NL44RABO0123456789', 'NL20INGB0001234567', 'NL91ABNA0417164300', 'NL63TRIO0212345678',
        'NL22SNSB0912345678', 'NL44ASNB0708123456', 'NL23BUNQ2025123456']

OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose;}
@page WordSection1 {size:612.0pt 792.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1" /></o:shapelayout></xml><![endif]--></head><body lang="NL" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">'''
OUTLOOK_TAIL = '</div></body></html>'


def para(text):
    return '<p class="MsoNormal">' + (text if text else '&nbsp;') + '<o:p></o:p></p>'


def outlook_html(paragraphs, table=None, after=None):
    html = OUTLOOK_HEAD + ''.join(para(p) for p in paragraphs)
    if table:
        rows = []
        for r, row in enumerate(table):
            cells = ''.join(
                '<td width="140" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">'
                + ('<b>' + c + '</b>' if r == 0 else c) + '<o:p></o:p></p></td>' for c in row)
            rows.append('<tr>' + cells + '</tr>')
        html += '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">' + ''.join(rows) + '</table>'
    if after:
        html += ''.join(para(p) for p in after)
    return html + OUTLOOK_TAIL


def plain_from_html_paragraphs(paragraphs, table=None, after=None):
    lines = list(paragraphs)
    if table:
        lines += ['\t'.join(r) for r in table]
    if after:
        lines += after
    return '\n'.join(lines) + '\n'


MESSAGES = []


def message(name, labels, sender, to, subject, text=None, html=None, cc=(), bcc=(), attachments=(), items=(), cte=None):
    MESSAGES.append(dict(name=name, labels=labels, sender=sender, to=to, cc=cc, bcc=bcc, subject=subject, text=text,
                         html=html, attachments=attachments, items=items, cte=cte))


def build(spec, index):
    m = EmailMessage(policy=SMTP)
    m['From'] = spec['sender']
    m['To'] = ', '.join(spec['to'])
    if spec['cc']:
        m['Cc'] = ', '.join(spec['cc'])
    if spec['bcc']:
        m['Bcc'] = ', '.join(spec['bcc'])
    m['Subject'] = spec['subject']
    m['Date'] = format_datetime(START + timedelta(hours=7 * index))
    m['Message-ID'] = '<corpus-%03d@send-guard.test>' % index
    m['X-Mailer'] = 'Microsoft Outlook 16.0'
    if spec['text'] is not None:
        m.set_content(spec['text'], cte=spec['cte'] or None)
    if spec['html'] is not None:
        if spec['text'] is None:
            m.set_content(spec['html'], subtype='html', cte=spec['cte'] or None)
        else:
            m.add_alternative(spec['html'], subtype='html')
    for filename, ctype, data in spec['attachments']:
        maintype, subtype = ctype.split('/')
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for inner in spec['items']:
        m.add_attachment(inner)
    return m.as_bytes()


def inner_message(sender, to, subject, text):
    m = EmailMessage(policy=SMTP)
    m['From'] = sender
    m['To'] = to
    m['Subject'] = subject
    m['Date'] = format_datetime(START)
    m.set_content(text)
    return m


HR = '"Personeelszaken" <personeelszaken@zorggroep-delta.nl>'
SALARIS = '"Salarisadministratie" <salaris@gemeente-oosterveld.nl>'

# ---------------------------------------------------------------- positives: content

message('nl-hr-loonstrook-body', ['payslip', 'bsn', 'iban'], SALARIS, ['"Bakker, Sanne" <s.bakker@gemeente-oosterveld.nl>'],
        'Je loonstrook februari 2026',
        text=f'''Beste Sanne,

Omdat het personeelsportaal deze week niet bereikbaar is, hierbij je salarisspecificatie van februari.

Salarisspecificatie februari 2026
Werkgever: Gemeente Oosterveld
Werknemer: S. Bakker
Personeelsnummer: 20451
BSN: {BSN[0]}
Periode: 02-2026

Brutoloon            3.412,00
Pensioenpremie        -284,33
Loonheffing           -702,18
Heffingskorting        toegepast
Nettoloon            2.425,49

Uitbetaald op rekening {IBAN[0]} op 25-02-2026.

Met vriendelijke groet,
Salarisadministratie
''')

message('nl-hr-nieuwe-medewerker', ['bsn', 'iban'], HR, ['salaris@zorggroep-delta.nl'],
        'Gegevens nieuwe medewerker Thuiszorg Noord',
        html=outlook_html([
            'Hoi Mark,', '',
            'Per 1 april start Fatima el Amrani als wijkverpleegkundige bij Thuiszorg Noord. Wil je haar in de salarisadministratie zetten?', '',
            'Naam: Fatima el Amrani',
            f'Burgerservicenummer: {BSN[1][:4]}.{BSN[1][4:6]}.{BSN[1][6:]}',
            f'Bankrekening (IBAN): {IBAN[1][:4]} {IBAN[1][4:8]} {IBAN[1][8:12]} {IBAN[1][12:16]} {IBAN[1][16:]}',
            'Geboortedatum: 14-07-1991', '',
            'Het contract stuur ik apart.', '', 'Groet,', 'Ellen van Dijk', 'Personeelszaken Zorggroep Delta']))

csv_rows = ['Personeelsnummer;Naam;BSN;IBAN;Functie']
people = [('1001', 'Jan de Vries'), ('1002', 'Annelies Smit'), ('1003', 'Mohamed Yilmaz'), ('1004', 'Priya Ramdin'),
          ('1005', 'Kees Mulder'), ('1006', 'Lotte Visser')]
for k, (nr, naam) in enumerate(people):
    csv_rows.append(f'{nr};{naam};{BSN[2 + k]};{IBAN[k % len(IBAN)]};Medewerker')
message('nl-salaris-export-csv', ['bsn', 'iban', 'personal-list'], SALARIS, ['m.hendriks@gemeente-oosterveld.nl'],
        'Export salarisrun maart',
        text='Hoi Marieke,\n\nIn de bijlage de export van de salarisrun van maart voor de controle.\n\nGroet,\nRob\n',
        attachments=[('salarisrun_maart_2026.csv', 'text/csv', ('\r\n'.join(csv_rows) + '\r\n').encode('utf-8'))])

clients = [['Naam', 'Geboortedatum', 'BSN', 'Wijk'],
           ['mw. J. Hoekstra', '03-05-1942', BSN[8], 'Noord'],
           ['dhr. P. Claassen', '21-11-1938', BSN[9], 'Noord'],
           ['mw. R. Öztürk', '09-02-1950', BSN[10], 'Centrum'],
           ['dhr. H. de Graaf', '30-08-1945', BSN[11], 'Oost'],
           ['mw. L. Pinas', '17-12-1947', BSN[12], 'Oost']]
message('nl-zorg-clientenlijst-html', ['bsn', 'personal-list'], '"Planning Thuiszorg" <planning@zorggroep-delta.nl>',
        ['wijkteam-noord@zorggroep-delta.nl'], 'Nieuwe cliënten week 12',
        html=outlook_html(['Beste collega’s,', '', 'Deze cliënten komen er volgende week bij:'], clients,
                          ['', 'Graag de intake inplannen.', '', 'Met vriendelijke groet,', 'Planning']))

message('nl-ziekmelding-bedrijfsarts', ['health'], '"Teamleider Zorg" <a.jansen@zorggroep-delta.nl>', ['personeelszaken@zorggroep-delta.nl'],
        'Ziekmelding Petra Vos',
        text='''Hallo,

Petra Vos heeft zich vanochtend ziek gemeld. Ze gaf aan dat de huisarts een burn-out heeft vastgesteld en dat ze medicatie
(sertraline) is gaan gebruiken. Ze verwacht minstens zes weken uit te vallen.

Kunnen jullie een afspraak met de bedrijfsarts inplannen? De eerste probleemanalyse moet binnen zes weken klaar zijn.

Groet,
Anouk Jansen
Teamleider Zorg
''')

message('nl-zorg-behandelplan', ['health', 'bsn'], '"Wijkverpleging" <wijkverpleging@zorggroep-delta.nl>', ['huisartsenpraktijk@zorggroep-delta.nl'],
        'Behandelplan dhr. Claassen',
        text=f'''Geachte collega,

Hierbij de afspraken uit het behandelplan van dhr. P. Claassen (BSN {BSN[9]}).

Diagnose: diabetes mellitus type 2, beginnende decubitus hiel links.
Medicatie: metformine 2x daags 500 mg, insuline volgens schema.
Wondzorg: dagelijks verband wisselen; bij roodheid contact opnemen.

Met vriendelijke groet,
Wijkverpleging Zorggroep Delta
''')

message('nl-wachtwoord-nieuwe-collega', ['credential'], '"ICT Servicedesk" <servicedesk@gemeente-oosterveld.nl>', ['t.dekker@gemeente-oosterveld.nl'],
        'Account voor je nieuwe collega',
        text='''Hoi Tom,

Het account voor je nieuwe collega is aangemaakt.

Gebruikersnaam: l.bosman
Wachtwoord: Zomer!Tulp2026

Laat haar het wachtwoord bij de eerste keer inloggen wijzigen.

Groet,
Servicedesk
''')

message('en-password-vendor-portal', ['credential'], '"Finance Team" <finance@brightwater-school.org>', ['accounts@brightwater-school.org'],
        'Login for the supplier portal',
        text='''Hi Grace,

Here are the details for the supplier portal while Mike is away:

URL: https://portal.example-supplier.com
Username: brightwater-finance
Password: Xq7#pLm2!vR9

Please keep this to yourself.

Thanks,
Oliver
''')

message('nl-paspoort-nummer', ['id-document'], '"Burgerzaken" <burgerzaken@gemeente-oosterveld.nl>', ['backoffice@gemeente-oosterveld.nl'],
        'Vermissing reisdocument',
        text='''Hallo backoffice,

Mevrouw K. Visser meldde vandaag aan de balie dat haar paspoort gestolen is.
Documentnummer paspoort: NXR4K7LP3
Afgiftedatum 12-06-2019, geldig tot 12-06-2029.

Willen jullie het document als vermist registreren?

Groet,
Burgerzaken
''')

message('nl-rijbewijs-leaseauto', ['id-document'], '"Fleetbeheer" <fleet@zorggroep-delta.nl>', ['personeelszaken@zorggroep-delta.nl'],
        'Leaseauto Dennis Kok',
        text='''Beste collega,

Voor de leaseauto van Dennis Kok heb ik zijn rijbewijsgegevens nodig gehad:
rijbewijsnummer 5123456789, categorie B, geldig tot 2031.

Kun je dit in zijn personeelsdossier zetten?

Groet,
Fleetbeheer
''')

message('en-card-hotel-booking', ['payment-card'], '"Events Office" <events@brightwater-school.org>', ['trips@brightwater-school.org'],
        'Hotel booking for the Year 9 trip',
        text='''Hi Sam,

I booked the rooms for the Year 9 trip with the school card:

Card number: 4111 1111 1111 1111
Expiry: 08/27
Name on card: Brightwater School

Could you confirm with the hotel that they charged the deposit?

Best,
Laura
''')

message('nl-creditcard-congres', ['payment-card'], '"Secretariaat" <secretariaat@gemeente-oosterveld.nl>', ['griffie@gemeente-oosterveld.nl'],
        'Inschrijving congres',
        html=outlook_html(['Beste griffie,', '',
                           'Ik heb de inschrijving voor het VNG-congres betaald met de creditcard van de afdeling:',
                           'creditcardnummer 5555&nbsp;5555&nbsp;5555&nbsp;4444, vervaldatum 11/27.', '',
                           'De factuur volgt per post.', '', 'Groet,', 'Secretariaat']))

message('nl-gemeente-bijstand', ['bsn', 'iban'], '"Werk en Inkomen" <wi@gemeente-oosterveld.nl>', ['uitkeringen@gemeente-oosterveld.nl'],
        'Wijziging rekeningnummer bijstand',
        text=f'''Hallo,

Cliënt dhr. A. Bouzid (burgerservicenummer {BSN[3]}) heeft een nieuw rekeningnummer doorgegeven voor zijn
bijstandsuitkering: {IBAN[3]}. Wil je dit per de volgende betaling aanpassen?

Met vriendelijke groet,
Team Werk en Inkomen
''')

pupils = [['Leerling', 'Groep', 'Ouder/verzorger', 'Telefoon', 'E-mail'],
          ['Noah Jansen', '7', 'Karin Jansen', '06-12345678', 'karin.jansen@gmail.com'],
          ['Emma de Boer', '7', 'Peter de Boer', '06-23456789', 'pdeboer@hotmail.com'],
          ['Daan Yildiz', '7', 'Ayse Yildiz', '06-34567890', 'ayse.yildiz@outlook.com'],
          ['Julia Vermeulen', '7', 'Mark Vermeulen', '06-45678901', 'markvermeulen@ziggo.nl'],
          ['Sem Bakker', '7', 'Linda Bakker', '06-56789012', 'l.bakker@kpnmail.nl'],
          ['Tess Koster', '7', 'Rachid Koster', '06-67890123', 'rkoster@gmail.com']]
message('nl-school-ouderlijst', ['personal-list'], '"Juf Marloes" <m.kramer@obs-de-linde.nl>', ['"Leerkrachten" <team@obs-de-linde.nl>'],
        'Contactlijst ouders groep 7',
        html=outlook_html(['Hoi allemaal,', '', 'Voor de schoolreis: de contactgegevens van de ouders van groep 7.'], pupils,
                          ['', 'Niet doorsturen graag.', 'Marloes']))

message('en-hr-payslip', ['payslip'], '"Payroll" <payroll@brightwater-school.org>', ['j.okafor@brightwater-school.org'],
        'Your payslip for February',
        text='''Dear James,

As requested, your payslip for February 2026 is below.

Payslip - February 2026
Employer: Brightwater School
Employee: James Okafor
Employee number: 3382
Gross pay: 3,150.00
Wage tax: 612.40
Pension contribution: 236.25
Net pay: 2,301.35

Kind regards,
Payroll
''')

jaaropgaaf = f'''Jaaropgaaf 2025
Werkgever: Gemeente Oosterveld
Werknemer: R. Pinas
Burgerservicenummer: {BSN[4]}
Loon voor de loonheffing: 48.312
Ingehouden loonheffing: 14.112
Verrekende arbeidskorting: 3.104
Heffingskorting toegepast: ja
'''
message('nl-jaaropgaaf-bijlage', ['payslip', 'bsn'], SALARIS, ['r.pinas@gemeente-oosterveld.nl'], 'Jaaropgaaf 2025',
        text='Beste Ruben,\n\nHierbij je jaaropgaaf over 2025 voor je belastingaangifte.\n\nGroet,\nSalarisadministratie\n',
        attachments=[('jaaropgaaf_2025_pinas.txt', 'text/plain', jaaropgaaf.encode('utf-8'))])

message('nl-loonstrook-pdf-naam', ['payslip'], SALARIS, ['s.bakker@gemeente-oosterveld.nl'], 'Loonstrook maart',
        text='Hoi Sanne,\n\nIn de bijlage je loonstrook van maart.\n\nGroet,\nSalarisadministratie\n',
        attachments=[('loonstrook_maart_2026.pdf', 'application/pdf', b'%PDF-1.7\n% placeholder without text\n')])

message('nl-kopie-id-kaart', ['id-document'], '"Receptie" <receptie@zorggroep-delta.nl>', ['personeelszaken@zorggroep-delta.nl'],
        'ID nieuwe invalkracht',
        text='Hierbij de kopie van het identiteitsbewijs van de nieuwe invalkracht voor het personeelsdossier.\n',
        attachments=[('kopie-id-kaart-voorkant.jpg', 'image/jpeg', b'\xff\xd8\xff\xe0\x00\x10JFIF\x00' + bytes(64))])

message('nl-bsn-in-onderwerp', ['bsn'], '"Klantcontact" <kcc@gemeente-oosterveld.nl>', ['belastingen@gemeente-oosterveld.nl'],
        f'Bezwaar WOZ, bsn {BSN[5]}',
        text='Hallo,\n\nDeze inwoner belde over zijn bezwaar tegen de WOZ-beschikking. Kunnen jullie hem terugbellen?\n\nGroet,\nKCC\n')

message('nl-qp-iban-html', ['iban'], '"Crediteurenadministratie" <crediteuren@zorggroep-delta.nl>', ['betalingen@zorggroep-delta.nl'],
        'Nieuw rekeningnummer leverancier',
        html=outlook_html(['Beste collega,', '',
                           'Leverancier Schoonmaakbedrijf Blink heeft een nieuw rekeningnummer doorgegeven. Wil je dit in het crediteurenbestand aanpassen voordat de volgende factuur wordt betaald? Het nieuwe rekeningnummer is ' + IBAN[5] + ' ten name van Blink Schoonmaak B.V.', '',
                           'Groet,', 'Crediteuren']), cte='quoted-printable')

message('nl-bsn-gestippeld-base64', ['bsn'], '"Leerplicht" <leerplicht@gemeente-oosterveld.nl>', ['jeugdteam@gemeente-oosterveld.nl'],
        'Verzuimmelding leerling',
        text=f'''Beste collega,

De school meldt ongeoorloofd verzuim van een leerling uit groep 8.
Burgerservicenummer: {BSN[6][:4]}.{BSN[6][4:6]}.{BSN[6][6:]}
Adres: Lindelaan 14, Oosterveld

Kunnen jullie contact opnemen met het gezin?

Leerplichtambtenaar
''', cte='base64')

forwarded = inner_message('"Wijkteam" <wijkteam@gemeente-oosterveld.nl>', 'wmo@gemeente-oosterveld.nl', 'Aanvraag huishoudelijke hulp',
                          f'Aanvraag Wmo voor mw. E. Dijkstra, bsn {BSN[7]}, Dorpsstraat 3.\nGraag beoordelen.\n')
message('nl-doorgestuurd-bericht', ['bsn'], '"Wmo-consulent" <wmo@gemeente-oosterveld.nl>', ['teamleider.wmo@gemeente-oosterveld.nl'],
        'FW: Aanvraag huishoudelijke hulp',
        text='Ter info, zie het bericht in de bijlage.\n', items=[forwarded])

message('en-sick-note-teacher', ['health'], '"Head of Year 8" <r.patel@brightwater-school.org>', ['hr@brightwater-school.org'],
        'Sick leave - Mr Evans',
        text='''Hello HR,

Mr Evans called in this morning. His GP has diagnosed him with pneumonia and prescribed antibiotics;
he has a fit note for two weeks. He also mentioned he is being treated for depression and asked
us to keep that confidential.

Could you arrange cover and an occupational health referral?

Thanks,
Ravi
''')

message('nl-pincode-telefoon', ['credential'], '"ICT" <ict@obs-de-linde.nl>', ['m.kramer@obs-de-linde.nl'],
        'Je nieuwe telefoon',
        text='''Hoi Marloes,

Je nieuwe werktelefoon ligt bij de administratie.
De pincode van de simkaart is 4831 en de pukcode 19370426.

Groet,
ICT
''')

message('nl-bsn-naar-extern', ['bsn', 'external-recipients'], '"Schuldhulpverlening" <schuldhulp@gemeente-oosterveld.nl>',
        ['"Budgetbeheer Noord" <intake@budgetbeheer-noord.nl>'], 'Aanmelding budgetbeheer',
        text=f'''Geachte heer/mevrouw,

Hierbij melden wij mevrouw S. Lopes aan voor budgetbeheer.
BSN: {BSN[13]}
Adres: Kastanjelaan 22, Oosterveld

Met vriendelijke groet,
Schuldhulpverlening Gemeente Oosterveld
''')

message('en-supplier-iban-change', ['iban'], '"Accounts Payable" <ap@brightwater-school.org>', ['bursar@brightwater-school.org'],
        'Updated bank details - catering supplier',
        text='''Hi,

The catering supplier sent new bank details today. Before we pay invoice 2026-118 please check by phone:
IBAN BE68 5390 0754 7034, BIC TRIOBEBB.

Thanks,
Accounts Payable
''')

birthdays = 'Naam\tGeboortedatum\tAdres\tTelefoon\n' + '\n'.join([
    'Jeroen Smits\t12-01-1985\tBeukenlaan 4, Oosterveld\t06-11223344',
    'Samira Haddou\t23-03-1990\tMolenweg 18, Oosterveld\t06-22334455',
    'Willem Brouwer\t05-06-1978\tKerkstraat 7, Westdorp\t06-33445566',
    'Nina Kuipers\t30-09-1988\tHavenkade 2, Oosterveld\t06-44556677',
    'Bas Hermans\t14-11-1982\tStationsweg 40, Westdorp\t06-55667788',
    'Iris Peeters\t08-02-1995\tZuiderpark 11, Oosterveld\t06-66778899']) + '\n'
message('nl-personeelslijst-tekst', ['personal-list'], '"Personeelsvereniging" <pv@gemeente-oosterveld.nl>', ['bestuur.pv@gemeente-oosterveld.nl'],
        'Ledenlijst voor de kerstpakketten',
        text='Hallo bestuur,\n\nVoor het bezorgen van de kerstpakketten aan huis:\n\n' + birthdays + '\nGroet,\nSecretaris PV\n')

# ---------------------------------------------------------------- positives: recipients

parents = ['karin.jansen@gmail.com', 'pdeboer@hotmail.com', 'ayse.yildiz@outlook.com', 'markvermeulen@ziggo.nl', 'l.bakker@kpnmail.nl',
           'rkoster@gmail.com', 'fam.dekker@hetnet.nl', 'j.smit@live.nl', 'sanne.willems@icloud.com', 'tom.de.wit@gmail.com',
           'b.hoekstra@planet.nl', 'nadia.amrani@hotmail.com', 'ouders.verbeek@gmail.com', 'r.visser@xs4all.nl']
message('nl-ouders-zichtbaar-in-aan', ['visible-recipients'], '"Juf Marloes" <m.kramer@obs-de-linde.nl>', parents,
        'Schoolreis groep 7 op 12 juni',
        text='''Beste ouders,

Op vrijdag 12 juni gaat groep 7 op schoolreis naar het Openluchtmuseum. We vertrekken om 8:30 uur en zijn rond 16:00 terug.
Geef uw kind een lunchpakket en regenkleding mee.

Met vriendelijke groet,
Juf Marloes
''')

message('nl-tikfout-domein', ['lookalike-domain'], '"Inkoop" <inkoop@gemeente-oosterveld.nl>',
        ['"Financiën" <financien@gemeente-oostervled.nl>', 'contractbeheer@gemeente-oosterveld.nl'], 'Contract schoonmaak 2026',
        text='Hallo,\n\nHet contract met de schoonmaakleverancier is getekend; de stukken staan in het zaaksysteem.\n\nGroet,\nInkoop\n')

customers = ['k.devries@gmail.com', 'p.maas@hotmail.com', 'a.peters@ziggo.nl', 'm.bos@kpnmail.nl', 'h.koning@outlook.com', 'e.vos@live.nl',
             's.dijkman@gmail.com', 'r.hendriks@planet.nl', 'l.jacobs@icloud.com', 'f.vanleeuwen@gmail.com', 'w.postma@hotmail.com',
             'd.schouten@ziggo.nl', 'j.kramer@gmail.com', 'b.bosch@xs4all.nl', 'c.wouters@outlook.com', 'g.ramdin@gmail.com',
             'i.verhoeven@hotmail.com', 'n.bakker@kpnmail.nl', 'o.dekker@gmail.com', 'q.meijer@live.nl', 'u.smeets@gmail.com',
             'v.groen@ziggo.nl', 'x.blom@hotmail.com', 'y.vermeer@gmail.com']
message('nl-nieuwsbrief-zonder-afmelden', ['missing-unsubscribe'], '"Sportcentrum De Linde" <info@sportcentrum-delinde.nl>',
        ['info@sportcentrum-delinde.nl'], 'Nieuwsbrief maart: voorjaarsactie', bcc=customers,
        text='''Beste sporter,

In onze nieuwsbrief van maart: de voorjaarsactie! Neem deze maand een jaarabonnement en krijg 25% korting.
Ook organiseren we op 28 maart een open dag met gratis proeflessen en een webinar over gezond bewegen.

Sportieve groet,
Sportcentrum De Linde
''')

# ---------------------------------------------------------------- hard negatives

message('nl-ordernummer-elfproef', [], '"Webwinkel Kantoorplein" <orders@kantoorplein.example>', ['inkoop@gemeente-oosterveld.nl'],
        'Orderbevestiging 271828183',
        text='''Bedankt voor uw bestelling!

Ordernummer: 271828183
Klantnummer: 314159265
Bestelde artikelen: 10x printpapier A4, 5x nietmachine

Verzending binnen 2 werkdagen. Track & trace volgt per e-mail.

Kantoorplein
''')

message('nl-factuur-klantnummer', [], '"Debiteuren Drukkerij Rood" <facturen@drukkerij-rood.example>', ['crediteuren@zorggroep-delta.nl'],
        'Factuur 2026-00412',
        text='''Geachte relatie,

In de bijlage vindt u factuur 2026-00412.
Factuurnummer: 2026-00412
Klantnummer: 100233053
Ordernummer: 945807314
Bedrag: € 1.248,50 incl. btw
Vervaldatum: 30-04-2026

Met vriendelijke groet,
Drukkerij Rood
''')

message('nl-telefoonnummers', [], '"Receptie" <receptie@gemeente-oosterveld.nl>', ['medewerkers@gemeente-oosterveld.nl'],
        'Nieuwe telefoonnummers afdelingen',
        text='''Beste collega's,

Vanaf maandag gelden de nieuwe nummers:
Burgerzaken: 0521-123456
Belastingen: +31 521 234 567
Wijkteam: 0031 (0)521 345678
Storingsdienst (mobiel): 06-87654321 of +31 6 1234 5678
Fax (nog even): 0521 456789

Groet,
Receptie
''')

message('nl-kvk-btw-handtekening', [], '"Adviesbureau Meerzicht" <info@meerzicht-advies.example>', ['inkoop@zorggroep-delta.nl'],
        'Offerte procesbegeleiding',
        text='''Geachte heer Verbeek,

Graag bieden wij u de procesbegeleiding aan voor € 8.400 excl. btw (offertenummer 2026-031).

Met vriendelijke groet,
Adviesbureau Meerzicht
Havenstraat 10, 3011 AB Rotterdam
KvK 12345678 | btw NL854502130B01
Tel. 010-2345678
''')

message('nl-wachtwoord-verloopt', [], '"ICT Servicedesk" <servicedesk@gemeente-oosterveld.nl>', ['j.dewit@gemeente-oosterveld.nl'],
        'Je wachtwoord verloopt over 5 dagen',
        text='''Beste collega,

Je wachtwoord verloopt over 5 dagen. Wijzig je wachtwoord via https://wachtwoord.gemeente-oosterveld.nl of druk op Ctrl+Alt+Del
en kies "Wachtwoord wijzigen". Deel je wachtwoord nooit met anderen; de servicedesk vraagt er nooit om.

Servicedesk
''')

message('nl-wachtwoordbeleid', [], '"Informatiebeveiliging" <ciso@zorggroep-delta.nl>', ['allemedewerkers@zorggroep-delta.nl'],
        'Nieuw wachtwoordbeleid per 1 april',
        html=outlook_html(['Beste collega’s,', '',
                           'Per 1 april gelden nieuwe regels voor wachtwoorden:',
                           '- een wachtwoord heeft minimaal 14 tekens;',
                           '- gebruik een wachtzin, bijvoorbeeld vier losse woorden;',
                           '- het wachtwoord: nooit hetzelfde als voor privé-accounts;',
                           '- de pincode van je telefoon is minimaal 6 cijfers.', '',
                           'Vragen? Mail informatiebeveiliging.', '', 'CISO']))

message('nl-vacature-salaris', [], '"Werving & Selectie" <werving@gemeente-oosterveld.nl>', ['communicatie@gemeente-oosterveld.nl'],
        'Vacaturetekst medewerker salarisadministratie',
        text='''Hoi,

Kunnen jullie deze vacature op de website zetten?

Medewerker salarisadministratie (32-36 uur)
Als medewerker verwerk je maandelijks de salarissen, controleer je loonstroken en beantwoord je vragen over brutoloon,
nettoloon, loonheffing en pensioenpremie. Je bent de spil tussen werkgever en werknemer.
Wij bieden: een brutoloon van € 3.200 tot € 4.400 per maand (schaal 8), een eindejaarsuitkering en een goede pensioenregeling.

Groet,
Werving & Selectie
''')

message('nl-nieuws-cao-lonen', [], '"Nieuwsbrief Personeel" <redactie@zorggroep-delta.nl>', ['allemedewerkers@zorggroep-delta.nl'],
        'Wat verandert er in je salaris in 2026?',
        text='''In 2026 stijgen de cao-lonen in de zorg met 4,2%. Tegelijk verandert de loonheffing: de heffingskorting
wordt iets hoger en de pensioenpremie daalt. Wat dit voor jouw nettoloon betekent, zie je op je eerste loonstrook van het jaar.
Gemiddeld houdt een werknemer met een brutoloon van € 3.000 ongeveer € 40 per maand meer over.

Redactie
''')

message('nl-griepvaccinatie', [], '"Arbodienst" <arbo@zorggroep-delta.nl>', ['allemedewerkers@zorggroep-delta.nl'],
        'Griepvaccinatie voor medewerkers',
        text='''Beste collega's,

De griepgolf is dit jaar vroeg begonnen, meldt het RIVM. Zorgmedewerkers kunnen zich gratis laten vaccineren op
15 en 16 oktober in de centrale hal. Heb je koorts of een allergie voor kippeneiwit, overleg dan eerst met de bedrijfsarts.

Arbodienst
''')

message('en-tracking-and-order', [], '"Parcel Service" <noreply@parcels.example>', ['office@brightwater-school.org'],
        'Your parcel is on its way',
        text='''Good news! Your order 582301944 has shipped.

Tracking number: 1Z999AA10123456784
Reference: 945807314
Expected delivery: Thursday between 10:00 and 14:00

Parcel Service
''')

message('nl-isbn-ean-bestelling', [], '"Schoolboekhandel" <orders@schoolboeken.example>', ['administratie@obs-de-linde.nl'],
        'Bestelling lesmethodes',
        text='''Beste administratie,

Uw bestelling is verwerkt:
- Wereld in getallen groep 7, ISBN 978-90-345-8763-1, EAN 9789034587631, 28 stuks
- Taal actief groep 7, ISBN 978-90-345-9142-3, 28 stuks
Artikelcode 8712345678906

Totaal € 2.184,00. Levering voor 1 augustus.

Schoolboekhandel
''')

message('nl-bedragen-en-datums', [], '"Control" <control@gemeente-oosterveld.nl>', ['mt@gemeente-oosterveld.nl'],
        'Begrotingsuitputting Q1',
        text='''Beste MT,

De uitputting van de begroting na Q1:
Totale begroting 2026: € 123.456.789
Uitgegeven t/m 31-03-2026: € 28.912.406,55
Verwacht resultaat: -1.204.330
Referentie raadsbesluit 2025-11-27/04, zaaknummer Z.2026.004512

Control
''')

message('nl-iban-verkeerde-controle', [], '"Crediteuren" <crediteuren@zorggroep-delta.nl>', ['betalingen@zorggroep-delta.nl'],
        'Betaling geweigerd door bank',
        text='''Hoi,

De betaling aan de leverancier is teruggekomen: het rekeningnummer NL91ABNA0417164301 bestaat niet volgens de bank.
Ik vraag het juiste nummer op bij de leverancier.

Groet,
Crediteuren
''')

message('nl-overleg-avg', [], '"Privacy Officer" <privacy@gemeente-oosterveld.nl>', ['mt@gemeente-oosterveld.nl'],
        'Agenda privacyoverleg',
        text='''Beste allemaal,

Agenda voor het privacyoverleg van donderdag:
1. Gebruik van het BSN in het nieuwe zaaksysteem: waar is het wettelijk toegestaan?
2. Datalekken Q1: drie meldingen, waarvan twee e-mail aan de verkeerde ontvanger.
3. Bewaartermijnen medische gegevens bij re-integratie.
4. Rondvraag.

Privacy Officer
''')

message('en-newsletter-with-unsubscribe', [], '"Brightwater PTA" <pta@brightwater-school.org>', ['pta@brightwater-school.org'],
        'PTA newsletter: spring fair', bcc=customers,
        text='''Dear parents,

Our spring fair is on Saturday 21 March: cake stall, raffle and a 10% discount at the uniform shop.

To unsubscribe from these emails, reply with "unsubscribe" or visit https://brightwater-school.org/pta/unsubscribe.

Brightwater PTA
''')

colleagues = ['"%s" <%s@gemeente-oosterveld.nl>' % (n, n.lower().replace(' ', '.')) for n in
              ['Anna Smit', 'Bert Kok', 'Carla Mol', 'Dirk Jansen', 'Eva Bos', 'Frank Stam', 'Gea Post', 'Hans Wit',
               'Ingrid Kuiper', 'Joost Dekker', 'Karin Vos', 'Leo Brink', 'Mila Graaf', 'Nico Schouten', 'Olga Roos']]
message('nl-teamuitje-intern', [], '"Secretariaat" <secretariaat@gemeente-oosterveld.nl>', colleagues,
        'Teamuitje 19 juni',
        text='Hallo allemaal,\n\nHet teamuitje is op 19 juni: we gaan suppen op de plas en eten daarna samen. Opgeven kan tot 1 juni.\n\nGroet,\nSecretariaat\n')

roster = [['Dienst', 'Maandag', 'Dinsdag', 'Woensdag'],
          ['Vroeg', 'Anouk', 'Bram', 'Chantal'],
          ['Laat', 'Dewi', 'Erik', 'Fleur'],
          ['Nacht', 'Gijs', 'Hanneke', 'Ivo'],
          ['Vroeg 2', 'Jesse', 'Kim', 'Lars'],
          ['Laat 2', 'Maud', 'Niels', 'Olivia']]
message('nl-rooster-zorg', [], '"Planning" <planning@zorggroep-delta.nl>', ['team-de-es@zorggroep-delta.nl'],
        'Rooster week 14',
        html=outlook_html(['Hoi team,', '', 'Hieronder het rooster van week 14.'], roster, ['', 'Ruilen via de planner.', 'Planning']))

message('en-sick-leave-policy', [], '"HR" <hr@brightwater-school.org>', ['staff@brightwater-school.org'],
        'Reminder: sick leave procedure',
        text='''Dear colleagues,

A reminder of the sick leave procedure: if you are ill, call the cover manager before 7:30 am and tell us how long you
expect to be away. From the eighth day a fit note from your GP is needed. Occupational health is available to all staff.

HR
''')

message('nl-ziekmelden-procedure', [], '"P&O" <po@obs-de-linde.nl>', ['team@obs-de-linde.nl'],
        'Hoe meld je je ziek?',
        text='''Beste collega's,

Ziek? Meld je voor 7:00 uur telefonisch bij de directeur, niet per app of mail. Geef door hoe lang je denkt weg te blijven;
medische details hoeven we niet te weten. Bij langer verzuim nodigt de bedrijfsarts je uit.

P&O
''')

message('nl-phishing-waarschuwing', [], '"Informatiebeveiliging" <ciso@gemeente-oosterveld.nl>', ['medewerkers@gemeente-oosterveld.nl'],
        'Let op: phishingmail over je bankpas',
        text='''Beste collega's,

Er gaat een phishingmail rond die lijkt op een bericht van de bank. Een bank vraagt nooit om je pincode, je wachtwoord of je
creditcardnummer. Klik niet op de link en meld de mail via de knop "Phishing melden".

Informatiebeveiliging
''')

message('nl-notulen-mt', [], '"Directiesecretariaat" <directie@zorggroep-delta.nl>', ['mt@zorggroep-delta.nl'],
        'Notulen MT 4 maart',
        html=outlook_html(['Beste MT-leden,', '', 'De notulen van 4 maart:',
                           '1. Het ziekteverzuim is gedaald naar 6,1%.',
                           '2. De nieuwe cao is ingegaan; salarissen zijn per 1 maart aangepast.',
                           '3. De aanbesteding voor de schoonmaak loopt; gunning in mei.',
                           '4. Volgend overleg: 1 april, 9:30 uur.', '', 'Groet,', 'Directiesecretariaat']))

message('en-meeting-invite', [], '"Deputy Head" <deputy@brightwater-school.org>', ['staff@brightwater-school.org'],
        'INSET day agenda',
        text='''Hi all,

INSET day agenda (Monday 20 April):
09:00 Safeguarding update (room 101)
10:30 Break
10:45 Curriculum planning by department
13:00 Lunch
14:00 Data protection refresher: sending pupil data by email

See you there,
Deputy Head
''')

message('nl-postcode-adres-org', [], '"Facilitair" <facilitair@gemeente-oosterveld.nl>', ['medewerkers@gemeente-oosterveld.nl'],
        'Verhuizing archief',
        text='''Beste collega's,

Het archief verhuist op 8 mei naar Industrieweg 12, 7941 KA Oosterveld. Het depot aan de Markt 1, 7941 AB Oosterveld
sluit dan. Vragen: bel 0521-123499.

Facilitair
''')


# ---------------------------------------------------------------- employment contracts and their look-alikes

AOK_JANSEN = """ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD

De ondergetekenden:
1. Zorggroep Delta, gevestigd te Deventer, rechtsgeldig vertegenwoordigd door mevrouw E. van Dijk, manager P&O, hierna te noemen "werkgever";
2. de heer Bas Jansen, geboren op 9 november 1997, wonende te Apeldoorn, hierna te noemen "werknemer";

komen het volgende overeen:

Artikel 1  Indiensttreding en duur
Werknemer treedt op 1 mei 2026 in dienst voor de duur van twaalf maanden. De arbeidsovereenkomst eindigt van rechtswege op 30 april 2027.
Artikel 2  Functie en standplaats
Werknemer wordt aangesteld in de functie van helpende plus; standplaats is locatie De Horst.
Artikel 3  Proeftijd
Er geldt een proeftijd van een maand.
Artikel 4  Arbeidsduur
De arbeidsduur bedraagt 24 uur per week.
Artikel 5  Salaris
Werknemer wordt ingeschaald in FWG 30, trede 2; het bruto maandsalaris bij een volledige werkweek bedraagt EUR 2.745,00.
Artikel 6  Vakantie
Werknemer bouwt vakantie-uren en vakantietoeslag op volgens de cao VVT, die op deze arbeidsovereenkomst van toepassing is.
Artikel 7  Pensioen
Werknemer neemt deel aan de pensioenregeling van PFZW.

Aldus in tweevoud opgemaakt en ondertekend te Deventer op 14 april 2026.

werkgever                                   werknemer
"""
message('nl-arbeidsovereenkomst-bijlage', ['employment-contract', 'external-recipients'], HR, ['bas.jansen97@gmail.com'],
        'Je arbeidsovereenkomst',
        text='Beste Bas,\n\nWelkom bij Zorggroep Delta! In de bijlage je arbeidsovereenkomst. Wil je beide exemplaren tekenen?\n\nGroet,\nEllen van Dijk\nPersoneelszaken\n',
        attachments=[('Arbeidsovereenkomst Jansen.txt', 'text/plain', AOK_JANSEN.encode('utf-8'))])

message('nl-vso-concept-advocaat', ['employment-contract', 'external-recipients'], '"mr. R. Scholten" <r.scholten@scholten-arbeidsrecht.nl>',
        ['personeelszaken@gemeente-oosterveld.nl'], 'Concept VSO de heer Kaya',
        html=outlook_html([
            'Geachte mevrouw Hendriks,', '',
            'Zoals besproken hieronder het concept van de vaststellingsovereenkomst.', '',
            '<b>VASTSTELLINGSOVEREENKOMST</b>',
            'Partijen: de Gemeente Oosterveld, hierna: werkgever, en de heer M. Kaya, wonende te Zwolle, hierna: werknemer.',
            '1. De arbeidsovereenkomst eindigt met wederzijds goedvinden op initiatief van werkgever per 1 september 2026, met inachtneming van de opzegtermijn.',
            '2. Werknemer is tot de einddatum vrijgesteld van werkzaamheden met behoud van salaris.',
            '3. Werkgever betaalt een transitievergoeding van EUR 14.200 bruto en vergoedt de kosten van juridische bijstand.',
            '4. Werkgever verstrekt een positief getuigschrift.',
            '5. Werknemer heeft een bedenktermijn van veertien dagen. Na uitvoering verlenen partijen elkaar finale kwijting.', '',
            'Met vriendelijke groet,', 'mr. R. Scholten']))

message('en-settlement-agreement-body', ['employment-contract'], '"HR Team" <hr@brightwater-school.org>', ['payroll@brightwater-school.org'],
        'Signed settlement agreement - L. Mensah',
        text="""Hi,

For payroll processing, the key terms of the signed settlement agreement:

SETTLEMENT AGREEMENT between Brightwater School Trust ("the Employer") and Mr Lewis Mensah ("the Employee")
- Termination Date: 31 July 2026
- Payment in lieu of notice: three months' basic salary, subject to deductions
- Termination payment: GBP 9,000, the first GBP 30,000 free of tax
- Accrued but untaken holiday to be paid with the final salary
- The Employee has received independent legal advice and waives all Relevant Claims.

Thanks,
HR Team
""")

message('nl-oproepovereenkomst-html', ['employment-contract'], HR, ['planning@zorggroep-delta.nl'],
        'Oproepkracht Lisa Smeets',
        html=outlook_html([
            'Hoi planning,', '',
            'Lisa start als oproepkracht. De afspraken uit haar oproepovereenkomst:', ''],
            [['Onderdeel', 'Afspraak'],
             ['Werknemer', 'Lisa Smeets'],
             ['Soort contract', 'Oproepovereenkomst (nulurencontract)'],
             ['Functie', 'Medewerker huishouding'],
             ['Ingangsdatum', '1 juni 2026'],
             ['Uurloon', 'EUR 14,40 bruto plus vakantietoeslag'],
             ['Opzegtermijn', 'Een maand']],
            ['', 'Groet, Ellen']))

message('nl-model-arbeidsovereenkomst', [], HR, ['leidinggevenden@zorggroep-delta.nl'],
        'Nieuw model arbeidsovereenkomst',
        text="""Beste leidinggevenden,

Vanaf nu gebruiken we dit model. Vul de velden tussen haken in.

MODEL ARBEIDSOVEREENKOMST
De ondergetekenden: Zorggroep Delta, hierna te noemen werkgever, en [naam], geboren op [geboortedatum], wonende te [woonplaats], hierna te noemen werknemer.
Functie: [functie]. Ingangsdatum: [datum]. Proeftijd: een maand. Arbeidsduur: [aantal] uur per week.
Salaris: schaal [schaal], trede [trede]. Vakantiedagen en vakantietoeslag volgens de cao VVT.

Personeelszaken
""")

message('nl-dienstverleningsovereenkomst', [], '"Inkoop" <inkoop@gemeente-oosterveld.nl>', ['contracten@schoonmaakbedrijf-rein.nl'],
        'Getekende dienstverleningsovereenkomst schoonmaak',
        text="""Geachte heer Bos,

Bijgaand de getekende dienstverleningsovereenkomst.

DIENSTVERLENINGSOVEREENKOMST
Partijen: Gemeente Oosterveld, hierna: opdrachtgever, en Schoonmaakbedrijf Rein B.V., vertegenwoordigd door de heer J. Bos, directeur, hierna: leverancier.
Ingangsdatum: 1 juli 2026, voor onbepaalde tijd. Opzegtermijn: drie maanden. Leverancier zet eigen werknemers in en houdt zich aan de cao Schoonmaak.
Partijen nemen geheimhouding in acht. In tweevoud ondertekend.

Met vriendelijke groet,
Afdeling Inkoop
""")

message('nl-beleid-tijdelijke-contracten', [], HR, ['leidinggevenden@zorggroep-delta.nl'],
        'Beleid verlenging tijdelijke contracten',
        text="""Beste leidinggevenden,

Een reminder van ons beleid: medewerkers met een arbeidsovereenkomst voor bepaalde tijd horen uiterlijk een maand voor de einddatum
of hun contract wordt verlengd (de aanzegtermijn). Bij verlenging geldt geen nieuwe proeftijd. De werknemer houdt zijn salarisschaal,
vakantiedagen en pensioenregeling. Werknemers met een derde contract krijgen een arbeidsovereenkomst voor onbepaalde tijd.

Vragen? Bel Ellen van Dijk van Personeelszaken.
""")


def main():
    os.makedirs(OUT, exist_ok=True)
    labels = {}
    for index, spec in enumerate(MESSAGES):
        name = spec['name'] + '.eml'
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(build(spec, index))
        labels[name] = sorted(spec['labels'])
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(len(MESSAGES), 'messages')


if __name__ == '__main__':
    main()
