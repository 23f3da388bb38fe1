/**
 * Extraction of LibreOffice/iconv/zip-made fixtures (test/extract/fixtures/make.sh): every planted
 * value comes out in the form a detector needs, deleted text stays out, clean files stay clean.
 */
import { extractAttachment } from '../../src/extract';
import { allText, bsnsIn, budget, fixture, ibansIn } from './helpers';

interface Case {
  file: string;
  contains: string[];
  absent?: string[];
  /** Paths the texts must be under (sheets, slides). */
  paths?: string[];
}

const PAYSLIP = ['Brutoloon', 'Loonheffing', 'Nettoloon'];
const WRITER = ['123456782', '111222333', 'NL91 ABNA 0417 1643 00', 'NL20INGB0001234567', 'personeelsnummer 4711', 'Wachtwoord portaal: Tulp-2024', 'Ingevoegdeopmerking', 'Café-medewerker ontvangt € 2.437,50', ...PAYSLIP];
const TEXT = ['BSN: 123456782', 'IBAN: NL91ABNA0417164300', 'Brutoloon € 3.250,00', 'Werkgever: Café Één B.V.'];
const SLIDES = ['Salarisspecificatie team Noord', 'BSN 123456782', 'IBAN NL91ABNA0417164300', 'Partner BSN 111222333', 'Loonheffing'];

const planted: Case[] = [
  // Tracked deletions are read: the deleted text still travels in the file.
  { file: 'planted.docx', contains: [...WRITER, 'Verwijderdeopmerking'] },
  { file: 'planted.odt', contains: [...WRITER, 'Verwijderdeopmerking'], absent: ['0000-00-00'] },
  { file: 'planted-flat.fodt', contains: [...WRITER, 'Verwijderdeopmerking'] },
  { file: 'planted.rtf', contains: [...WRITER, 'Verwijderdeopmerking'], absent: ['Liberation', 'Times New Roman'] },
  { file: 'planted-from-html.docx', contains: ['BSN 123456782', 'NL91ABNA0417164300', 'Brutoloon\t3.250,00', 'Nettoloon\t2.437,50'] },
  { file: 'planted.pptx', contains: SLIDES, paths: ['slide 1', 'slide 2'] },
  // A comment on a slide travels with the file: read after the slide (and its notes).
  { file: 'noted-slides.pptx', contains: ["Nieuwe collega's team Noord\nBSN van Piet: 123456782, IBAN NL91 ABNA 0417 1643 00"], paths: ['slide 1'] },
  { file: 'planted.odp', contains: SLIDES, paths: ['slide 1', 'slide 2'] },
  { file: 'planted-list.xlsx', contains: ['Naam\tBSN\tIBAN\tGeboortedatum\tUurloon\tIn dienst', 'Jan de Vries\t12345672\tNL91ABNA0417164300', '123456782', '111222333'], absent: ['E7', 'e+'], paths: ['planted-list'] },
  // A note on a cell travels with the workbook: read after the sheet's cells, the author's name not.
  { file: 'noted-list.xlsx', contains: ['J. de Boer\tvroeg\nNieuw: BSN 123456782, rekening NL91 ABNA 0417 1643 00, nog doorgeven aan salarisadministratie'], absent: ['Planning'], paths: ['Rooster'] },
  { file: 'planted-list.ods', contains: ['Naam\tBSN\tIBAN\tGeboortedatum\tUurloon\tIn dienst', 'Jan de Vries\t12345672\tNL91ABNA0417164300', '123456782', '111222333'], absent: ['E7', 'e+'], paths: ['planted-list'] },
  { file: 'planted-list.csv', contains: ['Naam\tBSN\tIBAN', 'Jan de Vries\t012345672\tNL91ABNA0417164300', '\t2015-04-01\n'] },
  { file: 'planted-list-comma-cp1252.csv', contains: ['Naam\tBSN\tIBAN\tGeboortedatum', 'Piet Jansen\t123456782\tNL20INGB0001234567\t01-07-1975'] },
  { file: 'planted-utf8.txt', contains: TEXT },
  { file: 'planted-utf16le-bom.txt', contains: TEXT },
  { file: 'planted-utf16be.txt', contains: TEXT },
  { file: 'planted-cp1252.txt', contains: TEXT },
  { file: 'planted.html', contains: ['BSN 123456782', 'NL91ABNA0417164300', 'Café Één', ...PAYSLIP] },
  { file: 'planted-cp1252.html', contains: ['BSN 123456782', 'NL91ABNA0417164300', 'Café Één', ...PAYSLIP] },
  { file: 'planted.json', contains: ['bsn: 123456782', 'iban: NL91ABNA0417164300', 'bsnNummer: 12345672', 'omschrijving: Brutoloon'] },
  { file: 'planted.xml', contains: ['bsn: 123456782', 'iban: NL91ABNA0417164300', 'Brutoloon & nettoloon <zie bijlage>'] },
  { file: 'plain.zip', contains: TEXT, paths: ['map/loonstrook.txt', 'clean.csv'] },
  { file: 'nested.zip', contains: WRITER, paths: ['loonstrook.docx'] },
];

describe('planted fixtures', () => {
  test.each(planted)('$file gives every planted value', ({ file, contains, absent, paths }) => {
    const result = extractAttachment(file, fixture(file), budget());
    const text = allText(result);
    expect(result.problems).toEqual([]);
    for (const value of contains) expect(text).toContain(value);
    for (const value of absent || []) expect(text).not.toContain(value);
    if (paths) expect(result.texts.map((t) => t.path)).toEqual(paths);
    // The independent checks a detector will make: a valid BSN and a valid IBAN are there.
    expect(bsnsIn(text).length).toBeGreaterThan(0);
    expect(ibansIn(text).length).toBeGreaterThan(0);
  });

  test.each(['planted-list.xlsx', 'planted-list.ods'])('%s keeps the BSN header over its column (numbers as stored)', (file) => {
    const [sheet] = extractAttachment(file, fixture(file), budget()).texts;
    const lines = sheet.text.trim().split('\n').map((l) => l.split('\t'));
    const column = lines[0].indexOf('BSN');
    expect(column).toBe(1);
    expect(lines.slice(1).map((row) => row[column])).toEqual(['12345672', '123456782', '111222333']);
    // 12345672 is 012345672 with its leading zero dropped: still a valid BSN.
    expect(lines.slice(1).every((row) => bsnsIn(row[column]).length === 1)).toBe(true);
    // Calc stored the ISO dates of the CSV as date cells (numbers with a date format): read back as dates.
    expect(lines.slice(1).map((row) => row[5])).toEqual(['2015-04-01', '2010-09-15', '2020-01-06']);
  });

  test('docx: the table is one line per row with TAB-separated cells', () => {
    const text = allText(extractAttachment('planted.docx', fixture('planted.docx'), budget()));
    expect(text).toContain('\nOmschrijving\tBedrag\nBrutoloon\t3.250,00\nLoonheffing\t812,50\nNettoloon\t2.437,50\n');
  });

  test('the format comes from the content: a docx named .txt and a text named .docx', () => {
    const docx = extractAttachment('notes.txt', fixture('planted.docx'), budget());
    expect(allText(docx)).toContain('BSN 123456782');
    const text = extractAttachment('loonstrook.docx', fixture('planted-utf8.txt'), budget());
    expect(allText(text)).toContain('BSN: 123456782');
  });
});

describe('clean fixtures', () => {
  test.each(['clean.docx', 'clean.odt', 'clean-flat.fodt', 'clean.rtf', 'clean.pptx', 'clean.odp', 'clean.xlsx', 'clean.ods', 'clean.csv', 'clean.txt'])('%s has text and nothing planted', (file) => {
    const result = extractAttachment(file, fixture(file), budget());
    const text = allText(result);
    expect(result.problems).toEqual([]);
    expect(text.length).toBeGreaterThan(20);
    expect(bsnsIn(text)).toEqual([]);
    expect(ibansIn(text)).toEqual([]);
    expect(text).not.toMatch(/loon|salaris|wachtwoord/i);
  });
});

describe('encrypted and unreadable files', () => {
  test('zip -P: encrypted-attachment for the archive, once', () => {
    const result = extractAttachment('loonstrook.zip', fixture('encrypted.zip'), budget());
    expect(result.problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
    expect(result.texts).toEqual([]);
  });

  test('password-protected ODT (LibreOffice via UNO): encrypted-attachment', () => {
    const result = extractAttachment('loonstrook.odt', fixture('encrypted.odt'), budget());
    expect(result.problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
  });

  test('images are not read and not reported', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(extractAttachment('kopie-paspoort.png', png, budget())).toEqual({ texts: [], problems: [] });
    expect(extractAttachment('scan.heic', Uint8Array.from([1, 2, 3, 0, 0, 0]), budget())).toEqual({ texts: [], problems: [] });
  });

  test('unknown binary: unknown-format', () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i * 7919) % 256);
    expect(extractAttachment('data.bin', bytes, budget()).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'unknown-format' }]);
  });

  test('a truncated docx is corrupt or partial, never a throw', () => {
    const bytes = fixture('planted.docx');
    const result = extractAttachment('planted.docx', bytes.subarray(0, bytes.length >> 1), budget());
    expect(result.problems.length + result.texts.length).toBeGreaterThan(0);
  });

  test('a zip whose central directory is cut off is read from its local headers', () => {
    const bytes = fixture('plain.zip');
    const cut = bytes.subarray(0, bytes.length - 60);
    const text = allText(extractAttachment('plain.zip', cut, budget()));
    expect(text).toContain('BSN: 123456782');
  });

  test('too large: over the per-attachment cap, and over the message total', () => {
    const bytes = fixture('planted.docx');
    expect(extractAttachment('a.docx', bytes, budget({ attachmentBytes: 1000 })).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'too-large' }]);
    const shared = budget({ totalBytes: bytes.length * 3 });
    expect(extractAttachment('a.docx', bytes, shared).problems).toEqual([]);
    const second = extractAttachment('b.docx', bytes, shared);
    expect(second.problems.map((p) => p.reason)).toContain('too-large');
  });

  test('extracted characters are capped, with a too-large problem', () => {
    const result = extractAttachment('planted.docx', fixture('planted.docx'), budget({ extractedChars: 100 }));
    expect(allText(result).length).toBeLessThanOrEqual(100);
    expect(result.problems).toContainEqual({ detector: 'unscannable-attachment', path: '', reason: 'too-large' });
  });

  test('deadline already passed: time-out, no text', () => {
    let clock = 0;
    const b = budget({ timeBudgetMs: 10 }, () => clock);
    clock = 1000;
    expect(extractAttachment('planted.docx', fixture('planted.docx'), b).problems).toEqual([{ detector: 'unscannable-attachment', path: '', reason: 'time-out' }]);
  });
});
