/** The engine around the detectors: IBAN countries, policy words, masking, file names, tables. */
import { detectFileName, detectText, DETECTOR_REGISTRY } from '../../src/detection';
import { detectorTexts } from '../../src/detection/descriptions';
import { IBAN_LENGTHS, validateIban } from '../../src/detection/checks/iban-countries';
import { CONTENT_DETECTORS } from '../../src/model/finding';
import { elfproefNumber, groupsOfFour, makeIban } from './helpers';

describe('IBAN: every registry country', () => {
  const countries = Object.keys(IBAN_LENGTHS);
  it('covers the registry (at least the SEPA countries and the newer members)', () => {
    for (const cc of ['NL', 'BE', 'DE', 'FR', 'GB', 'NO', 'MT', 'LC', 'RU', 'YE', 'SO', 'FK']) expect(countries).toContain(cc);
    expect(countries.length).toBeGreaterThanOrEqual(89);
  });
  it.each(countries)('%s: compact, grouped, lower case; a changed digit is not an IBAN', (cc) => {
    const iban = makeIban(cc, IBAN_LENGTHS[cc]);
    expect(validateIban(iban)).toBeNull();
    for (const written of [iban, groupsOfFour(iban), groupsOfFour(iban).toLowerCase()]) {
      const found = detectText(`IBAN: ${written}.`, { detectors: ['iban'] });
      expect(found).toHaveLength(1);
      expect(found[0].confidence).toBe('high');
      expect(found[0].evidence).toMatch(new RegExp('^IBAN ' + cc + '\\*\\*'));
      expect(found[0].evidence.replace(/ /g, '').endsWith(iban.slice(-2))).toBe(true);
    }
    const last = iban.charAt(iban.length - 1);
    const broken = iban.slice(0, -1) + (last === '9' ? '0' : String(+last + 1));
    expect(validateIban(broken)).toBe('checksum');
    expect(detectText(`IBAN: ${groupsOfFour(broken)}`, { detectors: ['iban'] })).toEqual([]);
  });
});

describe('BSN notations and context', () => {
  const bsn = elfproefNumber('1000');
  const dotted = bsn.slice(0, 4) + '.' + bsn.slice(4, 6) + '.' + bsn.slice(6);
  const spaced = bsn.slice(0, 3) + ' ' + bsn.slice(3, 6) + ' ' + bsn.slice(6);
  it.each([bsn, dotted, spaced])('finds %s with its span and masked evidence', (written) => {
    const text = `Burgerservicenummer: ${written}, graag controleren.`;
    const [m] = detectText(text, { detectors: ['bsn'] });
    expect(text.slice(m.start, m.end)).toBe(written);
    expect(m.evidence).toBe('BSN ****.**.' + bsn.slice(6));
    expect(m.confidence).toBe('high');
  });
  it('context far away gives medium, none gives low, a nearer negative word drops it', () => {
    const filler = ' Dit is een zin zonder getallen erin.'.repeat(4);
    expect(detectText(`BSN volgt.${filler} Nummer ${bsn}`, { detectors: ['bsn'] })[0].confidence).toBe('medium');
    expect(detectText(`Nummer ${bsn}`, { detectors: ['bsn'] })[0].confidence).toBe('low');
    expect(detectText(`BSN en ordernummer ${bsn}`, { detectors: ['bsn'] })).toEqual([]);
    expect(detectText(`ordernummer en BSN ${bsn}`, { detectors: ['bsn'] })[0].confidence).toBe('high');
  });
  it('reads the column header of a tab-separated table, far below the header', () => {
    const rows = ['Naam\tGeboortedatum\tBurgerservicenummer'];
    for (let i = 0; i < 300; i++) rows.push(`Persoon ${i}\t01-01-1980\t${i === 250 ? bsn : 'onbekend'}`);
    const found = detectText(rows.join('\n'), { detectors: ['bsn'] });
    expect(found.map((m) => m.confidence)).toEqual(['high']);
    // The same table under a "Klantnummer" header is not a BSN.
    rows[0] = 'Naam\tGeboortedatum\tKlantnummer';
    expect(detectText(rows.join('\n'), { detectors: ['bsn'] })).toEqual([]);
  });
  it('an 8-digit cell (leading zero dropped) counts only under a BSN header', () => {
    const eight = elfproefNumber('0123').slice(1);
    expect(detectText(`BSN\n${eight}`, { detectors: ['bsn'] })).toEqual([]);
    expect(detectText(`Naam\tBSN\nJan\t${eight}`, { detectors: ['bsn'] })).toHaveLength(1);
    expect(detectText(`Naam\tKvK\nAcme\t${eight}`, { detectors: ['bsn'] })).toEqual([]);
  });
});

describe("the admin's policy words", () => {
  const bsn = elfproefNumber('3141');
  it('context words raise confidence, whole-word and case-insensitive', () => {
    const text = `Dossier A.B-12 (intern): ${bsn}`;
    expect(detectText(text, { detectors: ['bsn'] })[0].confidence).toBe('low');
    const extra = { bsn: { keywords: [], contextWords: ['a.b-12 (intern)'] } };
    expect(detectText(text, { detectors: ['bsn'], extra })[0].confidence).toBe('high');
    // Inside another word it is not the context word.
    expect(detectText(`XA.B-12 (intern)x ${bsn}`, { detectors: ['bsn'], extra })[0].confidence).toBe('low');
  });
  it('keywords are matched as plain text, never as a regex', () => {
    const extra = { health: { keywords: ['c++ (zorg)', '.*'], contextWords: [] } };
    expect(detectText('Project C++ (Zorg) start', { detectors: ['health'], extra }).map((m) => m.evidence)).toEqual(['C++ (Zorg)']);
    expect(detectText('anything at all', { detectors: ['health'], extra })).toEqual([]);
    expect(detectText('Project cxx (zorg)', { detectors: ['health'], extra })).toEqual([]);
  });
  it('payslip context words count as payslip terms', () => {
    const text = 'Loonstrook\nBrutoloon: € 3.000,00\nAcmeToeslag: € 40,00';
    expect(detectText(text, { detectors: ['payslip'] })).toEqual([]);
    const found = detectText(text, { detectors: ['payslip'], extra: { payslip: { keywords: [], contextWords: ['acmetoeslag'] } } });
    expect(found).toHaveLength(1);
  });
});

describe('masking', () => {
  const bsn = elfproefNumber('2024');
  const text = [
    `BSN ${bsn}`,
    'IBAN NL91ABNA0417164300',
    'Creditcard 4111 1111 1111 1111 geldig tot 12/28',
    'wachtwoord: Geheim!2024',
    'Paspoortnummer NW92L12K3',
  ].join('\n');
  it('no evidence contains a raw value', () => {
    const found = detectText(text);
    expect(found.map((m) => m.detector).sort()).toEqual(['bsn', 'credential', 'iban', 'id-document', 'payment-card']);
    const all = found.map((m) => m.evidence).join(' | ');
    for (const raw of [bsn, '0417164300', '411111111111', 'Geheim', 'NW92L12K']) expect(all).not.toContain(raw);
    expect(all).toContain('wachtwoord: ********');
    expect(all).toContain('**** **** **** 1111');
  });
});

describe('file names', () => {
  it.each([
    ['loonstrook_maart.pdf', 'payslip'],
    ['Salarisspecificatie 2024-03.pdf', 'payslip'],
    ['jaaropgaaf-2023.pdf', 'payslip'],
    ['payslip_march.pdf', 'payslip'],
    ['kopie-paspoort.jpg', 'id-document'],
    ['ID-kaart voorkant.png', 'id-document'],
    ['identiteitsbewijs_jan.pdf', 'id-document'],
    ['scan rijbewijs.jpeg', 'id-document'],
    ['Passport scan.pdf', 'id-document'],
  ])('%s -> %s', (name, detector) => {
    const found = detectFileName(name);
    expect(found.map((m) => [m.detector, m.confidence])).toEqual([[detector, 'medium']]);
    expect(name.slice(found[0].start, found[0].end).toLowerCase().replace(/[_-]/g, ' ')).toBe(found[0].evidence.toLowerCase().replace(/[_-]/g, ' '));
  });
  it.each(['notulen.docx', 'offerte_2024.pdf', 'idee.txt', 'valid.pdf', 'kaartje.jpg'])('%s has no cue', (name) => {
    expect(detectFileName(name)).toEqual([]);
  });
});

describe('registry', () => {
  it('gives the texts of every content detector', () => {
    for (const id of CONTENT_DETECTORS) {
      expect(DETECTOR_REGISTRY[id].id).toBe(id);
      expect(detectorTexts(id).nl.summary({ count: 1 })).toMatch(/1|Een|een/);
    }
  });
  it('runs only the detectors asked for', () => {
    expect(detectText('BSN 111222333\nIBAN NL91ABNA0417164300', { detectors: ['iban'] }).map((m) => m.detector)).toEqual(['iban']);
  });
});
