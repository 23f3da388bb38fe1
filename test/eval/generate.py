#!/usr/bin/env python3
"""Seeded generator of Send Guard's own evaluation set (see DESCRIPTION.md for what it imitates).

    python3 test/eval/generate.py            # writes test/eval/msgs/*.eml, labels.json, split.json, planted.json

Text content and labels are reproducible from SEED; office and PDF files are made by LibreOffice
(`soffice --headless --convert-to`, one call per target format) and carry its timestamps.
Python 3 standard library only, plus soffice on the PATH.
"""
import email.charset
import email.utils
import hashlib
import html
import json
import os
import random
import shutil
import string
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from datetime import datetime, timedelta, timezone
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email import encoders
from email import message_from_bytes
import email.policy
from email.header import Header

MAIL_POLICY = email.policy.default.clone(linesep='\n')

SEED = 1515
R = random.Random(SEED)
random.seed(SEED)  # the email package draws MIME boundaries from the global generator

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'msgs')

# ---------------------------------------------------------------------------------------------
# Checksums (asserted for every planted value)


def elfproef(digits):
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {'0'}:
        return False
    total = sum(int(digits[i]) * (9 - i) for i in range(8)) - int(digits[8])
    return total % 11 == 0


def mod97_ok(iban):
    s = iban.replace(' ', '').upper()
    if len(s) < 15:
        return False
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def ean_ok(digits):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(digits[:12]))
    return (10 - s % 10) % 10 == int(digits[12])


def digits_of(s):
    return ''.join(c for c in s if c.isdigit())


# ---------------------------------------------------------------------------------------------
# Values


def nine_elfproef(first=None):
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        if first is not None:
            d[0] = first
        elif d[0] == 0:
            d[0] = R.randint(1, 3)
        s = ''.join(map(str, d))
        if elfproef(s):
            return s


def make_bsn(leading_zero=False):
    while True:
        b = nine_elfproef(0 if leading_zero else None)
        if not leading_zero or b[1] != '0':  # one dropped zero, not two
            return b


BSN_GROUPINGS = [(9,), (3, 3, 3), (4, 2, 3), (2, 2, 2, 3)]


def fmt_bsn(bsn, style=None):
    if style is None:
        style = R.choice(['plain', 'plain', '333 ', '333.', '333-', '423 ', '423.', '423-', '2223 ', '2223.', '2223-'])
    if style == 'plain':
        return bsn
    groups = {'333': (3, 3, 3), '423': (4, 2, 3), '2223': (2, 2, 2, 3)}[style[:-1]]
    out, i = [], 0
    for g in groups:
        out.append(bsn[i:i + g])
        i += g
    return style[-1].join(out)


NL_BANKS = ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB']
BICS = {'ABNA': 'ABNANL2A', 'INGB': 'INGBNL2A', 'RABO': 'RABONL2U', 'SNSB': 'SNSBNL2A', 'TRIO': 'TRIONL2U',
        'ASNB': 'ASNBNL21', 'KNAB': 'KNABNL2H', 'BUNQ': 'BUNQNL2A', 'RBRB': 'RBRBNL21'}


def iban_with_check(country, bban):
    n = ''.join(str(int(c, 36)) for c in bban + country + '00')
    check = 98 - int(n) % 97
    return country + '%02d' % check + bban


def make_iban(country='NL'):
    if country == 'NL':
        bban = R.choice(NL_BANKS) + ''.join(str(R.randint(0, 9)) for _ in range(10))
    elif country == 'BE':
        first = R.randint(1000000000, 9999999999)
        chk = first % 97 or 97
        bban = '%010d%02d' % (first, chk)
    elif country == 'DE':
        bban = ''.join(str(R.randint(0, 9)) for _ in range(18))
    else:  # FR with a valid RIB key
        bank, branch = '%05d' % R.randint(10000, 30000), '%05d' % R.randint(1, 99999)
        acct = '%011d' % R.randint(1, 10 ** 11 - 1)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + '%02d' % key
    iban = iban_with_check(country, bban)
    assert mod97_ok(iban)
    return iban


def fmt_iban(iban, style=None):
    if style is None:
        style = R.choice(['groups', 'groups', 'groups', 'plain', 'plain', 'lower', 'lowerplain'])
    grouped = ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return {'groups': grouped, 'plain': iban, 'lower': grouped.lower(), 'lowerplain': iban.lower()}[style]


def bad_iban():
    """An IBAN-shaped string whose check digits are wrong."""
    good = make_iban('NL')
    while True:
        check = '%02d' % R.randint(2, 98)
        bad = good[:2] + check + good[4:]
        if not mod97_ok(bad):
            return bad


def make_card(kind=None):
    kind = kind or R.choice(['visa', 'visa', 'mc', 'mc', 'amex', 'maestro'])
    if kind == 'visa':
        prefix, length = '4' + str(R.randint(0, 9)), 16
    elif kind == 'mc':
        prefix, length = str(R.randint(51, 55)), 16
    elif kind == 'amex':
        prefix, length = R.choice(['34', '37']), 15
    else:
        prefix, length = R.choice(['6759', '6761', '5018']), 16
    while True:
        body = prefix + ''.join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        for last in range(10):
            if luhn_ok(body + str(last)):
                return kind, body + str(last)


def fmt_card(kind, number):
    sep = R.choice([' ', ' ', '-', ''])
    if kind == 'amex':
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i:i + 4] for i in range(0, len(number), 4)]
    return sep.join(groups)


LETTERS_NO_O = 'ABCDEFGHIJKLMNPQRSTUVWXYZ'


def make_passport():
    """Dutch passport/ID-card number: 2 letters, 6 letters or digits, 1 digit, never the letter O."""
    mid = ''.join(R.choice(LETTERS_NO_O + '0123456789' * 2) for _ in range(6))
    if not any(c.isdigit() for c in mid):
        mid = mid[:3] + str(R.randint(0, 9)) + mid[4:]
    return R.choice(LETTERS_NO_O) + R.choice(LETTERS_NO_O) + mid + str(R.randint(0, 9))


def make_driving_licence():
    return str(R.randint(1, 5)) + ''.join(str(R.randint(0, 9)) for _ in range(9))


def make_ean_luhn():
    while True:
        s = '87' + ''.join(str(R.randint(0, 9)) for _ in range(10))
        for last in range(10):
            c = s + str(last)
            if ean_ok(c) and luhn_ok(c):
                return c
        # no digit satisfies both: draw again


def make_kvk():
    return '%08d' % R.randint(10000000, 99999999)


def tracking():
    return R.choice([
        lambda: '3S' + ''.join(R.choice(string.ascii_uppercase) for _ in range(4)) + ''.join(str(R.randint(0, 9)) for _ in range(7)),
        lambda: 'JVGL' + ''.join(str(R.randint(0, 9)) for _ in range(16)),
        lambda: '1Z' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
    ])()


def rand_token(n, alphabet=string.ascii_letters + string.digits):
    return ''.join(R.choice(alphabet) for _ in range(n))


def passphrase():
    words = ['Zomer', 'tulp', 'Fiets', 'molen', 'Kaas', 'regen', 'Haven', 'duin', 'Klomp', 'storm', 'Ganzen', 'brug']
    return R.choice(words) + R.choice(['-', '', '!', '#']) + R.choice(words) + str(R.randint(10, 99))


def password():
    return R.choice([
        lambda: rand_token(3, string.ascii_uppercase) + rand_token(5, string.ascii_lowercase) + str(R.randint(10, 99)) + R.choice('!#$%&'),
        lambda: R.choice(['Welkom', 'Lente', 'Start', 'Najaar']) + str(R.randint(2025, 2027)) + R.choice('!#?'),
        lambda: rand_token(12, string.ascii_letters + string.digits + '!#%'),
        passphrase,
    ])()


# ---------------------------------------------------------------------------------------------
# People and organisations

FIRST = ('Anouk Sanne Lotte Emma Fleur Iris Femke Noor Lieke Marloes Esther Ingrid Petra Yvonne Fatima Samira Aylin Naima Demi '
         'Kim Joyce Chantal Wilma Mirjam Hanneke Jeroen Bas Thijs Ruben Daan Sem Mohamed Youssef Mehmet Kevin Dennis Erik Mark '
         'Sander Pieter Wouter Koen Jan Henk Gerrit Ahmed Stefan Niels Rik Tim Joost Maarten Ilse Bram Lars').split()
LAST = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos',
        'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf',
        'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen',
        'van den Broek', 'Yilmaz', 'El Amrani', 'Bouzid', 'Kaya', 'Öztürk', 'Schouten', 'Willems', 'Hoekstra', 'Koster',
        'Prins', 'Huisman', 'Post', 'Kuipers', 'Veenstra', 'Çelik', 'Wijnands', 'Timmermans', 'Verbeek']
STREETS = ['Kerkstraat', 'Molenweg', 'Dorpsstraat', 'Lindenlaan', 'Stationsweg', 'Julianastraat', 'Beukenlaan', 'Havenkade',
           'Schoolstraat', 'Nieuwe Gracht', 'Esdoornhof', 'Vondellaan', 'Prins Hendrikstraat', 'Wilgenweg', 'Zuiderpark']
CITIES = ['Amersfoort', 'Zwolle', 'Deventer', 'Haarlem', 'Leiden', 'Tilburg', 'Breda', 'Assen', 'Almere', 'Apeldoorn',
          'Groningen', 'Utrecht', 'Nijmegen', 'Den Bosch', 'Alkmaar', 'Dordrecht', 'Hengelo', 'Zeist']
WEBMAIL = ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'icloud.com', 'xs4all.nl']

ORGS = {
    'hr': [('Hoekstra Installatietechniek B.V.', 'hoekstra-installatie.nl'), ('Bouwbedrijf Van Dalen', 'vandalenbouw.nl'),
           ('Drukkerij De Kroon', 'drukkerijdekroon.nl')],
    'payroll': [('Salarisbureau Linde & Co', 'lindesalaris.nl'), ('Loonadministratie Noord B.V.', 'loonnoord.nl'),
                ('Administratiekantoor Verhoef', 'verhoef-administratie.nl')],
    'care': [('Thuiszorg Het Anker', 'thuiszorghetanker.nl'), ('GGZ Oostvaart', 'ggzoostvaart.nl'),
             ('Huisartsenpraktijk De Meidoorn', 'hapdemeidoorn.nl'), ('Zorggroep Lindenhof', 'zglindenhof.nl')],
    'gemeente': [('Gemeente Oosterwaarde', 'oosterwaarde.nl'), ('Gemeente Heuvelrijk', 'heuvelrijk.nl'),
                 ('Gemeente Zandbeek', 'zandbeek.nl')],
    'school': [('OBS De Regenboog', 'obsregenboog.nl'), ('Het Veluws College', 'veluwscollege.nl'),
               ('CSG Westerhout', 'csgwesterhout.nl')],
    'housing': [('Woonstichting Thuisbaak', 'thuisbaak.nl'), ('Wooncorporatie Het Baken', 'hetbaken-wonen.nl')],
    'it': [('Servicedesk ICT', 'zandbeek.nl'), ('ICT Helpdesk', 'hoekstra-installatie.nl'), ('IT Service Desk', 'nordvale.com')],
    'intl': [('Nordvale Logistics B.V.', 'nordvale.com'), ('Arcwell Europe B.V.', 'arcwell.eu')],
    'sport': [("VV Oranje Wit '32", 'oranjewit32.nl'), ('Tennisvereniging De Kaats', 'tvdekaats.nl'),
              ('Hockeyclub Polderstad', 'hcpolderstad.nl')],
    'shop': [('Kantoorhuis Direct', 'kantoorhuisdirect.nl'), ('TechParts Benelux', 'techparts.eu'),
             ('Groothandel Meulenbelt', 'meulenbelt-groothandel.nl')],
}


class Person:
    def __init__(self, domain=None, webmail=False):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.name = self.first + ' ' + self.last
        local = (self.first[0] + '.' + self.last.replace(' ', '')).lower() if R.random() < 0.5 else \
            (self.first + '.' + self.last.replace(' ', '')).lower()
        local = local.replace('ö', 'o').replace('ü', 'u').replace('ç', 'c')
        if webmail or not domain:
            local = local.replace('.', R.choice(['', '.', '_'])) + (str(R.randint(1, 99)) if R.random() < 0.5 else '')
            domain = R.choice(WEBMAIL)
        self.email = local + '@' + domain
        self.dob = '%02d-%02d-%d' % (R.randint(1, 28), R.randint(1, 12), R.randint(1952, 2004))
        self.address = '%s %d, %s %s %s' % (R.choice(STREETS), R.randint(1, 180), R.randint(1011, 9999),
                                           R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase), R.choice(CITIES))
        self.mobile = '06-' + ''.join(str(R.randint(0, 9)) for _ in range(8))


def child():
    p = Person()
    p.dob = '%02d-%02d-%d' % (R.randint(1, 28), R.randint(1, 12), R.randint(2010, 2020))
    return p


def rand_date(year=2026):
    return '%d-%d-%d' % (R.randint(1, 28), R.randint(1, 12), year)


def money(lo, hi):
    v = R.uniform(lo, hi)
    return ('%.2f' % v).replace('.', ',')


def money_nl(lo, hi):
    v = R.uniform(lo, hi)
    whole, cents = ('%.2f' % v).split('.')
    if len(whole) > 3:
        whole = whole[:-3] + '.' + whole[-3:]
    return whole + ',' + cents


# ---------------------------------------------------------------------------------------------
# Writing style


def greet(lang, name=None):
    first = name.split()[0] if name else None
    if lang == 'en':
        return R.choice(['Hi %s,' % first if first else 'Hi,', 'Dear %s,' % first if first else 'Dear colleagues,',
                         'Hello,', 'Hi all,', 'Good morning,'])
    return R.choice(['Hoi %s,' % first if first else 'Hoi,', 'Beste %s,' % first if first else 'Beste collega,',
                     'Goedemorgen,', 'Dag %s,' % first if first else 'Hallo,', 'Hallo allemaal,', 'Hi,', 'Goedemiddag,'])


ROLES = {
    ('', 'nl'): ['Teamleider', 'Office manager', 'Secretariaat', 'Medewerker'],
    ('', 'en'): ['Office Manager', 'Team Lead'],
    ('hr', 'nl'): ['Medewerker HR', 'HR-adviseur', 'Personeelszaken'], ('payroll', 'nl'): ['Salarisadministratie', 'Payroll specialist'],
    ('care', 'nl'): ['Wijkverpleegkundige', 'Casemanager', 'Praktijkondersteuner', 'Planner zorg'],
    ('gemeente', 'nl'): ['Consulent Werk en Inkomen', 'Klantmanager', 'Medewerker Burgerzaken', 'Consulent Wmo'],
    ('school', 'nl'): ['Intern begeleider', 'Zorgcoördinator', 'Leerlingadministratie', 'Mentor'],
    ('housing', 'nl'): ['Verhuurconsultant', 'Medewerker Klantcontact'], ('it', 'nl'): ['Servicedesk', 'Systeembeheer'],
    ('sport', 'nl'): ['Ledenadministratie', 'Penningmeester', 'Secretaris'], ('shop', 'nl'): ['Klantenservice', 'Orderverwerking'],
    ('intl', 'en'): ['HR Business Partner', 'Payroll Specialist', 'Office Manager'], ('it', 'en'): ['IT Support', 'Service Desk'],
    ('hr', 'en'): ['HR Advisor'], ('intl', 'nl'): ['HR Business Partner', 'Office manager'],
}


def closing(lang, who, org, kvk=False, sector=''):
    if lang == 'en':
        word = R.choice(['Kind regards,', 'Best regards,', 'Thanks,', 'Regards,', 'Cheers,'])
    else:
        word = R.choice(['Met vriendelijke groet,', 'Mvg,', 'Groet,', 'Groetjes,', 'Vriendelijke groet,', 'mvg', 'Alvast bedankt!'])
    sig = [word, '', who.name]
    if R.random() < 0.7:
        sig.append(R.choice(ROLES.get((sector, lang), ROLES[('', lang)])))
        sig.append(org)
    if R.random() < 0.6:
        sig.append(('T ' if R.random() < 0.5 else 'Tel: ') + '0%d-%07d' % (R.randint(10, 79), R.randint(1000000, 9999999)))
    if kvk:
        sig.append('KvK ' + make_kvk())
    return '\n'.join(sig)


def typo(sentence, p=0.06):
    """Swap two letters in a few longer words, drop a capital now and then."""
    words = sentence.split(' ')
    for i, w in enumerate(words):
        if len(w) > 5 and w.isalpha() and R.random() < p:
            j = R.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    out = ' '.join(words)
    if out and R.random() < 0.15:
        out = out[0].lower() + out[1:]
    return out


# ---------------------------------------------------------------------------------------------
# Bodies as blocks: str paragraphs, ('table', headers, rows, opts), ('h', text), ('quote', style, meta, blocks)


def table(headers, rows, **opts):
    opts.setdefault('plain', R.choice(['aligned', 'aligned', 'tabs', 'pipes', 'semicolon']))
    return ('table', headers, rows, opts)


def plain_table(headers, rows, opts):
    style = opts.get('plain', 'aligned')
    if style == 'tabs':
        return '\n'.join('\t'.join(r) for r in [headers] + rows)
    if style == 'semicolon':
        return '\n'.join(';'.join(r) for r in [headers] + rows)
    width = opts.get('wrap')
    cols = len(headers)
    cells = [[textwrap.wrap(c, width) or [''] if width and len(c) > width else [c] for c in r] for r in [headers] + rows]
    widths = [max(len(line) for r in cells for line in r[i]) for i in range(cols)]
    lines = []
    for r in cells:
        height = max(len(c) for c in r)
        for k in range(height):
            parts = [(r[i][k] if k < len(r[i]) else '').ljust(widths[i]) for i in range(cols)]
            lines.append((' | ' if style == 'pipes' else '   ').join(parts).rstrip())
        if style == 'pipes' and r is cells[0]:
            lines.append('-+-'.join('-' * w for w in widths))
    return '\n'.join(lines)


def render_plain(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == 'h':
            out.append(b[1].upper() if R.random() < 0 else b[1])
        elif b[0] == 'table':
            out.append(plain_table(b[1], b[2], b[3]))
        elif b[0] == 'quote':
            style, meta, inner = b[1], b[2], b[3]
            text = render_plain(inner)
            if style.startswith('reply'):
                head = ('Op %s schreef %s <%s>:' % (meta['date'], meta['from'], meta['email']) if style == 'reply_nl'
                        else 'On %s, %s <%s> wrote:' % (meta['date'], meta['from'], meta['email']))
                out.append(head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n')))
            else:
                out.append(quote_header(style, meta) + '\n\n' + text)
    return '\n\n'.join(out)


def quote_header(style, meta):
    if style == 'fwd_gmail':
        return ('---------- Doorgestuurd bericht ---------\nVan: %s <%s>\nDate: %s\nSubject: %s\nTo: %s'
                % (meta['from'], meta['email'], meta['date'], meta['subject'], meta['to']))
    if style == 'fwd_outlook_nl':
        return ('-----Oorspronkelijk bericht-----\nVan: %s <%s>\nVerzonden: %s\nAan: %s\nOnderwerp: %s'
                % (meta['from'], meta['email'], meta['date'], meta['to'], meta['subject']))
    return ('________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s'
            % (meta['from'], meta['email'], meta['date'], meta['to'], meta['subject']))


def esc(s):
    return html.escape(s, quote=False)


def html_table(headers, rows, opts):
    width = opts.get('wrap')
    # narrow cells as width attributes (LibreOffice's HTML import honours those, not CSS widths)
    style = ' width="%d"' % (width * 8) if width else ''
    out = ['<table border="1" cellspacing="0" cellpadding="3"%s>' % (' width="%d"' % (width * 8 * len(headers)) if width else '')]
    out.append('<tr>' + ''.join('<th%s>%s</th>' % (style, esc(h)) for h in headers) + '</tr>')
    for r in rows:
        out.append('<tr>' + ''.join('<td%s>%s</td>' % (style, esc(c)) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def render_html_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<p>' + '<br>\n'.join(esc(l) for l in b.split('\n')) + '</p>')
        elif b[0] == 'h':
            out.append('<h2>%s</h2>' % esc(b[1]))
        elif b[0] == 'table':
            out.append(html_table(b[1], b[2], b[3]))
        elif b[0] == 'quote':
            style, meta, inner = b[1], b[2], b[3]
            if style.startswith('reply'):
                head = ('Op %s schreef %s &lt;%s&gt;:' % (esc(meta['date']), esc(meta['from']), esc(meta['email'])) if style == 'reply_nl'
                        else 'On %s, %s &lt;%s&gt; wrote:' % (esc(meta['date']), esc(meta['from']), esc(meta['email'])))
                out.append('<div>%s</div><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                           % (head, render_html_blocks(inner)))
            else:
                head = '<br>\n'.join(esc(l) for l in quote_header(style, meta).split('\n'))
                out.append('<div style="border-top:solid #E1E1E1 1pt">%s</div>\n%s' % (head, render_html_blocks(inner)))
    return '\n'.join(out)


def render_html(blocks, title=''):
    return ('<html><head><meta charset="utf-8"><title>%s</title></head><body style="font-family:Calibri,Arial">\n%s\n</body></html>'
            % (esc(title), render_html_blocks(blocks)))


# ---------------------------------------------------------------------------------------------
# Message specs


class Att:
    """An attachment: kind 'doc' (blocks), 'sheet' (headers, rows, quoted columns), 'text', 'zip', 'eml'."""

    def __init__(self, name, kind, content, fmt=None):
        self.name, self.kind, self.content = name, kind, content
        self.fmt = fmt or name.rsplit('.', 1)[-1].lower()
        self.data = None


class Msg:
    def __init__(self, scenario, sector, lang='nl', negative_kind=None):
        self.scenario, self.sector, self.lang = scenario, sector, lang
        self.negative_kind = negative_kind
        self.org, self.domain = R.choice(ORGS[sector])
        self.sender = Person(self.domain)
        self.to, self.cc = [], []
        self.subject = ''
        self.blocks = []
        self.atts = []
        self.cats, self.optional = set(), set()
        self.positives, self.negatives = [], []
        self.chain = True

    def pos(self, cat, value):
        self.cats.add(cat)
        self.positives.append([cat, value])
        return value

    def neg(self, kind, value):
        self.negatives.append([kind, value])
        return value

    def colleague(self):
        p = Person(self.domain)
        self.to.append(p)
        return p

    def external(self, webmail=True, domain=None):
        p = Person(domain, webmail=webmail)
        self.to.append(p)
        return p

    def sign(self, kvk=False):
        self.blocks.append(closing(self.lang, self.sender, self.org, kvk, self.sector))


def some_recipient(m):
    if not m.to:
        return m.colleague() if R.random() < 0.6 else m.external(webmail=False, domain=R.choice(ORGS[R.choice(list(ORGS))])[1])
    return m.to[0]


# ---------------------------------------------------------------------------------------------
# Positive scenarios

BSN_LABELS_NL = ['BSN', 'BSN', 'bsn', 'BSN-nr', 'BSN-nr.', 'BSN nummer', 'bsn-nummer', 'Burgerservicenummer', 'burgerservicenummer',
                 'Burgerservicenr.', 'burgerservicenr', 'BSN/sofinr.', 'Sofi-nr.', 'sofinummer', 'Sofinr', 'BSN nr', 'burgerservice nr.']
BSN_LABELS_EN = ['BSN', 'citizen service number', 'Citizen Service Number (BSN)', 'BSN number', 'Dutch social security number (BSN)',
                 'sofi number', 'Burgerservicenummer']
IBAN_LABELS = ['IBAN', 'Rekeningnummer', 'rekeningnr', 'IBAN-nummer', 'Bankrekening', 'rek.nr.', 'Rekening (IBAN)']


def plant_bsn(m, leading_zero=False, style=None):
    b = make_bsn(leading_zero)
    assert elfproef(b)
    s = fmt_bsn(b, style)
    m.pos('bsn', s)
    return s


def plant_iban(m, country='NL', style=None):
    i = make_iban(country)
    s = fmt_iban(i, style)
    assert mod97_ok(s)
    m.pos('iban', s)
    return s


def sc_hr_onboarding(lang):
    m = Msg('hr-onboarding', R.choice(['hr', 'intl']) if lang == 'en' else R.choice(['hr', 'payroll']), lang)
    to = m.colleague() if R.random() < 0.5 else m.external(webmail=False, domain=R.choice(ORGS['payroll'])[1])
    p = Person()
    with_iban = R.random() < 0.6
    if lang == 'nl':
        m.subject = R.choice(['Nieuwe medewerker %s', 'gegevens nieuwe collega %s', 'Indiensttreding %s per 1 %s' % ('%s', R.choice(['april', 'mei', 'juni'])),
                              'Aanmelding loonadministratie: %s'])
        m.subject = m.subject % p.name if '%s' in m.subject else m.subject
        rows = ['Naam: ' + p.name, 'Geboortedatum: ' + p.dob, 'Adres: ' + p.address,
                R.choice(BSN_LABELS_NL) + ': ' + plant_bsn(m)]
        if with_iban:
            rows.append(R.choice(IBAN_LABELS) + ': ' + plant_iban(m))
        m.blocks += [greet('nl', to.name),
                     typo(R.choice(['Hierbij de gegevens van %s, die per %s bij ons begint als %s.',
                                    'Zoals besproken de gegevens van onze nieuwe collega %s (start %s, functie %s).',
                                    'Kun je %s in de salarisadministratie zetten? Begint %s als %s.'])
                          % (p.name, rand_date(), R.choice(['monteur', 'planner', 'administratief medewerker', 'werkvoorbereider']))),
                     '\n'.join(rows),
                     typo(R.choice(['Contract volgt deze week.', 'Laat maar weten als je nog iets mist.', 'Alvast dank!']))]
    else:
        m.subject = R.choice(['New starter %s', 'Onboarding details %s', 'Payroll set-up for %s']) % p.name
        rows = ['Name: ' + p.name, 'Date of birth: ' + p.dob, 'Address: ' + p.address,
                R.choice(BSN_LABELS_EN) + ': ' + plant_bsn(m)]
        if with_iban:
            rows.append(R.choice(['IBAN', 'Bank account (IBAN)', 'Bank account']) + ': ' + plant_iban(m, R.choice(['NL', 'NL', 'BE', 'DE'])))
        m.blocks += [greet('en', to.name), 'Please find below the details of %s, who joins us on %s as %s.'
                     % (p.name, rand_date(), R.choice(['warehouse supervisor', 'data analyst', 'customer service agent'])),
                     '\n'.join(rows), 'Let me know if anything is missing for the first payroll run.']
    m.sign()
    return m


def sc_gemeente_dossier(lang):
    m = Msg('gemeente-resident', 'gemeente')
    to = m.colleague() if R.random() < 0.5 else m.external(webmail=False, domain=R.choice(ORGS['care'] + ORGS['housing'])[1])
    p = Person()
    label = R.choice(BSN_LABELS_NL)
    b = plant_bsn(m)
    topic = R.choice(['bijzondere bijstand', 'een schuldhulptraject', 'kwijtschelding gemeentelijke belastingen',
                      'een urgentieverklaring', 'een parkeervergunning voor gehandicapten', 'een verhuizing binnen de gemeente'])
    if R.random() < 0.35:
        m.subject = 'Dhr/mevr %s - %s %s' % (p.last, label, b)
    else:
        m.subject = R.choice(['Vraag over aanvraag', 'Betreft %s' % p.name, 'Overleg casus', 'Terugkoppeling %s' % topic])
    m.blocks += [greet('nl', to.name),
                 typo(R.choice(['Betreft: %s, %s %s.', 'Het gaat om %s (%s %s).', 'Inwoner %s, %s: %s,'])
                      % (p.name, label, b) + ' ' +
                      R.choice(['Mevrouw heeft op %s een aanvraag gedaan voor %s.', 'Meneer heeft %s gebeld over %s.',
                                'Op %s is een melding binnengekomen over %s.']) % (rand_date(), topic)),
                 typo(R.choice(['Kun jij nagaan of er al een besluit is genomen?', 'Wil je dit oppakken voor vrijdag?',
                                'Graag hoor ik wanneer jullie contact opnemen.', 'Adres: %s.' % p.address]))]
    m.sign()
    return m


DIAGNOSES = ['depressieve klachten', 'een angststoornis', 'diabetes type 2', 'COPD', 'een hernia', 'een burn-out', 'PTSS',
             'beginnende dementie', 'hartfalen', 'epilepsie', 'reumatoïde artritis', 'ADHD', 'een alcoholverslaving',
             'borstkanker (in behandeling)', 'een gebroken heup']
MEDS = ['metformine 500 mg 2x daags', 'sertraline 50 mg', 'insuline (Novorapid) volgens schema', 'methylfenidaat 10 mg',
        'oxazepam 10 mg zo nodig', 'levetiracetam 500 mg', 'furosemide 40 mg', 'paracetamol 4x daags 1000 mg']


def sc_care_referral(lang):
    m = Msg('care-referral', 'care', lang)
    to = m.external(webmail=False, domain=R.choice(ORGS['care'] + ORGS['gemeente'])[1])
    p = Person()
    diag = R.choice(DIAGNOSES)
    with_bsn = R.random() < 0.6
    if lang == 'nl':
        m.subject = R.choice(['Verwijzing cliënt', 'Overdracht %s' % p.name, 'aanmelding %s' % p.last, 'Intake: %s' % p.name])
        who = '%s (geb. %s%s)' % (p.name, p.dob, ', ' + R.choice(BSN_LABELS_NL) + ' ' + plant_bsn(m) if with_bsn else '')
        m.blocks += [greet('nl', to.name),
                     typo(R.choice(['Graag meld ik %s bij jullie aan.', 'Hierbij de overdracht van %s.', 'Ik verwijs %s naar jullie door.']) % who),
                     typo(R.choice(['Diagnose: %s. Medicatie: %s.', 'Cliënt is bekend met %s en gebruikt %s.',
                                    'Er is sprake van %s; huidige medicatie %s.']) % (diag, R.choice(MEDS))),
                     typo(R.choice(['Het behandelplan stuur ik na akkoord van cliënt.', 'Huisarts is op de hoogte.',
                                    'Graag een intake binnen twee weken.']))]
    else:
        m.subject = R.choice(['Referral %s', 'Handover %s']) % p.name
        who = '%s (born %s%s)' % (p.name, p.dob, ', BSN ' + plant_bsn(m) if with_bsn else '')
        m.blocks += [greet('en', to.name), 'I am referring %s to your clinic.' % who,
                     'Diagnosis: %s. Current medication: %s.' % (R.choice(['major depression', 'type 2 diabetes', 'chronic back pain', 'PTSD']),
                                                                  R.choice(MEDS)),
                     'The treatment plan will follow once the client has consented.']
    m.pos('health', diag)
    m.sign()
    return m


def sc_sick_report(lang):
    m = Msg('sick-report-detail', R.choice(['hr', 'intl', 'school']) if lang == 'en' else R.choice(['hr', 'school', 'gemeente']), lang)
    to = m.colleague()
    p = Person(m.domain)
    if lang == 'nl':
        m.subject = R.choice(['Ziekmelding %s', 'verzuim %s', 'Update %s', 'Spreekuur bedrijfsarts %s']) % p.first
        cause = R.choice(['met een hernia', 'met burn-outklachten', 'na een operatie aan haar knie', 'met longontsteking',
                          'vanwege een depressie', 'na een hartinfarct', 'ivm zwangerschapsklachten', 'met migraineaanvallen'])
        m.blocks += [greet('nl', to.name),
                     typo('%s heeft zich %s ziek gemeld %s.' % (p.name, R.choice(['vanochtend', 'gisteren', 'maandag']), cause)),
                     typo(R.choice(['De bedrijfsarts adviseert opbouw met 2x2 uur per week vanaf %s.',
                                    'Volgens de huisarts is ze minimaal zes weken uit de roulatie (tot %s).',
                                    'Hij gebruikt nu zware pijnstillers en mag niet autorijden, verwachte terugkeer %s.'])
                          % rand_date()),
                     typo('Wil je dit in het verzuimsysteem zetten?')]
    else:
        m.subject = R.choice(['Sick leave %s', 'Absence update %s']) % p.first
        cause = R.choice(['after knee surgery', 'with a burnout', 'due to a slipped disc', 'with pneumonia'])
        m.blocks += [greet('en', to.name), '%s called in sick this morning %s.' % (p.name, cause),
                     'The occupational physician expects a phased return from %s; no lifting for six weeks.' % rand_date()]
    m.pos('health', cause)
    m.sign()
    return m


def sc_care_handover(lang):
    m = Msg('care-handover-list', 'care')
    m.colleague()
    m.colleague()
    rows = []
    for _ in range(R.randint(5, 9)):
        p = Person()
        rows.append([p.name, p.dob, p.address.split(',')[0], R.choice(DIAGNOSES), R.choice(MEDS + ['geen', 'wondzorg li. been'])])
    heads = R.choice([['Cliënt', 'Geb.datum', 'Adres', 'Diagnose', 'Medicatie'], ['Naam', 'Geboren', 'Straat', 'Bijzonderheden', 'Med.']])
    m.subject = R.choice(['Overdracht weekend', 'Planning route wijk %s' % R.choice('ABCDE'), 'cliëntenlijst nieuwe route'])
    m.pos('health', rows[0][3])
    m.pos('personal-list', '%d rows' % len(rows))
    m.blocks += [greet('nl'), typo(R.choice(['Hierbij de overdracht voor het weekend.', 'De lijst voor de nieuwe route, let op de medicatie.']))]
    if R.random() < 0.5:
        m.blocks.append(table(heads, rows))
    else:
        fmt = R.choice(['xlsx', 'docx', 'pdf', 'ods', 'csv'])
        if fmt in ('xlsx', 'ods', 'csv'):
            m.atts.append(Att('overdracht.' + fmt, 'sheet', (heads, rows, set())))
        else:
            m.atts.append(Att('overdracht_week%d.%s' % (R.randint(1, 52), fmt), 'doc', [('h', 'Overdracht'), table(heads, rows)]))
        m.blocks.append('Zie bijlage.')
    m.sign()
    return m


def sc_school_pupil(lang):
    m = Msg('school-pupil', 'school')
    to = m.external(webmail=False, domain=R.choice(ORGS['gemeente'] + ORGS['care'])[1])
    c = child()
    m.subject = R.choice(['Aanmelding leerling %s' % c.name, 'Zorgleerling %s' % c.first, 'Overstap %s' % c.name, 'Gegevens leerling'])
    lines = ['Leerling: ' + c.name, 'Geboortedatum: ' + c.dob]
    if R.random() < 0.7:
        lines.append(R.choice(['BSN', 'BSN/onderwijsnummer', 'Burgerservicenummer', 'bsn leerling']) + ': ' + plant_bsn(m))
    cond = R.choice(['heeft diabetes type 1 en gebruikt een insulinepomp', 'heeft epilepsie; bij een aanval Buccolam toedienen',
                     'is gediagnosticeerd met ADHD en gebruikt Ritalin', 'heeft een ernstige notenallergie (EpiPen in tas)'])
    health = R.random() < 0.6 or 'bsn' not in m.cats
    m.blocks += [greet('nl', to.name), typo('Zoals afgesproken de gegevens van onze leerling.'), '\n'.join(lines)]
    if health:
        m.blocks.append(typo('%s %s.' % (c.first, cond)))
        m.pos('health', cond)
    if 'bsn' not in m.cats and not health:
        m.blocks.append('%s heeft een %s-indicatie; ouders: %s.' % (c.first, 'dyslexie', c.mobile))
        m.pos('health', 'dyslexie-indicatie')
    m.sign()
    return m


def sc_iban_refund(lang):
    m = Msg('iban-expense', R.choice(['intl', 'hr']) if lang == 'en' else R.choice(['hr', 'sport', 'gemeente', 'housing']), lang)
    to = m.colleague() if R.random() < 0.6 else m.external()
    p = Person() if m.sector in ('sport', 'housing', 'gemeente') else m.sender
    country = 'NL' if lang == 'nl' or R.random() < 0.5 else R.choice(['BE', 'DE', 'FR'])
    ib = plant_iban(m, country)
    amount = money_nl(12, 900)
    if lang == 'nl':
        m.subject = R.choice(['Declaratie', 'terugbetaling', 'Wijziging rekeningnummer', 'Restitutie huur', 'Contributie terugstorten'])
        line = R.choice(['Kun je het bedrag van € {a} overmaken op {i} t.n.v. {n}?',
                         'Graag € {a} terugstorten naar rekening {i} (t.n.v. {n}).',
                         'Mijn nieuwe rekeningnummer is {i}, t.n.v. {n}. Wil je de € {a} daarop storten?',
                         'Rekeningnr: {i}\nTer name van: {n}\nBedrag: € {a}'])
        m.blocks += [greet('nl', to.name), typo(R.choice(['Bijgaand mijn declaratie.', 'Ik heb de kosten voorgeschoten.', 'Zoals telefonisch besproken.'])),
                     line.format(a=amount, i=ib, n=p.name),
                     typo(R.choice(['Bonnetjes zitten in de bijlage.', 'Dank je wel!', 'Alvast bedankt.']))]
    else:
        m.subject = R.choice(['Expense claim', 'Reimbursement travel costs', 'New bank details'])
        m.blocks += [greet('en', to.name), 'Could you transfer EUR %s to my account %s (%s)%s?' %
                     (amount.replace('.', ''), ib, p.name, ', BIC ' + BICS.get(ib.replace(' ', '')[4:8].upper(), 'GENODEF1') if R.random() < 0.4 else ''),
                     'Receipts are attached to the claim in the portal.']
    m.sign()
    return m


def sc_housing_id(lang):
    m = Msg('housing-id-check', R.choice(['housing', 'gemeente', 'hr', 'intl']) if lang == 'nl' else 'intl', lang)
    to = m.colleague()
    p = Person()
    doc = make_passport()
    kind = R.choice(['passport', 'idcard', 'licence'])
    m.scenario += '-' + kind
    if lang == 'nl':
        label = {'passport': R.choice(['paspoortnummer', 'Paspoortnr.', 'nummer paspoort', 'documentnummer paspoort']),
                 'idcard': R.choice(['ID-kaart nr', 'identiteitskaart, documentnummer', 'nr. ID-kaart', 'documentnr']),
                 'licence': R.choice(['rijbewijsnummer', 'Rijbewijsnr.', 'nummer rijbewijs'])}[kind]
        value = make_driving_licence() if kind == 'licence' else doc
        m.subject = R.choice(['Legitimatie %s', 'ID-controle %s', 'kopie ID %s', 'Identificatie nieuwe huurder %s']) % p.last
        m.blocks += [greet('nl', to.name),
                     typo(R.choice(['Ik heb het identiteitsbewijs van %s gecontroleerd: %s %s, geldig tot %s.',
                                    'Legitimatie %s gezien, %s: %s (geldig t/m %s).'])
                          % (p.name, label, value, rand_date(R.randint(2027, 2034)))),
                     typo(R.choice(['Geboortedatum klopt met de aanvraag (%s).' % p.dob, 'Kun je dit in het dossier zetten?']))]
    else:
        label = {'passport': 'Passport number', 'idcard': 'ID card number', 'licence': "Driver's licence number"}[kind]
        value = make_driving_licence() if kind == 'licence' else doc
        m.subject = R.choice(['Right to work check %s', 'ID verification %s']) % p.name
        m.blocks += [greet('en', to.name), 'I checked the ID of %s today.' % p.name,
                     '%s: %s\nNationality: Dutch\nExpiry date: %s\nDate of birth: %s' % (label, value, rand_date(2031), p.dob)]
    m.pos('id-document', value)
    if R.random() < 0.3:
        m.blocks.append('%s: %s' % (R.choice(['BSN', 'Citizen service number']) if lang == 'en' else R.choice(BSN_LABELS_NL), plant_bsn(m)))
    m.sign()
    return m


def sc_payment_card(lang):
    m = Msg('card-booking', R.choice(['hr', 'intl', 'sport', 'care']), lang)
    to = m.external(webmail=False, domain=R.choice(['hotelderijn.nl', 'vergadercentrum-zeist.nl', 'cityhotel-amsterdam.com', 'busreizenvos.nl']))
    kind, number = make_card()
    assert luhn_ok(number)
    shown = m.pos('payment-card', fmt_card(kind, number))
    exp = '%02d/%02d' % (R.randint(1, 12), R.randint(27, 31))
    cvc = str(R.randint(100, 9999 if kind == 'amex' else 999))
    brand = {'visa': 'Visa', 'mc': 'Mastercard', 'amex': 'American Express', 'maestro': 'Maestro'}[kind]
    if lang == 'nl':
        m.subject = R.choice(['Reservering %s', 'Boeking vergaderzaal %s', 'betaling reservering %s']) % rand_date()
        m.blocks += [greet('nl', to.name),
                     typo(R.choice(['Hierbij bevestig ik de reservering. U mag de kosten afschrijven van onze creditcard:',
                                    'De aanbetaling graag via de zakelijke creditcard:', 'Kaartgegevens voor de garantie:'])),
                     R.choice(['%s %s, geldig tot %s, CVC %s', 'Kaartnummer: %s (%s)\nVervaldatum: %s\nCVC: %s',
                               'creditcard %s %s exp %s cvc %s'])
                     % ((brand, shown, exp, cvc) if R.random() < 0.5 else (shown, brand, exp, cvc)),
                     'Op naam van ' + m.sender.name + '.']
    else:
        m.subject = R.choice(['Booking %s', 'Room reservation %s']) % rand_date()
        m.blocks += [greet('en', to.name), 'Please charge the booking to this card:',
                     'Card: %s %s\nExpiry: %s\nSecurity code: %s\nCardholder: %s' % (brand, shown, exp, cvc, m.sender.name)]
    m.sign()
    return m


def jwt():
    import base64
    def b64(raw):
        return base64.urlsafe_b64encode(raw).decode().rstrip('=')
    head = b64(b'{"alg":"HS256","typ":"JWT"}')
    body = b64(('{"sub":"%d","name":"%s","iat":%d}' % (R.randint(1000, 99999), Person().name, R.randint(1700000000, 1790000000))).encode())
    return head + '.' + body + '.' + rand_token(43, string.ascii_letters + string.digits + '-_')


API_TOKENS = [lambda: 'sk_live_' + rand_token(24), lambda: 'AKIA' + rand_token(16, string.ascii_uppercase + string.digits),
              lambda: 'ghp_' + rand_token(36), lambda: 'xoxb-%d-%d-%s' % (R.randint(10 ** 10, 10 ** 11), R.randint(10 ** 11, 10 ** 12), rand_token(24)),
              lambda: 'AIza' + rand_token(35, string.ascii_letters + string.digits + '_-'),
              lambda: 'github_pat_' + rand_token(22) + '_' + rand_token(59), jwt]


def sc_credential(lang, kind=None, sub=0):
    m = Msg('credential', 'it', lang)
    to = m.colleague() if R.random() < 0.7 else m.external()
    user = (to.first[0] + to.last.replace(' ', '')).lower()
    kind = kind or R.choice(['account', 'account', 'temp-phrase', 'pin', 'pin', 'api', 'api', 'api', 'config', 'key', 'wifi-shared'])
    m.scenario += '-' + kind
    if kind == 'account':
        pw = password()
        if lang == 'nl':
            m.subject = R.choice(['Je account', 'inloggegevens', 'Account aangemaakt', 'Toegang nieuw systeem'])
            m.blocks += [greet('nl', to.name), typo('Je account is aangemaakt.'),
                         R.choice(['Gebruikersnaam: %s\nWachtwoord: %s', 'gebruiker: %s / ww: %s', 'Login: %s\nww: %s',
                                   'Inlognaam %s, wachtwoord %s']) % (user, m.pos('credential', pw)),
                         typo('Wijzig het wachtwoord bij de eerste keer inloggen.')]
        else:
            m.subject = R.choice(['Your login details', 'Account created', 'Access to the portal'])
            m.blocks += [greet('en', to.name), 'Your account has been created.',
                         R.choice(['Username: %s\nPassword: %s', 'user %s, pwd: %s', 'Login: %s / Password: %s']) % (user, m.pos('credential', pw)),
                         'Please change it after your first login.']
    elif kind == 'temp-phrase':
        pw = passphrase()
        if lang == 'nl':
            m.subject = R.choice(['Gedeelde mailbox', 'toegang postvak %s' % R.choice(['HR', 'Facturen', 'Info'])])
            m.blocks += [greet('nl', to.name),
                         typo(R.choice(['Het wachtwoord van de gedeelde mailbox is tijdelijk %s, graag zelf aanpassen.',
                                        'Voor het postvak heb ik het wachtwoord tijdelijk op %s gezet.',
                                        'het wachtwoord voor de laptop is tijdelijk %s']) % m.pos('credential', pw))]
        else:
            m.subject = 'Shared mailbox access'
            m.blocks += [greet('en', to.name), 'The password for the shared mailbox is temporarily %s - please change it.' % m.pos('credential', pw)]
    elif kind == 'pin':
        pin = str(R.randint(1000, 999999))
        what = R.choice(['alarm', 'deur', 'printer', 'voicemail', 'kluis'])
        if lang == 'nl':
            m.subject = R.choice(['Code %s' % what, 'pincode %s' % what, 'Toegang pand'])
            m.blocks += [greet('nl', to.name), typo([
                'De alarmcode voor het kantoor is %s, zet hem aan als je als laatste weggaat.',
                'Deurcode achteringang: %s#',
                'Je pincode voor de printer (follow-me) is %s.',
                'Pincode voicemail: %s',
                'De code van de sleutelkluis is %s.'][sub % 5] % m.pos('credential', pin))]
        else:
            m.subject = 'Office access code'
            m.blocks += [greet('en', to.name), R.choice(['The alarm code is %s.', 'Your printer PIN is %s.', 'Door code for the back entrance: %s']) % m.pos('credential', pin)]
    elif kind == 'api':
        token = API_TOKENS[sub % len(API_TOKENS)]()
        m.subject = R.choice(['API key staging', 'Webhook koppeling', 'key voor de integratie', 'Access for the deployment'])
        line = R.choice(['api_key=%s', 'API key: %s', 'token: %s', 'Hier is de key: %s', 'export API_TOKEN=%s']) % m.pos('credential', token)
        if token.startswith('AKIA'):
            line += '\n' + R.choice(['aws_secret_access_key=', 'Secret: ']) + rand_token(40, string.ascii_letters + string.digits + '/+')
        m.blocks += [greet(lang, to.name), 'Here you go, for the staging environment:' if lang == 'en' else typo('Zoals gevraagd, voor de testomgeving:'),
                     line, 'Do not put it in the repo ;)' if lang == 'en' else 'Niet in git zetten aub.']
    elif kind == 'config':
        pw = password()
        conn = R.choice(['Server=sql01.intern;Database=HRM;User Id=svc_hrm;Password=%s;',
                         'postgresql://app_user:%s@db.intern:5432/salaris', 'mysql://root:%s@10.0.4.12/crm'])
        value = m.pos('credential', pw)
        cfg = '# koppeling\nhost=db.intern\nuser=svc_export\npassword=%s\nport=5432\n' % value if R.random() < 0.5 else \
            'ConnectionStrings__Default=' + conn % value + '\n'
        m.subject = R.choice(['config export', 'instellingen koppeling', 'settings file'])
        m.blocks += [greet(lang, to.name), 'Config in de bijlage.' if lang == 'nl' else 'Config attached.']
        if R.random() < 0.5:
            m.atts.append(Att(R.choice(['settings.txt', 'koppeling.txt', 'appsettings.txt']), 'text', cfg))
        else:
            m.blocks.append(cfg)
    elif kind == 'key':
        body = '\n'.join(rand_token(64, string.ascii_letters + string.digits + '+/') for _ in range(R.randint(8, 14)))
        block = '-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----' % body if R.random() < 0.5 else \
            '-----BEGIN RSA PRIVATE KEY-----\n%s\n-----END RSA PRIVATE KEY-----' % body
        m.pos('credential', 'private key block')
        m.subject = R.choice(['sleutel voor de sftp', 'SFTP key', 'key server'])
        m.blocks += [greet(lang, to.name), 'De sleutel voor de SFTP-koppeling:' if lang == 'nl' else 'The key for the SFTP connection:']
        if R.random() < 0.5:
            m.atts.append(Att('id_rsa.txt', 'text', block + '\n'))
        else:
            m.blocks.append(block)
    else:
        pw = passphrase()
        m.subject = R.choice(['Wifi gasten', 'inloggen op het netwerk'])
        m.blocks += [greet('nl', to.name), typo('Voor het personeelsnetwerk: SSID Kantoor-Intern, wachtwoord %s' % m.pos('credential', pw))]
    m.sign()
    return m


def payslip_doc(m, lang, p, with_bsn, with_iban, period):
    if lang == 'nl':
        title = R.choice(['Loonstrook', 'Salarisstrook', 'Salarisspecificatie', 'Loonspecificatie'])
        head = [['Werkgever', m.org], ['Werknemer', p.name], ['Personeelsnummer', str(R.randint(100, 9999))],
                ['Periode', period], ['Functie', R.choice(['Monteur', 'Verzorgende IG', 'Administratief medewerker'])]]
        if with_bsn:
            head.append([R.choice(['BSN', 'Burgerservicenummer', 'Sofinummer']), plant_bsn(m)])
        gross = R.uniform(2100, 5200)
        lines = [['Salaris', ('%.2f' % gross).replace('.', ',')], ['Vakantietoeslag (reservering)', ('%.2f' % (gross * .08)).replace('.', ',')],
                 ['Pensioenpremie werknemer', '-' + ('%.2f' % (gross * .075)).replace('.', ',')],
                 ['Loonheffing', '-' + ('%.2f' % (gross * .21)).replace('.', ',')],
                 ['Heffingskorting toegepast', 'ja'], ['Nettoloon', ('%.2f' % (gross * .71)).replace('.', ',')]]
        if with_iban:
            lines.append(['Uitbetaald op', plant_iban(m, 'NL', R.choice(['groups', 'plain']))])
        return title, [('h', '%s %s' % (title, period)), table(['', ''], head), table(['Omschrijving', 'Bedrag'], lines)]
    title = 'Payslip'
    gross = R.uniform(2800, 7000)
    head = [['Employer', m.org], ['Employee', p.name], ['Employee ID', 'E%05d' % R.randint(1, 99999)], ['Pay period', period]]
    if with_bsn:
        head.append(['BSN', plant_bsn(m)])
    lines = [['Gross pay', '%.2f' % gross], ['Pension contribution', '-%.2f' % (gross * .07)], ['Wage tax', '-%.2f' % (gross * .24)],
             ['Net pay', '%.2f' % (gross * .69)]]
    if with_iban:
        lines.append(['Paid to account', plant_iban(m, R.choice(['NL', 'BE']), 'groups')])
    return title, [('h', 'Payslip %s' % period), table(['', ''], head), table(['Item', 'EUR'], lines)]


MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']


def sc_payslip(lang):
    m = Msg('payslip', R.choice(['payroll', 'hr']) if lang == 'nl' else 'intl', lang)
    p = Person()
    to = m.external() if R.random() < 0.5 else m.colleague()
    to.name = p.name if R.random() < 0.5 else to.name
    period = R.choice(MONTHS) + ' 2026' if lang == 'nl' else R.choice(['March', 'April', 'May']) + ' 2026'
    title, doc = payslip_doc(m, lang, p, R.random() < 0.6, R.random() < 0.6, period)
    m.pos('payslip', title)
    if lang == 'nl':
        m.subject = R.choice(['%s %s', 'Je %s van %s', 'Gevraagde %s (%s)']) % (title.lower() if R.random() < 0.5 else title, period)
        m.blocks += [greet('nl', to.name), typo(R.choice(['In de bijlage je %s.', 'Zoals gevraagd stuur ik je de %s toe.',
                                                          'Hierbij de %s voor de hypotheekaanvraag.']) % title.lower())]
    else:
        m.subject = 'Payslip ' + period
        m.blocks += [greet('en', to.name), 'As requested, your payslip for %s.' % period]
    if R.random() < 0.25:
        m.blocks += doc[1:]
    else:
        m.atts.append(Att('%s_%s.%s' % (title.lower(), period.split()[0], R.choice(['pdf', 'pdf', 'pdf', 'docx', 'odt', 'html', 'doc'])), 'doc', doc))
    m.sign()
    return m


def sc_salary_run(lang):
    m = Msg('salary-run', 'payroll' if lang == 'nl' else 'intl', lang)
    m.external(webmail=R.random() < 0.3, domain=R.choice(ORGS['payroll'] + ORGS['hr'])[1])
    heads = R.choice([['Pers.nr', 'Naam', 'Bruto', 'Loonheffing', 'Netto'],
                      ['Medewerker', 'Brutosalaris', 'LH', 'Pensioen wn', 'Netto uitbetaling'],
                      ['nr', 'naam medewerker', 'bruto loon', 'ingeh. loonheffing', 'netto'],
                      ['Emp ID', 'Name', 'Gross', 'Payroll tax', 'Net pay']]) if lang == 'nl' else \
        ['Employee', 'Name', 'Gross salary', 'Wage tax', 'Pension', 'Net']
    rows = []
    for _ in range(R.randint(6, 14)):
        p = Person()
        g = R.uniform(1900, 6200)
        vals = {'Pers.nr': str(R.randint(100, 999)), 'nr': str(R.randint(10, 999)), 'Emp ID': 'E%04d' % R.randint(1, 9999),
                'Employee': str(R.randint(1000, 9999))}
        row = []
        for h in heads:
            hl = h.lower()
            if h in vals:
                row.append(vals[h])
            elif 'naam' in hl or hl == 'name' or h == 'Medewerker':
                row.append(p.name if R.random() < 0.8 else '%s, %s' % (p.last, p.first))
            elif 'bruto' in hl or 'gross' in hl:
                row.append('%.2f' % g)
            elif 'lh' == hl or 'heffing' in hl or 'tax' in hl:
                row.append('%.2f' % (g * .22))
            elif 'pensioen' in hl or 'pension' in hl:
                row.append('%.2f' % (g * .07))
            else:
                row.append('%.2f' % (g * .7))
        rows.append(row)
    m.pos('payslip', 'salary run %d rows' % len(rows))
    m.pos('personal-list', 'salary run')
    month = R.choice(MONTHS) if lang == 'nl' else R.choice(['January', 'February', 'March', 'April', 'May', 'June'])
    m.subject = R.choice(['Run %s ter controle', 'verloning %s', 'Salarissen %s', 'export %s']) % month if lang == 'nl' else 'Payroll run %s' % month
    m.blocks += [greet(lang), typo(R.choice(['Hierbij de run van %s ter controle, graag voor donderdag akkoord.',
                                             'Bijgaand het overzicht %s, kun je het even naast de bankbatch leggen?'])) % month
                 if lang == 'nl' else 'Attached the %s run for your review.' % month]
    fmt = R.choice(['xlsx', 'xlsx', 'csv', 'ods', 'xls', 'pdf', 'body'])
    if fmt == 'body':
        m.blocks.append(table(heads, rows))
    elif fmt == 'pdf':
        m.atts.append(Att('overzicht_%s.pdf' % month, 'doc', [('h', 'Overzicht %s' % month), table(heads, rows)]))
    else:
        m.atts.append(Att('run_%s_2026.%s' % (month, fmt), 'sheet', (heads, rows, set())))
    m.sign()
    return m


def sc_jaaropgaaf(lang):
    m = Msg('jaaropgaaf', 'payroll')
    p = Person()
    m.external()
    gross = R.uniform(26000, 68000)
    doc = [('h', 'Jaaropgaaf 2025'), table(['', ''], [
        ['Werkgever', m.org], ['Loonheffingennummer', '8%08dL01' % R.randint(0, 99999999)],
        ['Werknemer', p.name], ['Adres', p.address], ['Burgerservicenummer', plant_bsn(m, style=R.choice(['plain', '333 ', '423.']))],
        ['Loon voor de loonheffing', '%.0f' % gross], ['Ingehouden loonheffing', '%.0f' % (gross * .23)],
        ['Loonheffingskorting toegepast', 'Ja'], ['Bijdrage Zvw', '%.0f' % (gross * .06)]])]
    m.pos('payslip', 'jaaropgaaf')
    m.subject = R.choice(['Jaaropgaaf 2025', 'jaaropgave %s' % p.last, 'Jaaropgaaf voor je aangifte'])
    m.blocks += [greet('nl', p.name), typo('In de bijlage vind je je jaaropgaaf over 2025 voor de belastingaangifte.')]
    m.atts.append(Att('Jaaropgaaf_2025_%s.%s' % (p.last.replace(' ', ''), R.choice(['pdf', 'pdf', 'docx', 'rtf'])), 'doc', doc))
    m.sign()
    return m


def list_rows(kind, n):
    rows = []
    for _ in range(n):
        p = Person(webmail=True)
        if kind == 'members':
            rows.append([p.name, p.dob, p.address, p.mobile, p.email])
        elif kind == 'class':
            c = child()
            rows.append([c.name, p.name, p.mobile if R.random() < 0.8 else p.mobile.replace('-', ''), p.email])
        elif kind == 'birthdays':
            rows.append([p.name, p.dob, R.choice(['Inkoop', 'Planning', 'Finance', 'Werkplaats'])])
        elif kind == 'emergency':
            q = Person()
            rows.append([p.name, q.name + ' (' + R.choice(['partner', 'moeder', 'broer', 'dochter']) + ')', q.mobile])
        elif kind == 'volunteers':
            rows.append([p.name, p.address, p.email, p.mobile])
        elif kind == 'tenants':
            rows.append([p.name, p.address, p.dob, p.mobile])
    return rows


LIST_HEADS = {
    'members': [['Naam', 'Geboortedatum', 'Adres', 'Telefoon', 'E-mail'], ['Lid', 'geb.', 'adres', 'mobiel', 'email'],
                ['Name', 'Date of birth', 'Address', 'Phone', 'Email']],
    'class': [['Leerling', 'Ouder/verzorger', 'Telefoon', 'E-mail'], ['Kind', 'Ouder', 'Tel.', 'Mail']],
    'birthdays': [['Naam', 'Verjaardag', 'Afdeling'], ['Medewerker', 'Geboortedatum', 'Team']],
    'emergency': [['Medewerker', 'Contactpersoon', 'Telefoon'], ['Naam', 'In geval van nood', 'Nummer']],
    'volunteers': [['Naam', 'Adres', 'E-mail', 'Mobiel'], ['Vrijwilliger', 'Woonadres', 'Mail', 'Tel']],
    'tenants': [['Huurder', 'Adres', 'Geboortedatum', 'Telefoon'], ['Naam', 'Adres', 'Geb.datum', 'Telefoonnr']],
}


def sc_personal_list(lang):
    kind = R.choice(list(LIST_HEADS))
    sector = {'members': 'sport', 'class': 'school', 'birthdays': 'hr', 'emergency': 'hr', 'volunteers': 'sport', 'tenants': 'housing'}[kind]
    m = Msg('personal-list-' + kind, sector)
    m.external() if R.random() < 0.5 else m.colleague()
    heads = R.choice(LIST_HEADS[kind])
    rows = list_rows(kind, R.randint(5, 18))
    m.pos('personal-list', '%s %d rows' % (kind, len(rows)))
    m.subject = {'members': R.choice(['Ledenlijst', 'ledenlijst JO13', 'Leden 2026']),
                 'class': R.choice(['Klassenlijst groep 6', 'Telefoonlijst ouders', 'Contactgegevens ouders']),
                 'birthdays': R.choice(['Verjaardagskalender', 'Verjaardagen team']),
                 'emergency': R.choice(['Noodcontacten', 'ICE-lijst']),
                 'volunteers': R.choice(['Vrijwilligers toernooi', 'Lijst vrijwilligers']),
                 'tenants': R.choice(['Bewoners complex %s' % R.choice(STREETS), 'Huurderslijst renovatie'])}[kind]
    m.blocks += [greet('nl'), typo(R.choice(['Hierbij de lijst zoals gevraagd.', 'Bijgaand het overzicht, graag vertrouwelijk behandelen.',
                                             'Zie de lijst hieronder / in de bijlage.', 'Hier is de bijgewerkte lijst.']))]
    fmt = R.choice(['body', 'body', 'csv', 'xlsx', 'ods', 'xls', 'docx', 'pdf', 'odt', 'txt', 'html', 'zip', 'sheetpdf'])
    name = m.subject.lower().replace(' ', '_').replace('/', '-')
    if fmt == 'body':
        m.blocks.append(table(heads, rows))
    elif fmt == 'sheetpdf':
        m.atts.append(Att(name + '.pdf', 'sheet', (heads, rows, set())))
    elif fmt in ('csv', 'xlsx', 'ods', 'xls'):
        m.atts.append(Att(name + '.' + fmt, 'sheet', (heads, rows, set())))
    elif fmt == 'txt':
        m.atts.append(Att(name + '.txt', 'text', plain_table(heads, rows, {'plain': R.choice(['aligned', 'tabs', 'semicolon'])}) + '\n'))
    elif fmt == 'zip':
        inner_name = name + R.choice(['.xlsx', '.csv', '.docx'])
        if inner_name.endswith('.docx'):
            inner = Att(inner_name, 'doc', [('h', m.subject), table(heads, rows)])
        else:
            inner = Att(inner_name, 'sheet', (heads, rows, set()))
        m.atts.append(Att(name + '.zip', 'zip', [inner]))
    else:
        m.atts.append(Att(name + '.' + fmt, 'doc', [('h', m.subject), table(heads, rows)]))
    m.sign()
    return m


def sc_bsn_list(lang, numeric_sheet=None):
    """A list of people with BSNs: sometimes the column is headed only 'nummer', sometimes numeric cells lost a zero."""
    m = Msg('bsn-list', R.choice(['gemeente', 'payroll', 'care', 'school']))
    m.external(webmail=R.random() < 0.4, domain=R.choice(ORGS['gemeente'] + ORGS['payroll'])[1])
    n = R.randint(5, 12)
    header = R.choice(['BSN', 'bsn', 'Burgerservicenummer', 'Sofinr', 'nummer', 'Nr.', 'BSN-nr', 'persoonsnummer'])
    fmt = numeric_sheet or R.choice(['csv', 'xlsx', 'xlsx', 'ods', 'xls', 'body', 'docx', 'pdf', 'sheetpdf'])
    sheet = fmt in ('csv', 'xlsx', 'ods', 'xls')
    style = 'plain' if numeric_sheet else R.choice(['plain', '423.', '333.', '333 ', '2223-', '423 ', '2223.'])
    # a numeric spreadsheet cell drops the leading zero (LibreOffice does it for us; a CSV export already lost it)
    dropped = bool(numeric_sheet)
    rows = []
    for i in range(n):
        p = Person()
        lead = dropped and (i % 2 == 0)
        b = make_bsn(lead)
        assert elfproef(b)
        shown = fmt_bsn(b, style)
        if lead and fmt == 'csv':
            shown = b[1:]
        m.pos('bsn', b[1:] if lead else shown)
        rows.append([p.name, shown, p.dob])
    heads = R.choice([['Naam', header, 'Geb.datum'], ['naam', header, 'geboren']])
    if R.random() < 0.4:
        heads, rows = [heads[1], heads[0]], [[r[1], r[0]] for r in rows]
    m.pos('personal-list', 'bsn list')
    m.subject = R.choice(['Lijst deelnemers', 'Aanlevering %s' % R.choice(MONTHS), 'overzicht cliënten', 'bestand voor de koppeling', 'lijst'])
    m.blocks += [greet('nl'), typo(R.choice(['Hierbij het bestand.', 'Zoals afgesproken de lijst met de nummers.',
                                             'In de bijlage de personen voor de controle.', 'Hierbij de aanlevering van deze maand.']))]
    quoted = set() if dropped else {heads.index(header)}
    if fmt == 'body':
        m.blocks.append(table(heads, rows))
    elif fmt in ('docx', 'pdf'):
        m.atts.append(Att('lijst.' + fmt, 'doc', [table(heads, rows)]))
    elif fmt == 'sheetpdf':
        m.atts.append(Att('lijst.pdf', 'sheet', (heads, rows, quoted)))
    else:
        m.atts.append(Att(R.choice(['export', 'aanlevering', 'lijst', 'deelnemers']) + '.' + fmt, 'sheet', (heads, rows, quoted)))
    m.sign()
    return m


def sc_member_iban(lang):
    m = Msg('member-iban-list', R.choice(['sport', 'housing']))
    m.external(webmail=True)
    rows = []
    for _ in range(R.randint(5, 14)):
        p = Person()
        rows.append([p.name, plant_iban(m, 'NL', R.choice(['groups', 'plain'])), money(20, 240)])
    heads = R.choice([['Naam', 'IBAN', 'Bedrag'], ['Lid', 'Rekeningnummer', 'Contributie'], ['Huurder', 'IBAN', 'Incasso']])
    m.pos('personal-list', 'iban list')
    m.subject = R.choice(['Incassobestand', 'Contributie-inning', 'incasso april', 'machtigingen'])
    m.blocks += [greet('nl'), typo('Hierbij de lijst voor de incasso van deze maand.')]
    fmt = R.choice(['csv', 'xlsx', 'body', 'pdf', 'ods', 'docx'])
    if fmt == 'body':
        m.blocks.append(table(heads, rows, wrap=12 if R.random() < 0.3 else None))
    elif fmt in ('pdf', 'docx'):
        m.atts.append(Att('incasso.' + fmt, 'doc', [table(heads, rows, wrap=11 if R.random() < 0.6 else None)]))
    else:
        m.atts.append(Att('incasso.' + fmt, 'sheet', (heads, rows, set())))
    m.sign()
    return m


def sc_narrow_cells(lang):
    """A form with one person's BSN and IBAN in a narrow table cell that wraps the value."""
    m = Msg('narrow-cells', R.choice(['gemeente', 'payroll', 'hr']))
    m.colleague()
    p = Person()
    rows = [['Naam', p.name], ['Adres', p.address], ['BSN', plant_bsn(m, style=R.choice(['333 ', '2223 ', '423 ']))],
            ['IBAN', plant_iban(m, 'NL', 'groups')]]
    m.subject = R.choice(['Formulier %s' % p.last, 'Mutatieformulier', 'Aanvraagformulier'])
    m.blocks += [greet('nl'), typo('In de bijlage het ingevulde formulier.')]
    m.atts.append(Att('formulier.' + R.choice(['pdf', 'pdf', 'docx', 'odt']), 'doc', [('h', 'Mutatieformulier'), table(['Veld', 'Waarde'], rows, wrap=9)]))
    m.sign()
    return m


# --- employment contracts


def contract_doc(m, kind, p, lang='nl'):
    org, city = m.org, R.choice(CITIES)
    start = rand_date()
    salary = money_nl(2300, 5600)
    kvk = make_kvk()
    if lang == 'en':
        if kind == 'settlement':
            title = 'Settlement Agreement'
            body = ['The undersigned:', '1. %s, having its registered office in %s (Chamber of Commerce %s), hereinafter "the Employer"; and' % (org, city, kvk),
                    '2. %s, born on %s, residing at %s, hereinafter "the Employee";' % (p.name, p.dob, p.address),
                    'Whereas the parties wish to terminate the employment agreement by mutual consent, agree as follows:',
                    'Article 1. The employment agreement ends on %s.' % start,
                    'Article 2. The Employer pays the Employee a transition payment of EUR %s gross.' % salary,
                    'Article 3. The Employee is released from work until the end date; accrued holiday is paid out.',
                    'Article 4. Subject to proper performance, the parties grant each other full and final discharge.',
                    'Signed in duplicate at %s on %s.' % (city, rand_date()), 'The Employer ____________    The Employee ____________']
        else:
            title = 'Employment Agreement'
            body = ['This Employment Agreement is entered into between %s, %s (the "Employer") and %s, born %s, residing at %s (the "Employee").'
                    % (org, city, p.name, p.dob, p.address),
                    '1. Position. The Employee is employed as %s as of %s.' % (R.choice(['Logistics Planner', 'Account Manager', 'Software Engineer']), start),
                    '2. Term. This agreement is entered into for %s.' % R.choice(['an indefinite period', 'a fixed term of twelve months']),
                    '3. Probation period. A probation period of one month applies.',
                    '4. Salary. The gross monthly salary is EUR %s, plus 8%% holiday allowance.' % salary,
                    '5. Working hours. 40 hours per week. 6. Notice period: one month.',
                    '7. Governing law. Dutch law applies.', 'Signed: ____________ (Employer)   ____________ (Employee)']
        return title, [('h', title)] + body
    arts = []
    if kind == 'bepaald':
        title = 'Arbeidsovereenkomst voor bepaalde tijd'
        arts = ['Artikel 1 Indiensttreding: werknemer treedt per %s in dienst in de functie van %s.' % (start, R.choice(['monteur', 'planner', 'verzorgende IG'])),
                'Artikel 2 Duur: de overeenkomst wordt aangegaan voor de duur van %s en eindigt van rechtswege op %s.' % (R.choice(['zes maanden', 'twaalf maanden', 'één jaar']), rand_date(2027)),
                'Artikel 3 Proeftijd: er geldt een proeftijd van één maand.']
    elif kind == 'onbepaald':
        title = 'Arbeidsovereenkomst voor onbepaalde tijd'
        arts = ['Artikel 1 Functie: werknemer is per %s in dienst als %s.' % (start, R.choice(['administratief medewerker', 'teamleider', 'ICT-beheerder'])),
                'Artikel 2 Duur: deze arbeidsovereenkomst is aangegaan voor onbepaalde tijd.',
                'Artikel 3 Opzegging: met inachtneming van de wettelijke opzegtermijn.']
    elif kind == 'oproep':
        title = R.choice(['Oproepovereenkomst', 'Oproepovereenkomst (nulurencontract)'])
        arts = ['Artikel 1 Werknemer verricht werkzaamheden op oproepbasis vanaf %s; er is geen minimum aantal uren (nul-urenovereenkomst).' % start,
                'Artikel 2 Werkgever roept werknemer ten minste vier dagen van tevoren op.',
                'Artikel 3 Na twaalf maanden doet werkgever een aanbod voor een vaste arbeidsomvang.']
    elif kind == 'uitzend':
        title = 'Uitzendovereenkomst'
        org = R.choice(['Uitzendbureau FlexWerk B.V.', 'Tempo Personeelsdiensten', 'Uitzendbureau De Schakel'])
        arts = ['Artikel 1 Uitzendkracht wordt ter beschikking gesteld aan opdrachtgever %s.' % R.choice(ORGS['hr'])[0],
                'Artikel 2 Deze uitzendovereenkomst met uitzendbeding (fase A) gaat in op %s.' % start,
                'Artikel 3 Op deze overeenkomst is de ABU-cao voor uitzendkrachten van toepassing.']
    elif kind == 'stage':
        title = 'Stageovereenkomst'
        arts = ['Artikel 1 Stagiair volgt de opleiding %s aan %s en loopt stage van %s tot %s.' % (R.choice(['HBO-V', 'Bedrijfskunde', 'MBO Administratie']), R.choice(['Hogeschool Windesheim', 'ROC Midden Nederland']), start, rand_date(2026)),
                'Artikel 2 De stagevergoeding bedraagt € %s per maand.' % money_nl(300, 600),
                'Artikel 3 Stagebegeleider namens het bedrijf: %s.' % Person().name]
    elif kind == 'vso':
        title = 'Vaststellingsovereenkomst'
        arts = ['Artikel 1 Partijen beëindigen de arbeidsovereenkomst met wederzijds goedvinden per %s, op initiatief van werkgever.' % start,
                'Artikel 2 Werkgever betaalt werknemer een transitievergoeding van € %s bruto.' % money_nl(4000, 30000),
                'Artikel 3 Werknemer wordt tot de einddatum vrijgesteld van werk met behoud van salaris.',
                'Artikel 4 Na nakoming verlenen partijen elkaar finale kwijting.']
    elif kind == 'addendum':
        title = 'Addendum bij de arbeidsovereenkomst'
        arts = ['Partijen zijn op %s een arbeidsovereenkomst aangegaan.' % rand_date(2023),
                'Met ingang van %s wordt de arbeidsduur gewijzigd naar %d uur per week; het salaris wordt naar rato aangepast tot € %s bruto.' % (start, R.choice([24, 28, 32]), salary),
                'Overige bepalingen van de arbeidsovereenkomst blijven ongewijzigd.']
    else:
        title = R.choice(['Studiekostenovereenkomst', 'Overeenkomst studiekostenbeding'])
        arts = ['Werkgever vergoedt de kosten van de opleiding %s ad € %s.' % (R.choice(['Post-HBO Leidinggeven', 'Register Payroll Professional']), money_nl(2000, 9000)),
                'Studiekostenbeding: bij vertrek op eigen verzoek binnen 12 maanden na afronding betaalt werknemer 100%, binnen 24 maanden 50% terug.',
                'Dit beding maakt deel uit van de arbeidsovereenkomst tussen partijen.']
    parties = ['De ondergetekenden:',
               '1. %s, gevestigd te %s, ingeschreven bij de KvK onder nummer %s, hierna te noemen "werkgever",' % (org, city, kvk),
               '2. %s, geboren op %s, wonende %s, hierna te noemen "werknemer"%s,' % (p.name, p.dob, p.address, ' of "stagiair"' if kind == 'stage' else ''),
               'komen het volgende overeen:']
    tail = ['Salaris: het bruto maandsalaris bedraagt € %s bij een arbeidsduur van %d uur per week.' % (salary, R.choice([24, 32, 36, 38, 40]))] if kind in ('bepaald', 'onbepaald', 'oproep') else []
    tail += ['Op deze overeenkomst is de %s van toepassing.' % R.choice(['cao Metaal en Techniek', 'cao VVT', 'cao Gemeenten', 'cao Grafimedia'])] if kind in ('bepaald', 'onbepaald') else []
    tail += ['Aldus opgemaakt en in tweevoud ondertekend te %s op %s.' % (city, rand_date()),
             'Werkgever: ______________        Werknemer: ______________']
    return title, [('h', title)] + parties + arts + tail


CONTRACT_KINDS = ['bepaald', 'bepaald', 'onbepaald', 'onbepaald', 'oproep', 'uitzend', 'stage', 'vso', 'addendum', 'studie']


def sc_contract(lang, kind=None, fmt=None):
    m = Msg('employment-contract', R.choice(['hr', 'payroll', 'care']) if lang == 'nl' else 'intl', lang)
    p = Person()
    to = m.external() if R.random() < 0.5 else m.colleague()
    kind = kind or (R.choice(CONTRACT_KINDS) if lang == 'nl' else R.choice(['employment', 'employment', 'settlement']))
    title, doc = contract_doc(m, kind, p, lang)
    m.scenario += '-' + kind
    m.pos('employment-contract', title)
    if lang == 'nl':
        m.subject = R.choice(['%s %s' % (title, p.name), 'Contract %s' % p.name, 'ter ondertekening: %s' % title.lower(),
                              'Concept VSO %s' % p.last if kind == 'vso' else 'Contract ' + p.first])
        m.blocks += [greet('nl', to.name), typo(R.choice(['Bijgaand de %s van %s, graag 2x getekend retour.',
                                                          'Hierbij de %s voor %s ter ondertekening.',
                                                          'Zie bijlage: %s %s. Kun je hem laten tekenen?']) % (title.lower(), p.name))]
    else:
        m.subject = '%s - %s' % (title, p.name)
        m.blocks += [greet('en', to.name), 'Please find attached the %s for %s for signature.' % (title.lower(), p.name)]
    fmt = fmt or R.choice(['docx', 'docx', 'pdf', 'pdf', 'odt', 'doc', 'rtf', 'body'])
    if fmt == 'body':
        m.blocks[-1] = 'Hieronder de tekst van de %s zoals besproken:' % title.lower() if lang == 'nl' else 'The text of the agreement as discussed:'
        m.blocks += doc
    else:
        m.atts.append(Att('%s_%s.%s' % (title.split()[0], p.last.replace(' ', ''), fmt), 'doc', doc))
    m.sign()
    return m


def sc_attached_eml(lang):
    """A whole earlier mail attached (message/rfc822) carrying the personal data."""
    inner = R.choice([sc_hr_onboarding, sc_sick_report, sc_credential, sc_iban_refund])('nl')
    m = Msg('attached-eml:' + inner.scenario, inner.sector)
    m.colleague()
    m.subject = R.choice(['FW: ' + inner.subject, 'doorsturen', 'Zie mail in bijlage'])
    m.blocks += [greet('nl'), typo(R.choice(['Zie de mail in de bijlage.', 'Ik stuur je de oorspronkelijke mail als bijlage door.']))]
    m.atts.append(Att('%s.eml' % (inner.subject[:30].replace('/', '-').replace(':', '') or 'bericht'), 'eml', inner))
    m.cats |= inner.cats
    m.optional |= inner.optional
    m.positives += inner.positives
    m.sign()
    return m


# ---------------------------------------------------------------------------------------------
# Hard negatives


def shop_signature(m):
    # a company's VAT number is its RSIN plus B01, and an RSIN passes the elfproef like a BSN
    m.blocks.append('%s\n%s\nKvK: %s | BTW: NL%sB01' % (m.org, '%s %d, %s' % (R.choice(STREETS), R.randint(1, 90), R.choice(CITIES)),
                                                        m.neg('kvk', make_kvk()), m.neg('vat number (RSIN)', nine_elfproef())))


def ng_order(lang):
    m = Msg('neg-order-number', 'shop', lang, 'elfproef-valid order number')
    c = m.external()
    n = m.neg('order number', nine_elfproef())
    m.subject = R.choice(['Bevestiging van je bestelling %s', 'Je bestelling %s is verzonden', 'Orderbevestiging %s']) % n if lang == 'nl' else 'Your order %s' % n
    rows = [[R.choice(['Printpapier A4', 'Toner HP 305A', 'Bureaustoel Ergo', 'USB-C dock', 'Whiteboardstiften']), str(R.randint(1, 10)), money(5, 300)]
            for _ in range(R.randint(1, 4))]
    m.blocks += [greet(lang, c.name), typo(R.choice(['Bedankt voor je bestelling! Ordernummer: %s.', 'We hebben je bestelling met ordernr. %s ontvangen.',
                                                     'Je bestelling (order %s) is onderweg.'])) % n if lang == 'nl' else 'Thank you for your order %s.' % n,
                 table(['Artikel', 'Aantal', 'Prijs'], rows),
                 'Track & trace: ' + m.neg('tracking', tracking())]
    shop_signature(m)
    return m


def ng_numbered(lang, which=None):
    kind, label, sector = (R.choice if which is None else lambda kinds: kinds[which % len(kinds)])([('invoice number', 'Factuurnummer', 'shop'), ('ticket number', 'Ticket', 'it'),
                                    ('dossier number', 'Dossiernummer', 'gemeente'), ('customer number', 'Klantnummer', 'housing'),
                                    ('policy number', 'Polisnummer', 'hr'), ('invoice number', 'Factuurnr.', 'payroll')])
    m = Msg('neg-' + kind.replace(' ', '-'), sector, 'nl', 'elfproef-valid ' + kind)
    c = m.external(webmail=kind != 'invoice number', domain=R.choice(ORGS['hr'])[1])
    n = m.neg(kind, nine_elfproef())
    shown = n if R.random() < 0.7 else fmt_bsn(n, R.choice(['333 ', '333.']))
    m.subject = '%s %s' % (label, shown) if R.random() < 0.6 else R.choice(['Uw melding', 'Herinnering', 'Status van uw aanvraag'])
    text = {'invoice number': 'In de bijlage factuur %s van € %s. Wij verzoeken u het bedrag binnen 30 dagen te voldoen onder vermelding van het factuurnummer.',
            'ticket number': 'Je melding is geregistreerd onder ticket #%s. We nemen binnen %s werkdagen contact op.',
            'dossier number': 'Wij hebben uw aanvraag ontvangen en geregistreerd onder dossiernummer %s. U krijgt binnen %s weken een besluit.',
            'customer number': 'Uw klantnummer is %s. Vermeld dit nummer bij contact; u hoort binnen %s dagen van ons.',
            'policy number': 'De polis met polisnummer %s is per %s verlengd.'}[kind]
    if kind == 'invoice number':
        text = text % (shown, money_nl(100, 9000))
        m.optional.add('iban')
        m.blocks += [greet('nl', c.name), text, 'Rekening: %s t.n.v. %s' % (m.neg('own iban', fmt_iban(make_iban(), 'groups')), m.org)]
    else:
        m.blocks += [greet('nl', c.name), text % (shown, R.choice(['twee', '5', 'drie']) if kind != 'policy number' else rand_date())]
    shop_signature(m) if R.random() < 0.5 else m.sign(kvk=True)
    return m


def ng_tracking(lang):
    m = Msg('neg-tracking', 'shop', lang, 'tracking codes')
    c = m.external()
    m.subject = R.choice(['Je pakket is onderweg', 'Verzendbevestiging', 'Your parcel is on its way'])
    m.blocks += [greet(lang, c.name), 'Je pakket is vandaag aan de vervoerder overgedragen. Volg het met code %s.' % m.neg('tracking', tracking()),
                 'Verwachte bezorging: %s tussen 14:00 en 16:30.' % rand_date()]
    if R.random() < 0.5:
        m.blocks.append('Tweede pakket: %s' % m.neg('tracking', tracking()))
    shop_signature(m)
    return m


def ng_kvk(lang):
    m = Msg('neg-kvk', R.choice(['shop', 'payroll', 'hr']), 'nl', 'KvK numbers')
    m.external(webmail=False, domain=R.choice(ORGS['shop'])[1])
    rows = [[R.choice(ORGS[s])[0], m.neg('kvk', make_kvk()), R.choice(CITIES)] for s in R.sample(list(ORGS), 5)]
    m.subject = R.choice(['Leveranciersgegevens', 'KvK-nummers voor de crediteurenadministratie', 'nieuwe leverancier aanmaken'])
    m.blocks += [greet('nl'), typo('Kun je deze leveranciers aanmaken in het systeem? KvK-nummers staan erbij.'),
                 table(['Leverancier', 'KvK-nummer', 'Plaats'], rows)]
    m.sign(kvk=True)
    return m


def ng_phone_list(lang):
    m = Msg('neg-work-phone-list', R.choice(['hr', 'gemeente', 'care']), 'nl', 'work phone list with elfproef-valid mobiles')
    m.colleague()
    rows = []
    for _ in range(R.randint(6, 14)):
        p = Person(m.domain)
        mob = nine_elfproef(6) if R.random() < 0.5 else '6' + ''.join(str(R.randint(0, 9)) for _ in range(8))
        if elfproef(mob):
            m.neg('mobile', mob)
        rows.append([p.name, R.choice(['Team Noord', 'Backoffice', 'Planning', 'Wijkteam']), str(R.randint(200, 499)), mob])
    heads = R.choice([['Naam', 'Team', 'Toestel', 'Mobiel (zakelijk)'], ['Medewerker', 'Afdeling', 'Intern', 'Mobiel werk']])
    m.optional.add('personal-list')
    m.subject = R.choice(['Telefoonlijst', 'Interne telefoonlijst bijgewerkt', 'Bereikbaarheid team'])
    m.blocks += [greet('nl'), typo('Bijgaand de bijgewerkte interne telefoonlijst (zakelijke nummers).')]
    fmt = R.choice(['xlsx', 'xlsx', 'ods', 'csv', 'body', 'pdf'])
    if fmt == 'body':
        m.blocks.append(table(heads, rows))
    elif fmt == 'pdf':
        m.atts.append(Att('telefoonlijst.pdf', 'doc', [table(heads, rows)]))
    else:
        m.atts.append(Att('telefoonlijst.' + fmt, 'sheet', (heads, rows, set())))
    m.sign()
    return m


def ng_ean(lang):
    m = Msg('neg-ean', 'shop', 'nl', 'EAN codes passing Luhn')
    m.external(webmail=False, domain=R.choice(ORGS['hr'])[1])
    rows = [[m.neg('ean', make_ean_luhn()), R.choice(['Koffiebekers 100st', 'Handzeep 500ml', 'Printpapier', 'Batterijen AA', 'Nietjes 24/6']),
             money(1, 40)] for _ in range(R.randint(4, 9))]
    m.subject = R.choice(['Prijslijst', 'Assortimentsoverzicht Q2', 'EAN-codes artikelen'])
    m.blocks += [greet('nl'), 'Hierbij de artikelen met EAN-code voor uw inkoopsysteem.']
    if R.random() < 0.5:
        m.blocks.append(table(['EAN', 'Omschrijving', 'Prijs'], rows))
    else:
        m.atts.append(Att('artikelen.' + R.choice(['csv', 'xlsx']), 'sheet', (['EAN', 'Omschrijving', 'Prijs'], rows, {0})))
    shop_signature(m)
    return m


def ng_bad_iban(lang):
    m = Msg('neg-bad-iban', R.choice(['payroll', 'hr', 'sport']), 'nl', 'IBAN with wrong check digits')
    c = m.external()
    b = fmt_iban(bad_iban(), R.choice(['groups', 'plain']))
    assert not mod97_ok(b)
    m.neg('bad iban', b)
    m.subject = R.choice(['Rekeningnummer klopt niet', 'Betaling mislukt', 'Controle IBAN'])
    m.blocks += [greet('nl', c.name), typo(R.choice(['Het rekeningnummer dat je hebt doorgegeven (%s) wordt door de bank geweigerd: het controlegetal klopt niet.',
                                                      'De betaling naar %s kwam retour, ongeldig IBAN. Kun je het juiste nummer in het portaal invullen?']) % b),
                 'Wil je het nummer nog eens controleren? Liever niet per mail terugsturen.']
    m.sign()
    return m


def ng_product_codes(lang):
    m = Msg('neg-product-codes', 'shop', 'nl', 'product codes in passport format')
    m.external(webmail=False, domain=R.choice(ORGS['hr'])[1])
    rows = [[m.neg('product code', make_passport()), R.choice(['Filterset', 'Pakking 12mm', 'Kogellager', 'Thermostaatkop', 'Afstandsbediening']), str(R.randint(1, 50))]
            for _ in range(R.randint(3, 7))]
    m.subject = R.choice(['Bestelling onderdelen', 'Artikelcodes retour', 'Offerte onderdelen'])
    m.blocks += [greet('nl'), typo('Hierbij de artikelcodes van de onderdelen die we retour sturen.'), table(['Artikelcode', 'Omschrijving', 'Aantal'], rows)]
    shop_signature(m)
    return m


NEWSLETTER_TOPICS = [
    ('Nieuwsbrief %s' % 'april', ['Nieuwe openingstijden van het servicekantoor vanaf 1 mei.', 'Terugblik op de vrijwilligersavond: ruim 80 aanwezigen!',
                                  'Let op: de container bij de kantine wordt vervangen.', 'Afmelden voor deze nieuwsbrief kan onderaan deze mail.']),
    ('Clubnieuws', ['De JO11-1 is kampioen geworden, gefeliciteerd!', 'Zaterdag is er een klusdag op het complex.', 'De contributie voor het nieuwe seizoen wordt in augustus geïnd.']),
    ('Nieuws van de wijk', ['De renovatie van de galerijflats start in september.', 'Het bewonerscommissie-overleg is verplaatst naar dinsdag.']),
    ('Personeelsnieuws', ['Welkom aan onze nieuwe collega\'s in de werkplaats.', 'De kantine is vanaf maandag weer open.', 'Vergeet je uren niet voor vrijdag in te voeren.']),
]


def ng_newsletter(lang):
    sector = R.choice(['sport', 'housing', 'hr', 'gemeente'])
    m = Msg('neg-newsletter', sector, 'nl', 'newsletter')
    m.to.append(Person(m.domain))
    subj, items = R.choice(NEWSLETTER_TOPICS)
    m.subject = subj
    m.blocks += [('h', subj)] + [typo(i) for i in items] + ['Je ontvangt deze nieuwsbrief omdat je lid bent. Afmelden: %s/afmelden' % m.domain]
    return m


def ng_job_ad(lang):
    m = Msg('neg-job-ad', R.choice(['gemeente', 'care', 'school', 'hr', 'intl']), lang, 'job ad with salary scale')
    m.colleague()
    if lang == 'nl':
        role = R.choice(['Medewerker salarisadministratie', 'Consulent Werk en Inkomen', 'Wijkverpleegkundige', 'Docent Nederlands', 'HR-adviseur'])
        m.subject = 'Vacature: ' + role
        m.blocks += [greet('nl'), typo('Wij zoeken een %s (32-36 uur).' % role.lower()),
                     'Wat wij bieden: salaris in schaal %d, minimaal € %s en maximaal € %s bruto per maand, 8%% vakantiegeld, eindejaarsuitkering en een goede pensioenregeling.'
                     % (R.randint(6, 11), money_nl(2600, 3300), money_nl(3900, 5600)),
                     'Wat vragen wij: HBO werk- en denkniveau, kennis van loonheffing en de werkgever-werknemerrelatie is een pré.',
                     'Solliciteren kan tot %s via de vacaturesite. Een VOG is onderdeel van de procedure.' % rand_date()]
    else:
        m.subject = 'Vacancy: Payroll Specialist'
        m.blocks += [greet('en'), 'We are hiring a Payroll Specialist. Salary range EUR 3,800 - 5,200 gross per month plus holiday allowance.',
                     'You will process payslips, wage tax returns and net pay for 400 employees. Apply via our careers page.']
    m.sign()
    return m


def ng_password_reset(lang):
    m = Msg('neg-password-reset', 'it', lang, 'password reset / MFA notice')
    c = m.colleague()
    if lang == 'nl':
        m.subject = R.choice(['Wachtwoord opnieuw instellen', 'Je wachtwoord verloopt over 5 dagen', 'Nieuwe aanmelding op je account', 'Verificatiecode'])
        m.blocks += [greet('nl', c.name), R.choice([
            'We hebben een verzoek ontvangen om je wachtwoord opnieuw in te stellen. Klik op de link hieronder; de link is 30 minuten geldig. Heb je dit niet aangevraagd? Dan kun je deze mail negeren.',
            'Je wachtwoord verloopt binnenkort. Wijzig het via Ctrl-Alt-Del > Wachtwoord wijzigen. Deel je wachtwoord nooit met anderen, ook niet met de servicedesk.',
            'Er is ingelogd op je account vanaf een nieuw apparaat. Was jij dit niet? Wijzig dan direct je wachtwoord en neem contact op met de servicedesk.',
            'Stel vóór vrijdag de Authenticator-app in voor tweestapsverificatie (MFA). De instructie staat op intranet.'])]
    else:
        m.subject = R.choice(['Reset your password', 'Your password expires soon', 'Set up multi-factor authentication'])
        m.blocks += [greet('en', c.name), R.choice(['We received a request to reset your password. Use the link below; it expires in 30 minutes. If you did not ask for this, ignore this email.',
                                                     'Your password expires in 3 days. Never share your password with anyone, including IT support.'])]
    m.blocks.append('%s\n%s' % (m.org, 'Dit is een automatisch bericht.' if lang == 'nl' else 'This is an automated message.'))
    return m


def ng_password_policy(lang):
    m = Msg('neg-password-policy', 'it', lang, 'password policy')
    m.colleague()
    m.subject = R.choice(['Nieuw wachtwoordbeleid', 'Wachtwoordregels per 1 juni', 'Password policy update'])
    if lang == 'nl':
        m.blocks += [greet('nl'), typo('Vanaf 1 juni gelden nieuwe regels voor wachtwoorden:'),
                     '- minimaal 14 tekens, bij voorkeur een wachtzin\n- geen wachtwoord hergebruiken\n- wachtwoord: nooit delen of per mail sturen\n- pincode van de telefoon minimaal 6 cijfers',
                     'Vragen? Bel de servicedesk.']
    else:
        m.blocks += [greet('en'), 'From June the password policy requires: at least 14 characters; no reuse; password managers are allowed; MFA on all accounts.']
    m.sign()
    return m


def ng_cao(lang):
    m = Msg('neg-cao-news', R.choice(['payroll', 'hr', 'care']), 'nl', 'CAO/wage news')
    m.colleague()
    m.subject = R.choice(['CAO-nieuws', 'Loonsverhoging per 1 juli', 'Nieuwe cao afgesloten', 'Wijzigingen loonheffing 2026'])
    m.blocks += [greet('nl'), typo(R.choice([
        'Werkgevers en bonden hebben een akkoord bereikt over de nieuwe cao. De lonen stijgen per 1 juli met 3,5% en per 1 januari met nog eens 2%.',
        'Per 1 januari wijzigen de tarieven van de loonheffing en de heffingskortingen. Op je loonstrook van januari zie je het effect op je nettoloon.',
        'De eindejaarsuitkering wordt verhoogd naar 8,3%. Het brutoloon in de salarisschalen wordt aangepast; de nieuwe tabellen staan op intranet.'])),
        'Heb je vragen over je salaris? Neem contact op met de salarisadministratie.']
    m.sign()
    return m


def ng_health_news(lang):
    m = Msg('neg-health-news', R.choice(['gemeente', 'care', 'school', 'hr']), lang, 'health news')
    m.colleague()
    if lang == 'nl':
        m.subject = R.choice(['Griepprik 2026', 'Hitteplan', 'Let op: mazelen in de regio', 'Week van de werkstress'])
        m.blocks += [greet('nl'), typo(R.choice([
            'De griepvaccinatie voor medewerkers is op 14 oktober. Aanmelden via intranet; de bedrijfsarts is die dag aanwezig voor vragen.',
            'De GGD meldt een toename van mazelen in de regio. Controleer of je gevaccineerd bent; bij twijfel kun je contact opnemen met je huisarts.',
            'Bij temperaturen boven 30 graden geldt het hitteplan: drink voldoende en let op collega\'s met hartproblemen of diabetes.',
            'In de week van de werkstress organiseren we workshops over burn-outpreventie. De bedrijfsarts geeft een presentatie.']))]
    else:
        m.subject = 'Flu vaccination day'
        m.blocks += [greet('en'), 'The company flu vaccination day is on 14 October. Sign up on the intranet; the occupational physician will answer questions.']
    m.sign()
    return m


def ng_blank_template(lang):
    m = Msg('neg-blank-contract-template', R.choice(['hr', 'payroll']), lang, 'blank contract template')
    m.colleague()
    title = R.choice(['Model arbeidsovereenkomst bepaalde tijd', 'Sjabloon oproepovereenkomst', 'Model vaststellingsovereenkomst']) if lang == 'nl' else 'Employment agreement template'
    doc = [('h', title), 'De ondergetekenden:', '1. [naam werkgever], gevestigd te [plaats], hierna te noemen "werkgever",',
           '2. [naam werknemer], geboren op [geboortedatum], wonende te [adres], hierna te noemen "werknemer",',
           'komen het volgende overeen:', 'Artikel 1 Werknemer treedt per [datum] in dienst in de functie van [functie].',
           'Artikel 2 De overeenkomst wordt aangegaan voor de duur van [aantal] maanden.',
           'Artikel 3 Het bruto maandsalaris bedraagt € [bedrag] bij [aantal] uur per week.',
           'Werkgever: ..................        Werknemer: ..................'] if lang == 'nl' else \
        [('h', title), 'This agreement is between [Employer name] ("the Employer") and [Employee name], born [date of birth] ("the Employee").',
         '1. Position: [job title] as of [start date]. 2. Salary: EUR [amount] gross per month. 3. Notice period: [x] months.']
    m.subject = R.choice(['Nieuw model contract', 'sjabloon', 'Template arbeidsovereenkomst', 'Updated contract template'])
    m.blocks += [greet(lang), typo('Hierbij het nieuwe model, graag vanaf nu dit sjabloon gebruiken.') if lang == 'nl' else 'Please use this template from now on.']
    m.atts.append(Att('model_contract.' + R.choice(['docx', 'docx', 'odt', 'pdf', 'doc']), 'doc', doc))
    m.sign()
    return m


def ng_b2b_contract(lang):
    m = Msg('neg-b2b-contract', R.choice(['shop', 'hr', 'gemeente', 'care']), lang, 'contract between two companies')
    other = R.choice(ORGS['shop'] + ORGS['it'][:0] + ORGS['payroll'])
    m.external(webmail=False, domain=other[1])
    kind = R.choice(['Leveringsovereenkomst', 'Verwerkersovereenkomst', 'Service Level Agreement', 'Raamovereenkomst schoonmaakdiensten'])
    doc = [('h', kind), 'Partijen:', '1. %s, gevestigd te %s, KvK %s, hierna "opdrachtgever";' % (m.org, R.choice(CITIES), m.neg('kvk', make_kvk())),
           '2. %s, gevestigd te %s, KvK %s, hierna "opdrachtnemer";' % (other[0], R.choice(CITIES), m.neg('kvk', make_kvk())),
           'Artikel 1 Opdrachtnemer levert de diensten zoals beschreven in bijlage A tegen de tarieven in bijlage B.',
           'Artikel 2 Deze overeenkomst wordt aangegaan voor de duur van twee jaar en wordt stilzwijgend verlengd.',
           'Artikel 3 Aansprakelijkheid is beperkt tot het factuurbedrag van het lopende jaar.',
           'Ondertekend namens opdrachtgever: %s, directeur. Namens opdrachtnemer: %s, directeur.' % (Person().name, Person().name)]
    m.subject = R.choice(['%s ter ondertekening', 'Concept %s', 'getekende %s']) % kind.lower()
    m.blocks += [greet('nl'), typo('In de bijlage de %s, graag uw reactie.' % kind.lower())]
    m.atts.append(Att(kind.split()[0].lower() + '.' + R.choice(['pdf', 'docx', 'odt']), 'doc', doc))
    m.sign(kvk=True)
    return m


def ng_portal_notice(lang):
    m = Msg('neg-portal-notice', R.choice(['payroll', 'hr', 'intl']), lang, 'document ready in portal')
    c = m.colleague()
    if lang == 'nl':
        m.subject = R.choice(['Je loonstrook staat klaar', 'Nieuwe salarisstrook beschikbaar', 'Je contract staat klaar om te ondertekenen', 'Jaaropgaaf beschikbaar'])
        m.blocks += [greet('nl', c.name), R.choice([
            'Je loonstrook over %s staat klaar in het personeelsportaal. Log in met je eigen account om hem te bekijken.' % R.choice(MONTHS),
            'Je nieuwe arbeidsovereenkomst staat klaar in het HR-portaal. Onderteken hem digitaal via de knop "Ondertekenen".',
            'Je jaaropgaaf 2025 is beschikbaar in het portaal onder "Mijn documenten".'])]
    else:
        m.subject = R.choice(['Your payslip is available', 'Your contract is ready to sign'])
        m.blocks += [greet('en', c.name), 'Your document is available in the employee portal. Log in to view it; we do not send payslips by email.']
    m.blocks.append('Dit is een automatisch bericht.' if lang == 'nl' else 'This is an automated message.')
    return m


def ng_masked_card(lang):
    m = Msg('neg-masked-card', R.choice(['shop', 'intl']), lang, 'masked card number')
    c = m.external()
    kind, number = make_card()
    masked = R.choice(['**** **** **** %s', 'XXXX-XXXX-XXXX-%s', 'kaart eindigend op %s']) % number[-4:]
    m.neg('masked card', masked)
    m.subject = R.choice(['Betaalbevestiging', 'Payment received', 'Uw betaling'])
    m.blocks += [greet(lang, c.name), 'We hebben uw betaling van € %s ontvangen met %s.' % (money_nl(20, 400), masked) if lang == 'nl'
                 else 'We received your payment of EUR %s with card %s.' % (money(20, 400), masked)]
    shop_signature(m)
    return m


def ng_salary_aggregate(lang):
    m = Msg('neg-salary-aggregate', 'payroll', 'nl', 'aggregated salary-cost report')
    m.colleague()
    rows = [[d, str(R.randint(4, 60)), money(80000, 900000), money(15000, 190000)] for d in ['Productie', 'Verkoop', 'Finance', 'HR', 'ICT']]
    m.subject = R.choice(['Loonkosten Q1 per afdeling', 'Begroting personeelskosten'])
    m.blocks += [greet('nl'), typo('Hierbij de loonkosten per afdeling (totaal bruto en werkgeverslasten), geen individuele gegevens.'),
                 table(['Afdeling', 'FTE', 'Brutoloon totaal', 'Werkgeverslasten'], rows)]
    m.sign()
    return m


def ng_privacy_statement(lang):
    m = Msg('neg-privacy-statement', R.choice(['gemeente', 'housing', 'sport', 'care']), 'nl', 'privacy statement without values')
    m.to.append(Person(m.domain))
    m.subject = R.choice(['Ons privacybeleid is gewijzigd', 'Privacyverklaring', 'Hoe wij met uw gegevens omgaan'])
    m.blocks += [greet('nl'), 'Wij verwerken uw naam, adres, geboortedatum, uw burgerservicenummer (BSN) waar de wet dat voorschrijft, en uw IBAN voor de automatische incasso.',
                 'Gezondheidsgegevens verwerken wij alleen met uw uitdrukkelijke toestemming. U kunt uw gegevens inzien via het portaal.',
                 'Vragen? Neem contact op met onze functionaris gegevensbescherming.']
    m.sign()
    return m


def ng_credential_mention(lang):
    m = Msg('neg-credential-mention', 'it', lang, 'credential mentioned but not given')
    c = m.colleague()
    m.subject = R.choice(['Je nieuwe laptop', 'Account aangemaakt', 'Toegang gedeelde map']) if lang == 'nl' else 'Your new account'
    m.blocks += [greet(lang, c.name), R.choice([
        'Je account is aangemaakt. Het wachtwoord ontvang je per sms op je zakelijke mobiel.',
        'De laptop ligt klaar bij de balie. Het tijdelijke wachtwoord geef ik je morgen persoonlijk.',
        'Je hebt nu toegang tot de map. Log in met je eigen wachtwoord; vergeten? Gebruik de wachtwoordreset.']) if lang == 'nl'
                 else 'Your account is ready. The password will be sent to you by text message.']
    m.sign()
    return m


def ng_bare_sick(lang):
    m = Msg('neg-bare-sick', R.choice(['hr', 'school', 'care']), 'nl', 'bare sick notification (health optional)')
    m.colleague()
    p = Person(m.domain)
    m.optional.add('health')
    m.subject = R.choice(['Ziekmelding', 'afwezig vandaag', 'Rooster vandaag'])
    m.blocks += [greet('nl'), typo('%s heeft zich vanochtend ziek gemeld. Kan iemand de dienst van 14:00 overnemen?' % p.first)]
    m.sign()
    return m


def ng_attendees(lang):
    m = Msg('neg-attendee-list', R.choice(['gemeente', 'hr', 'intl']), lang, 'attendee list without personal details')
    m.colleague()
    rows = [[Person().name, R.choice(ORGS[R.choice(list(ORGS))])[0], R.choice(['Workshop A', 'Workshop B', 'Plenair'])] for _ in range(R.randint(5, 12))]
    m.subject = R.choice(['Deelnemers regiobijeenkomst', 'Aanmeldingen kennissessie', 'Attendees partner day'])
    m.blocks += [greet(lang), typo('Hierbij de aanmeldingen tot nu toe.') if lang == 'nl' else 'Registrations so far:',
                 table(['Naam', 'Organisatie', 'Sessie'] if lang == 'nl' else ['Name', 'Organisation', 'Session'], rows)]
    m.sign()
    return m


def ng_sports_results(lang):
    m = Msg('neg-sports-results', 'sport', 'nl', 'sports results')
    m.to.append(Person(m.domain))
    rows = [['%s %d' % (R.choice(['JO11', 'JO13', 'MO15', 'Heren', 'Dames']), R.randint(1, 4)), '%d - %d' % (R.randint(0, 6), R.randint(0, 6)),
             R.choice(['thuis', 'uit'])] for _ in range(R.randint(5, 10))]
    m.subject = R.choice(['Uitslagen zaterdag', 'Uitslagen en programma'])
    m.blocks += [greet('nl'), 'De uitslagen van afgelopen weekend:', table(['Team', 'Uitslag', 'Thuis/uit'], rows), 'Volgende week: bekerronde.']
    m.sign()
    return m


def ng_roster(lang):
    m = Msg('neg-roster', R.choice(['care', 'school', 'sport']), 'nl', 'timetable / roster')
    m.colleague()
    days = ['ma', 'di', 'wo', 'do', 'vr']
    rows = [[Person(m.domain).first, R.choice(['08:00-16:30', '07:00-15:00', '15:00-23:00', 'vrij'])] + [R.choice(['V', 'L', 'N', '-']) for _ in days[1:]]
            for _ in range(R.randint(5, 9))]
    m.subject = R.choice(['Rooster week %d' % R.randint(1, 52), 'Planning volgende week'])
    m.blocks += [greet('nl'), typo('Het rooster voor volgende week, ruilen graag via de teamleider.'), table(['Naam'] + days, rows)]
    m.sign()
    return m


def ng_meeting(lang):
    m = Msg('neg-meeting', R.choice(['gemeente', 'hr', 'intl', 'housing']), lang, 'ordinary work mail')
    m.colleague()
    if lang == 'nl':
        m.subject = R.choice(['Agenda overleg dinsdag', 'Notulen teamoverleg', 'Verplaatsen afspraak', 'Offerte schilderwerk'])
        m.blocks += [greet('nl'), typo(R.choice([
            'Agenda: 1. opening 2. stand van zaken project %s 3. begroting 2027 4. rondvraag. We beginnen om 10:00 in zaal 2.' % R.choice(['Noord', 'ERP', 'Huisvesting']),
            'Kunnen we de afspraak van donderdag verplaatsen naar volgende week? Bel me even op 020-5550123.',
            'De offerte voor het schilderwerk komt uit op € 14.250 excl. btw, offertenummer 2026-0412. Akkoord?']))]
    else:
        m.subject = R.choice(['Agenda Tuesday', 'Quarterly review', 'Office move'])
        m.blocks += [greet('en'), R.choice(['Agenda for Tuesday: 1. Q2 figures 2. Hiring plan 3. Office move. Meeting room 4.12, 10:00 CET.',
                                            'The office move is planned for 12 June. Please pack your desk by Thursday; labels are at reception.'])]
    m.sign()
    return m


# ---------------------------------------------------------------------------------------------
# The mix: (scenario, count, language choice)

POSITIVES = [
    (sc_hr_onboarding, 18), (sc_gemeente_dossier, 16), (sc_care_referral, 14), (sc_sick_report, 14), (sc_care_handover, 8),
    (sc_school_pupil, 9), (sc_iban_refund, 16), (sc_housing_id, 20), (sc_payment_card, 16), 
    (sc_payslip, 14), (sc_salary_run, 9), (sc_jaaropgaaf, 4), (sc_personal_list, 18), (sc_bsn_list, 10), (sc_member_iban, 7),
    (sc_narrow_cells, 6), (sc_attached_eml, 5),
]
NEGATIVES = [
    (ng_order, 8),  (ng_tracking, 5), (ng_kvk, 5), (ng_phone_list, 7), (ng_ean, 5), (ng_bad_iban, 5),
    (ng_product_codes, 5), (ng_newsletter, 6), (ng_job_ad, 6), (ng_password_reset, 7), (ng_password_policy, 4), (ng_cao, 5),
    (ng_health_news, 6), (ng_blank_template, 6), (ng_b2b_contract, 6), (ng_portal_notice, 6), (ng_masked_card, 3),
    (ng_salary_aggregate, 3), (ng_privacy_statement, 3), (ng_credential_mention, 4), (ng_bare_sick, 3), (ng_attendees, 3),
    (ng_sports_results, 3), (ng_roster, 3), (ng_meeting, 6),
]
# Contracts: every kind, in every attachment format and in the body.
CONTRACTS = [('nl', k, f) for k, f in zip(
    ['bepaald', 'bepaald', 'bepaald', 'onbepaald', 'onbepaald', 'onbepaald', 'oproep', 'oproep', 'uitzend', 'uitzend', 'stage', 'stage',
     'vso', 'vso', 'vso', 'addendum', 'addendum', 'studie', 'studie', 'bepaald'],
    ['docx', 'pdf', 'body', 'pdf', 'odt', 'doc', 'odt', 'docx', 'pdf', 'rtf', 'docx', 'odt', 'pdf', 'docx', 'body', 'docx', 'pdf', 'docx', 'rtf', 'zip'])]
CONTRACTS += [('en', 'employment', 'pdf'), ('en', 'employment', 'docx'), ('en', 'settlement', 'docx'), ('en', 'settlement', 'pdf'), ('en', 'employment', 'body')]


def pick_lang(fn):
    english_ok = fn not in (sc_gemeente_dossier, sc_care_handover, sc_school_pupil, sc_jaaropgaaf, sc_personal_list, sc_bsn_list,
                            sc_member_iban, sc_narrow_cells, sc_attached_eml, ng_numbered, ng_kvk, ng_phone_list, ng_ean, ng_bad_iban,
                            ng_product_codes, ng_newsletter, ng_cao, ng_b2b_contract, ng_tracking, ng_salary_aggregate, ng_privacy_statement, ng_bare_sick, ng_sports_results, ng_roster)
    return 'en' if english_ok and R.random() < 0.22 else 'nl'


# ---------------------------------------------------------------------------------------------
# Chains: wrap a message in a forward or a reply


def wrap_chain(m):
    old = Person(m.domain if R.random() < 0.5 else None)
    style = R.choice(['fwd_gmail', 'fwd_outlook_nl', 'fwd_en', 'reply_nl', 'reply_en']) if m.lang == 'en' else \
        R.choice(['fwd_gmail', 'fwd_outlook_nl', 'fwd_outlook_nl', 'reply_nl', 'reply_nl'])
    if m.lang == 'nl' and style == 'fwd_en':
        style = 'fwd_outlook_nl'
    meta = {'from': m.sender.name, 'email': m.sender.email, 'date': rand_date() + ' %02d:%02d' % (R.randint(7, 18), R.randint(0, 59)),
            'subject': m.subject, 'to': ', '.join(p.email for p in m.to) or old.email}
    fwd = style.startswith('fwd')
    top = [R.choice(['Ter info.', 'Zie hieronder. Kun jij dit oppakken?', 'FYI', 'Zie onderstaande mail.', 'Doorgestuurd ivm vakantie collega.'])
           if m.lang == 'nl' else R.choice(['FYI', 'See below, can you pick this up?', 'Forwarding for your records.'])] if fwd else \
        [R.choice(['Dank je, ik pak het op.', 'Helder, dank!', 'Ontvangen, ik kom erop terug.']) if m.lang == 'nl' else R.choice(['Thanks, noted.', 'Got it, thanks!'])]
    m.blocks = [greet(m.lang)] + top + [closing(m.lang, old, m.org, sector=m.sector)] + [('quote', style, meta, m.blocks)]
    m.to = [Person(R.choice([m.domain, None]))]
    m.subject = (R.choice(['FW: ', 'Fwd: ', 'Doorst: ']) if fwd else R.choice(['RE: ', 'Re: ', 'Antw: '])) + m.subject
    m.sender = old
    m.scenario += '+' + style


# ---------------------------------------------------------------------------------------------
# Attachments: sources, LibreOffice conversions, assembly

CONVERSIONS = {  # target -> (source kind, input filter, output filter)
    ('doc', 'docx'): ('HTML (StarWriter)', 'docx:MS Word 2007 XML'),
    ('doc', 'odt'): ('HTML (StarWriter)', 'odt:writer8'),
    ('doc', 'doc'): ('HTML (StarWriter)', 'doc:MS Word 97'),
    ('doc', 'rtf'): ('HTML (StarWriter)', 'rtf:Rich Text Format'),
    ('doc', 'pdf'): ('HTML (StarWriter)', 'pdf:writer_pdf_Export'),
    ('sheet', 'xlsx'): ('CSV:44,34,76,1,,1033,true,false', 'xlsx:Calc MS Excel 2007 XML'),
    ('sheet', 'ods'): ('CSV:44,34,76,1,,1033,true,false', 'ods:calc8'),
    ('sheet', 'xls'): ('CSV:44,34,76,1,,1033,true,false', 'xls:MS Excel 97'),
    ('sheet', 'pdf'): ('CSV:44,34,76,1,,1033,true,false', 'pdf:calc_pdf_Export'),
}


def csv_text(headers, rows, quoted_cols, delim=','):
    """CSV as a spreadsheet exports it; with ';' (Dutch Excel) decimals get a comma."""
    def cell(c, i, header):
        if header or i in quoted_cols or not c.replace('.', '', 1).isdigit():
            return '"' + c.replace('"', '""') + '"' if (i in quoted_cols or delim in c or '"' in c or R.random() < 0.5) else c
        return c.replace('.', ',') if delim == ';' else c
    return '\n'.join(delim.join(cell(c, i, r is headers) for i, c in enumerate(r)) for r in [headers] + rows) + '\n'


def plan_attachment(att, jobs, workdir, counter):
    """Set att.data directly for formats we write ourselves; queue a LibreOffice job otherwise."""
    if att.kind == 'zip':
        for inner in att.content:
            plan_attachment(inner, jobs, workdir, counter)
        return
    if att.kind == 'eml':
        for inner in att.content.atts:
            plan_attachment(inner, jobs, workdir, counter)
        return
    if att.kind == 'text':
        if att.fmt == 'pdf':
            att.kind, att.content = 'doc', ['\n'.join(att.content.split('\n'))]
        else:
            att.data = att.content.encode('utf-8' if R.random() < 0.7 else 'cp1252', errors='replace')
            return
    if att.kind == 'sheet':
        heads, rows, quoted = att.content
        if att.fmt == 'csv':
            att.data = csv_text(heads, rows, quoted, R.choice([',', ';'])).encode(R.choice(['utf-8', 'utf-8-sig', 'cp1252']), errors='replace')
            return
        if att.fmt in ('docx', 'odt', 'doc', 'rtf', 'html', 'txt'):
            att.kind, att.content = 'doc', [table(heads, rows)]
        else:
            counter[0] += 1
            src = os.path.join(workdir, 'src', 's%04d.csv' % counter[0])
            with open(src, 'w', encoding='utf-8') as f:
                f.write(csv_text(heads, rows, quoted))
            jobs.setdefault(('sheet', att.fmt), []).append((src, att))
            return
    # doc
    page = render_html(att.content, att.name)
    if att.fmt == 'html':
        att.data = page.encode('utf-8')
        return
    if att.fmt == 'txt':
        att.data = render_plain(att.content).encode('utf-8')
        return
    counter[0] += 1
    src = os.path.join(workdir, 'src', 'd%04d.html' % counter[0])
    with open(src, 'w', encoding='utf-8') as f:
        f.write(page)
    jobs.setdefault(('doc', att.fmt), []).append((src, att))


def soffice(workdir, infilter, outfilter, sources, outdir):
    profile = 'file://' + os.path.join(workdir, 'profile')
    cmd = ['soffice', '-env:UserInstallation=' + profile, '--headless', '--infilter=' + infilter,
           '--convert-to', outfilter, '--outdir', outdir] + sources
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run_conversions(jobs, workdir):
    for (kind, fmt), items in sorted(jobs.items()):
        infilter, outfilter = CONVERSIONS[(kind, fmt)]
        outdir = os.path.join(workdir, 'out', kind + '-' + fmt)
        os.makedirs(outdir, exist_ok=True)
        t = time.time()
        for i in range(0, len(items), 80):
            soffice(workdir, infilter, outfilter, [s for s, _ in items[i:i + 80]], outdir)
        for src, att in items:
            out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
            with open(out, 'rb') as f:
                att.data = f.read()
        print('  %s -> %s: %d files in %.1fs' % (kind, fmt, len(items), time.time() - t), file=sys.stderr)


def finish_attachment(att):
    """Build zips (their entries are made by now)."""
    if att.kind == 'zip':
        buf = tempfile.SpooledTemporaryFile()
        with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
            for inner in att.content:
                finish_attachment(inner)
                info = zipfile.ZipInfo(R.choice(['', 'documenten/', 'export/']) + inner.name, date_time=(2026, 3, 2, 10, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, inner.data)
        buf.seek(0)
        att.data = buf.read()
    elif att.kind == 'eml':
        att.data = None


MIME_TYPES = {
    'pdf': ('application', 'pdf'), 'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
    'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'odt': ('application', 'vnd.oasis.opendocument.text'),
    'ods': ('application', 'vnd.oasis.opendocument.spreadsheet'), 'doc': ('application', 'msword'), 'xls': ('application', 'vnd.ms-excel'),
    'rtf': ('application', 'rtf'), 'zip': ('application', 'zip'), 'csv': ('text', 'csv'), 'txt': ('text', 'plain'), 'html': ('text', 'html'),
}


def text_part(text, subtype):
    charset = 'utf-8'
    try:
        text.encode('cp1252')
        if R.random() < 0.45:
            charset = 'windows-1252'
    except UnicodeEncodeError:
        pass
    if subtype == 'html':
        text = text.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset)
    cs = email.charset.Charset(charset)
    cs.body_encoding = R.choice([email.charset.QP, email.charset.QP, email.charset.BASE64, None])
    cs.header_encoding = email.charset.QP
    part = MIMENonMultipart('text', subtype)
    part.set_payload(text, cs)
    return part


def encoded(value):
    """An RFC 2047 encoded word for a non-ASCII header, in the charset Outlook or a webmail would pick."""
    if all(ord(c) < 128 for c in value):
        return value
    charset = R.choice(['utf-8', 'windows-1252', 'iso-8859-1'])
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    return Header(value, charset).encode()


def build_mime(m, top=True):
    plain = render_plain(m.blocks)
    mode = R.choice(['plain', 'html', 'alt', 'alt', 'alt'])
    if mode == 'plain':
        body = text_part(plain + '\n', 'plain')
    elif mode == 'html':
        body = text_part(render_html(m.blocks, m.subject), 'html')
    else:
        body = MIMEMultipart('alternative')
        body.attach(text_part(plain + '\n', 'plain'))
        body.attach(text_part(render_html(m.blocks, m.subject), 'html'))
    if m.atts:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        for att in m.atts:
            if att.kind == 'eml':
                part = MIMEMessage(build_mime(att.content, top=False))
            elif att.fmt in ('csv', 'txt', 'html') and R.random() < 0.5:
                part = MIMEBase(*MIME_TYPES[att.fmt])
                part.set_payload(att.data)
                encoders.encode_base64(part)
            else:
                part = MIMEBase(*MIME_TYPES.get(att.fmt, ('application', 'octet-stream')))
                part.set_payload(att.data)
                encoders.encode_base64(part)
            if all(ord(c) < 128 for c in att.name):
                part.add_header('Content-Disposition', 'attachment', filename=att.name)
            else:
                part.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', att.name))
            msg.attach(part)
    else:
        msg = body
    if 'MIME-Version' not in msg:
        msg['MIME-Version'] = '1.0'
    msg['From'] = email.utils.formataddr((encoded(m.sender.name), m.sender.email))
    msg['To'] = ', '.join(email.utils.formataddr((encoded(p.name), p.email)) for p in m.to)
    if m.cc:
        msg['Cc'] = ', '.join(email.utils.formataddr((encoded(p.name), p.email)) for p in m.cc)
    msg['Subject'] = encoded(m.subject)
    when = datetime(2026, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=1))) + timedelta(minutes=R.randint(0, 60 * 24 * 120))
    msg['Date'] = email.utils.format_datetime(when)
    msg['Message-ID'] = '<%s@%s>' % (rand_token(20, string.hexdigits.lower()), m.sender.email.split('@')[1])
    return msg


# ---------------------------------------------------------------------------------------------


def build_specs():
    specs = []
    for fn, count in POSITIVES + NEGATIVES:
        for _ in range(count):
            specs.append(fn(pick_lang(fn)))
    # credentials: every kind, every token format; look-alike numbers: every label
    for kind, n in (('account', 5), ('temp-phrase', 3), ('pin', 5), ('api', 7), ('config', 3), ('key', 2), ('wifi-shared', 1)):
        for i in range(n):
            specs.append(sc_credential(pick_lang(sc_credential) if kind != 'wifi-shared' else 'nl', kind, i))
    for i in range(15):
        specs.append(ng_numbered('nl', i))
    for fmt in ('xlsx', 'xlsx', 'ods', 'xls', 'csv'):
        specs.append(sc_bsn_list('nl', fmt))
    for lang, kind, fmt in CONTRACTS:
        if fmt == 'zip':
            m = sc_contract(lang, kind, 'docx')
            inner = m.atts.pop()
            m.atts.append(Att('contractstukken.zip', 'zip', [inner, Att('toelichting.txt', 'text', 'Graag beide exemplaren tekenen.\n')]))
            specs.append(m)
        else:
            specs.append(sc_contract(lang, kind, fmt))
    # some of what people type in the body arrives as a document instead
    for m in specs:
        if not m.atts and m.scenario not in ('neg-password-reset', 'neg-portal-notice') and R.random() < 0.3:
            to_attachment(m)
    # one in four messages becomes a forward or a reply; attached-eml ones keep their shape
    for m in specs:
        if not m.scenario.startswith('attached-eml') and R.random() < 0.25:
            wrap_chain(m)
    return specs


ATTACH_NAMES = ['brief', 'gegevens', 'notitie', 'melding', 'overzicht', 'document', 'scan', 'formulier', 'info']


def to_attachment(m):
    """Move what the message says (between greeting and signature) into an attached document."""
    core = m.blocks[1:-1] if len(m.blocks) > 2 else m.blocks[:]
    fmt = R.choice(['docx', 'docx', 'pdf', 'pdf', 'pdf', 'odt', 'rtf', 'rtf', 'doc', 'html', 'txt', 'txt', 'zip', 'zip'])
    base = R.choice(ATTACH_NAMES) + R.choice(['', '_' + str(R.randint(1, 99)), '_2026'])
    if fmt == 'zip':
        inner = Att(base + '.' + R.choice(['pdf', 'docx', 'txt']), 'doc', core)
        att = Att(base + '.zip', 'zip', [inner])
    else:
        att = Att(base + '.' + fmt, 'doc', core)
    m.atts.append(att)
    note = R.choice(['Zie bijlage.', 'Zie de bijlage.', 'In de bijlage de gegevens.', 'Bijgaand het document.']) if m.lang == 'nl' else \
        R.choice(['See attached.', 'Please find the details attached.'])
    m.blocks = [m.blocks[0], note, m.blocks[-1]] if len(m.blocks) > 2 else [note]
    m.scenario += '>' + fmt


def split_of(name):
    """A third of the set, chosen by a hash of the file name, is held out of day-to-day tuning."""
    return 'held-out' if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 3 == 0 else 'tuned'


def main():
    started = time.time()
    specs = build_specs()
    R.shuffle(specs)
    workdir = tempfile.mkdtemp(prefix='sendguard-eval-')
    os.makedirs(os.path.join(workdir, 'src'))
    jobs, counter = {}, [0]
    for m in specs:
        for att in m.atts:
            plan_attachment(att, jobs, workdir, counter)
    print('converting %d files with LibreOffice ...' % sum(len(v) for v in jobs.values()), file=sys.stderr)
    run_conversions(jobs, workdir)
    shutil.rmtree(workdir, ignore_errors=True)

    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    labels, planted, split = {}, {}, {}
    for i, m in enumerate(specs, 1):
        for att in m.atts:
            finish_attachment(att)
        for att in m.atts:
            if att.kind == 'eml':
                for inner in att.content.atts:
                    finish_attachment(inner)
        name = 'e%04d.eml' % i
        data = build_mime(m).as_bytes(policy=MAIL_POLICY)
        check_message(data, m)
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
        labels[name] = {'categories': sorted(m.cats), 'optional': sorted(m.optional - m.cats)}
        planted[name] = {'scenario': m.scenario, 'positives': m.positives, 'negatives': m.negatives}
        if m.negative_kind:
            planted[name]['negative_kind'] = m.negative_kind
        split[name] = split_of(name)
    for fname, obj in (('labels.json', labels), ('planted.json', planted), ('split.json', split)):
        with open(os.path.join(HERE, fname), 'w', encoding='utf-8') as f:
            json.dump(obj, f, indent=1, ensure_ascii=False, sort_keys=True)
            f.write('\n')
    summary(labels, split, started)


def check_message(data, m):
    """Every planted number is valid, and the message parses back."""
    for cat, value in m.positives:
        if cat == 'bsn':
            d = digits_of(value)
            assert elfproef(d.zfill(9)), value
        elif cat == 'iban':
            assert mod97_ok(value), value
        elif cat == 'payment-card':
            assert luhn_ok(digits_of(value)), value
    for kind, value in m.negatives:
        if kind == 'bad iban':
            assert not mod97_ok(value), value
        if kind == 'ean':
            assert luhn_ok(value) and ean_ok(value), value
    parsed = message_from_bytes(data)
    assert parsed['Subject'] is not None


def summary(labels, split, started):
    total = len(labels)
    negatives = sum(1 for v in labels.values() if not v['categories'])
    per = {}
    for v in labels.values():
        for c in v['categories']:
            per[c] = per.get(c, 0) + 1
    held = sum(1 for s in split.values() if s == 'held-out')
    size = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT))
    print('%d messages (%d hard negatives), %d held out; %.1f MB; %.0fs' % (total, negatives, held, size / 1e6, time.time() - started))
    print('  ' + ', '.join('%s %d' % (c, n) for c, n in sorted(per.items())))


# ---------------------------------------------------------------------------------------------
# --check: read every message back the way a reader would and confirm each planted value is there


def norm(text):
    return ''.join(c for c in text.upper() if c.isalnum())


def wrapped_in(want, text):
    """A value that a narrow table cell wrapped: its characters in order, interleaved with the
    neighbouring cells' text, within a short stretch after its first four characters."""
    start = text.find(want[:4])
    while start >= 0:
        i = 0
        for c in text[start:start + 6 * len(want)]:
            if c == want[i]:
                i += 1
                if i == len(want):
                    return True
        start = text.find(want[:4], start + 1)
    return False


def strip_tags(text):
    import re
    return html.unescape(re.sub(r'<[^>]+>', ' ', text))


def attachment_text(name, data, later):
    ext = name.rsplit('.', 1)[-1].lower()
    if ext in ('csv', 'txt', 'html'):
        for enc in ('utf-8', 'cp1252'):
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        return strip_tags(text) if ext == 'html' else text
    if ext in ('docx', 'xlsx', 'odt', 'ods'):
        import io
        z = zipfile.ZipFile(io.BytesIO(data))
        import re
        return ' '.join(re.sub(r'<[^>]+>', '', z.read(n).decode('utf-8')) for n in z.namelist() if n.endswith('.xml'))
    if ext == 'pdf':
        return subprocess.run(['pdftotext', '-', '-'], input=data, capture_output=True, check=True).stdout.decode('utf-8')
    if ext == 'zip':
        import io
        z = zipfile.ZipFile(io.BytesIO(data))
        return '\n'.join(attachment_text(n, z.read(n), later) for n in z.namelist())
    if ext in ('doc', 'rtf', 'xls'):
        later.append((ext, data))
        return ''
    raise ValueError('unexpected attachment ' + name)


def message_text(msg, later):
    out = [str(msg.get('Subject', ''))]
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822':
            continue
        name = part.get_filename()
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True)
        if name:
            out.append(attachment_text(name, data, later))
        elif part.get_content_maintype() == 'text':
            text = data.decode(part.get_content_charset() or 'utf-8')
            out.append(strip_tags(text) if part.get_content_subtype() == 'html' else text)
    return '\n'.join(out)


def check():
    import email.header
    planted = json.load(open(os.path.join(HERE, 'planted.json'), encoding='utf-8'))
    work = tempfile.mkdtemp(prefix='sendguard-eval-check-')
    texts, legacy = {}, {}
    for name in sorted(planted):
        msg = message_from_bytes(open(os.path.join(OUT, name), 'rb').read(), policy=email.policy.default)
        later = []
        texts[name] = message_text(msg, later)
        for i, (ext, data) in enumerate(later):
            path = os.path.join(work, '%s_%d.%s' % (name[:-4], i, ext))
            with open(path, 'wb') as f:
                f.write(data)
            legacy.setdefault(ext, []).append((name, path))
    for ext, items in legacy.items():
        target = 'csv:Text - txt - csv (StarCalc):44,34,76' if ext == 'xls' else 'txt:Text'
        subprocess.run(['soffice', '-env:UserInstallation=file://' + os.path.join(work, 'profile'), '--headless', '--convert-to', target,
                        '--outdir', os.path.join(work, 'out')] + [p for _, p in items], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for name, path in items:
            out = os.path.join(work, 'out', os.path.splitext(os.path.basename(path))[0] + ('.csv' if ext == 'xls' else '.txt'))
            texts[name] += '\n' + open(out, encoding='utf-8', errors='replace').read()
    problems, split = 0, 0
    for name in sorted(planted):
        text = norm(texts[name])
        for cat, value in planted[name]['positives']:
            if cat not in ('bsn', 'iban', 'payment-card', 'id-document', 'credential'):
                continue
            want = 'PRIVATEKEY' if value == 'private key block' else norm(value)
            if want in text:
                continue
            if wrapped_in(want, text):
                split += 1
                continue
            problems += 1
            print('%s: %s %r not found in the text' % (name, cat, value))
        # a checksum-valid number nobody planted would be an unlabelled positive or an unnamed look-alike
        import re
        known = {digits_of(v) for _, v in planted[name]['positives'] + planted[name]['negatives']}
        for run in re.findall(r'(?<![\d.-])\d{9}(?![\d.-])', texts[name]):
            if elfproef(run) and run not in known:
                print('%s: note: elfproef-valid %s was not planted' % (name, run))
        for cand in re.findall(r'\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b', texts[name].replace(' ', '')):
            if mod97_ok(cand) and not any(norm(cand).startswith(k) or k.startswith(norm(cand)) for k in map(norm, [v for _, v in planted[name]['positives'] + planted[name]['negatives']])):
                print('%s: note: IBAN-valid %s was not planted' % (name, cand))
    shutil.rmtree(work, ignore_errors=True)
    print('check: %d messages, %d planted values missing, %d found wrapped over table cells' % (len(planted), problems, split))
    return problems == 0


if __name__ == '__main__':
    if sys.argv[1:] == ['--check']:
        sys.exit(0 if check() else 1)
    main()
