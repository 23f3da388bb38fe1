import { openCompoundFile } from '../../../src/extract/office/cfb';
import { extractCompoundFile } from '../../../src/extract/office/compound';
import { extractWorkbook, formatDate, formatNumber, isDateFormat } from '../../../src/extract/office/xls';
import { writeCompoundFile } from './cfb-writer';
import { allText, context, elfproefNumbers, fixture, ibanLike } from './helpers';

function workbookStream(bytes: Uint8Array): Uint8Array {
  const file = openCompoundFile(bytes, { maxStreamBytes: 1e9, deadline: Infinity, now: () => 0 });
  const entry = file.find('Workbook');
  if (!entry) throw new Error('no Workbook stream');
  return file.read(entry);
}

/** BIFF record types in stream order. */
function recordTypes(stream: Uint8Array): number[] {
  const types: number[] = [];
  for (let at = 0; at + 4 <= stream.length; at += 4 + (stream[at + 2] | (stream[at + 3] << 8))) types.push(stream[at] | (stream[at + 1] << 8));
  return types;
}

function record(type: number, ...parts: Array<number[] | Uint8Array>): number[] {
  const body: number[] = [];
  for (const part of parts) body.push(...Array.from(part));
  return [type & 0xff, type >> 8, body.length & 0xff, body.length >> 8, ...body];
}
const u16 = (v: number): number[] => [v & 0xff, (v >> 8) & 0xff];
const u32 = (v: number): number[] => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
const latin = (s: string): number[] => s.split('').map((c) => c.charCodeAt(0));
const wide = (s: string): number[] => s.split('').reduce<number[]>((a, c) => a.concat(u16(c.charCodeAt(0))), []);

describe('Excel 97-2003 (.xls) made by LibreOffice', () => {
  it('keeps the header row first and numbers as stored, the dropped leading zero included', () => {
    const result = extractCompoundFile(fixture('bsn-list.xls'), context({ path: 'bsn-list.xls' }));
    expect(result.problems).toEqual([]);
    expect(result.texts).toHaveLength(1);
    expect(result.texts[0].path).toBe('bsn-list.xls/bsn-list');
    const lines = result.texts[0].text.split('\n');
    expect(lines[0]).toBe('Naam\tBSN\tIBAN\tGeboortedatum\tAfdeling');
    expect(lines[1]).toBe('Jan de Vries\t111222333\tNL91ABNA0417164300\t1980-03-14\tProductie');
    expect(lines[3]).toBe('Piet Bakker\t12345672\tDE89370400440532013000\t1990-07-21\tLogistiek');
    expect(allText(result)).not.toMatch(/E\+?7/);
    expect(elfproefNumbers(allText(result)).sort()).toEqual(['100000009', '111222333', '12345672', '123456782', '999999990']);
  });

  it('reads every sheet in order under its name, formula results and booleans included', () => {
    const result = extractCompoundFile(fixture('payroll.xls'), context({ path: 'p.xls' }));
    expect(result.texts.map((t) => t.path)).toEqual(['p.xls/Personeel', 'p.xls/Salaris', 'p.xls/Notities']);
    expect(result.texts[0].text.split('\n')[0]).toBe('Naam\tBSN\tVolledige naam\tActief');
    expect(result.texts[0].text).toContain('Vries\t111222333\t');
    expect(result.texts[0].text).toContain('\tTRUE\n');
    expect(result.texts[0].text).toContain('Bakker\t12345672\t');
    expect(result.texts[1].text).toBe('Omschrijving\tBedrag\nBrutoloon\t3250.5\nLoonheffing\t-612.4\nNettoloon\t2638.1\n');
    expect(result.texts[2].text).toBe('\t\tLoonstrook volgt per post\n');
  });

  it('reads a shared-string table that continues over CONTINUE records', () => {
    const types = recordTypes(workbookStream(fixture('long-list.xls')));
    const sst = types.indexOf(0x00fc);
    expect(sst).toBeGreaterThanOrEqual(0);
    expect(types[sst + 1]).toBe(0x003c); // the fixture really does continue
    const text = allText(extractCompoundFile(fixture('long-list.xls'), context()));
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(702);
    for (let i = 1; i <= 700; i++) {
      const n = String(i).padStart(4, '0');
      expect(lines[i]).toBe(`${i}\tMedewerker ${n} van afdeling ${i % 7}\tŁódź-Kőbánya ${n}`);
    }
    expect(lines[701]).toBe('701\tLaatste regel Jan de Vries\tNL91ABNA0417164300');
  });

  it('keeps a clean workbook clean', () => {
    const text = allText(extractCompoundFile(fixture('inventory.xls'), context()));
    expect(text).toContain('A-102\tAppeltaart\t7\t12.5\n');
    expect(elfproefNumbers(text)).toEqual([]);
    expect(ibanLike(text)).toEqual([]);
  });

  it('reports password-protected .xls (FILEPASS) and .xlsx (encrypted OOXML) as encrypted', () => {
    for (const name of ['bsn-list-protected.xls', 'bsn-list-protected.xlsx']) {
      expect(extractCompoundFile(fixture(name), context()).problems).toEqual([{ detector: 'encrypted-attachment', path: '', reason: 'encrypted' }]);
    }
  });
});

describe('BIFF8 records written by hand', () => {
  const bof = (dt: number): number[] => record(0x0809, u16(0x0600), u16(dt), u16(0), u16(0), u32(0), u32(0));
  const eof = record(0x000a);

  function workbook(globals: number[], sheet: number[]): Uint8Array {
    const boundsheetSize = 4 + 8 + 5;
    const sheetOffset = bof(5).length + boundsheetSize + globals.length + eof.length;
    const boundsheet = record(0x0085, u32(sheetOffset), [0, 0, 5, 0], latin('Blad1'));
    return Uint8Array.from([...bof(5), ...boundsheet, ...globals, ...eof, ...bof(0x10), ...sheet, ...eof]);
  }

  it('re-reads the option byte when a string continues, switching 8-bit to 16-bit', () => {
    // One SST string "Loonstrook Łukasz" split after "Loonstrook " into a 16-bit CONTINUE.
    const sst = record(0x00fc, u32(1), u32(1), u16(17), [0x00], latin('Loonstrook '));
    const cont = record(0x003c, [0x01], wide('Łukasz'));
    // A second string starts at the top of its CONTINUE with its own header (no extra option byte).
    const sst2 = record(0x003c, u16(3), [0x00], latin('BSN'));
    const cells = [...record(0x00fd, u16(0), u16(0), u16(15), u32(1)), ...record(0x00fd, u16(1), u16(0), u16(15), u32(0))];
    const result = extractWorkbook(workbook([...sst, ...cont, ...sst2], cells), 1e6, () => undefined);
    if ('problem' in result) throw new Error(result.problem);
    expect(result.sheets).toEqual([{ name: 'Blad1', text: 'BSN\nLoonstrook Łukasz\n' }]);
  });

  it('reads RK, MULRK, NUMBER, LABEL, BOOLERR and a string FORMULA result from its STRING record', () => {
    const number = new Uint8Array(8);
    new DataView(number.buffer).setFloat64(0, 12345672, true);
    const rkInt = (v: number): number => ((v << 2) | 2) >>> 0;
    const sheet = [
      ...record(0x0204, u16(0), u16(0), u16(15), u16(4), [0], latin('Naam')),
      ...record(0x0204, u16(0), u16(2), u16(15), u16(3), [0], latin('BSN')),
      ...record(0x0203, u16(1), u16(2), u16(15), number),
      ...record(0x027e, u16(2), u16(2), u16(15), u32(rkInt(111222333))),
      ...record(0x027e, u16(3), u16(2), u16(15), u32(rkInt(12345) | 1)), // 123.45 (divided by 100)
      ...record(0x00bd, u16(4), u16(0), u16(15), u32(rkInt(1)), u16(15), u32(rkInt(2)), u16(15), u32(rkInt(3)), u16(2)),
      ...record(0x0006, u16(5), u16(0), u16(15), [0, 0, 0, 0, 0, 0, 0xff, 0xff], u16(0), u32(0), u16(0)),
      ...record(0x0207, u16(10), [0], latin('Jan ')),
      ...record(0x003c, [1], wide('Vries!')),
      ...record(0x0205, u16(5), u16(1), u16(15), [1, 0]),
      ...record(0x0205, u16(5), u16(2), u16(15), [0x2a, 1]),
    ];
    const result = extractWorkbook(workbook([], sheet), 1e6, () => undefined);
    if ('problem' in result) throw new Error(result.problem);
    expect(result.sheets[0].text).toBe('Naam\t\tBSN\n\t\t12345672\n\t\t111222333\n\t\t123.45\n1\t2\t3\nJan Vries!\tTRUE\t#N/A\n');
  });

  it('reads the same workbook from a hand-made compound file (stream "Workbook")', () => {
    const sheet = record(0x0204, u16(0), u16(0), u16(15), u16(3), [0], latin('BSN'));
    const stream = workbook([], sheet);
    const result = extractCompoundFile(writeCompoundFile([{ path: 'Workbook', data: stream }]), context());
    expect(result).toEqual({ texts: [{ path: 'Blad1', text: 'BSN\n' }], problems: [] });
  });

  it('reads a BIFF5 workbook (Excel 95, stream "Book") with 8-bit sheet names and labels', () => {
    const bof5 = (dt: number): number[] => record(0x0809, u16(0x0500), u16(dt), u16(0), u16(0));
    const boundsheetSize = 4 + 4 + 2 + 1 + 8;
    const sheetOffset = bof5(5).length + boundsheetSize + eof.length;
    const boundsheet = record(0x0085, u32(sheetOffset), [0, 0], [8], latin('Salaris\xe9'));
    const sheet = [...record(0x0204, u16(0), u16(0), u16(15), u16(3), latin('BSN')), ...record(0x027e, u16(1), u16(0), u16(15), u32(((12345672 << 2) | 2) >>> 0))];
    const stream = Uint8Array.from([...bof5(5), ...boundsheet, ...eof, ...bof5(0x10), ...sheet, ...eof]);
    const result = extractCompoundFile(writeCompoundFile([{ path: 'Book', data: stream }]), context());
    expect(result).toEqual({ texts: [{ path: 'Salarisé', text: 'BSN\n12345672\n' }], problems: [] });
  });

  it('formats numbers the way Excel keeps them', () => {
    expect(formatNumber(12345672)).toBe('12345672');
    expect(formatNumber(123456782)).toBe('123456782');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-612.4)).toBe('-612.4');
  });

  it('shows date-formatted serial numbers as dates, in both date systems', () => {
    expect(formatDate(29294, false)).toBe('1980-03-14');
    expect(formatDate(59, false)).toBe('1900-02-28');
    expect(formatDate(61, false)).toBe('1900-03-01');
    expect(formatDate(45000.5, false)).toBe('2023-03-15 12:00');
    expect(formatDate(0, true)).toBe('0');
    expect(formatDate(27832, true)).toBe('1980-03-14'); // 1,462 days less than in the 1900 system
    expect(['dd-mm-yyyy', 'YYYY-MM-DD', 'd/m', 'mmm', '[$-413]d mmmm yyyy'].map(isDateFormat)).toEqual([true, true, true, true, true]);
    expect(['General', '0.00', 'h:mm', '#,##0 "dagen"', '0%', '[Red]0.00'].map(isDateFormat)).toEqual([false, false, false, false, false, false]);
  });
});
