import { detectText } from '../../src/detection';

/** Cases found after the detectors landed: each row once failed. */
const rows: Array<[string, string, Array<[string, string]>]> = [
  [
    'a label on the next line names the next value, not this one',
    'Werknemer: Jan de Vries\nBSN: 123456782\nIBAN: NL91ABNA0417164300\n',
    [
      ['bsn', 'high'],
      ['iban', 'high'],
    ],
  ],
  ['an order number label on the same line still wins', 'BSN-aanvraag, ordernummer 123456782', []],
  [
    'a long context word that starts beyond the near window but ends inside it still counts as near',
    'Burgerservicenummer (zie het aanvraagformulier, vak 3 bovenaan):  123456782',
    [['bsn', 'high']],
  ],
  ['a context word 200 characters off gives medium', 'BSN ' + 'x '.repeat(100) + '123456782', [['bsn', 'medium']]],
  ['a company account in a signature, with the KvK number on the next line, is only low', 'Met vriendelijke groet,\nBakkerij De Korenschoof\nIBAN: NL91 ABNA 0417 1643 00\nKvK: 12345678\n', [['iban', 'low']]],
];

const credentials: Array<[string, string, Array<[string, string]>]> = [
  ['a password on the line under its label', 'Hoi Sanne,\n\nWachtwoord:\nZomer2026!\n\nGroet, Ahmed', [['credential', 'high']]],
  ['a PIN in a sentence naming what it is for', 'De pincode van de nieuwe pas is 4821.', [['credential', 'medium']]],
  [
    'a password table after prose that names a password and after another table',
    'Het wachtwoord staat in de tabel.\nArtikel\tAantal\nstoel\t4\n\nGebruikersnaam\tWachtwoord\njdevries\tZomer2024!\npjansen\tHerfst#77\n',
    [
      ['credential', 'high'],
      ['credential', 'high'],
    ],
  ],
  ['an empty label followed by the next label is nothing', 'Gebruikersnaam: jan\nWachtwoord:\nBeveiligingsvraag: ...', []],
];

describe('detection regressions', () => {
  it.each(rows)('%s', (_why, text, expected) => {
    expect(detectText(text, { detectors: ['bsn', 'iban'] }).map((m) => [m.detector, m.confidence])).toEqual(expected);
  });

  it.each(credentials)('%s', (_why, text, expected) => {
    expect(detectText(text, { detectors: ['credential'] }).map((m) => [m.detector, m.confidence])).toEqual(expected);
  });
});

describe('health regressions', () => {
  it.each([
    ['Hoi Mark, ik meld me vandaag ziek, ik heb koorts. Groet, Lisa', ['medium']],
    ['Zorgmedewerkers kunnen zich laten vaccineren. Heb je koorts, overleg dan met de bedrijfsarts.', []],
  ])('%s', (text, expected) => {
    expect(detectText(text, { detectors: ['health'] }).map((m) => m.confidence)).toEqual(expected);
  });
});
