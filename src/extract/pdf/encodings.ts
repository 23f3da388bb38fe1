/**
 * Simple-font encodings (WinAnsi, MacRoman, Standard, PDFDoc) and the part of the Adobe Glyph
 * List that Latin text needs (letters with diacritics, digits, punctuation), plus uniXXXX,
 * uXXXX and gXX glyph names. Code -> glyph name -> Unicode, as ISO 32000 §9.6.6 describes.
 */
import { WINDOWS_1252 } from '../binary';

// Printable ASCII glyph names, 0x20..0x7E.
const ASCII =
  'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma hyphen period slash ' +
  'zero one two three four five six seven eight nine colon semicolon less equal greater question at ' +
  'A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore grave ' +
  'a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde';

/** Each capital followed by its small letter (Amacron amacron ...), as most of Latin Extended-A runs. */
function withSmall(capitals: string): string[] {
  const out: string[] = [];
  for (const name of capitals.split(' ')) out.push(name, name.toLowerCase());
  return out;
}

// 0xA0..0xDF (Latin-1 supplement); 0xE0..0xFF are the small letters of 0xC0..0xDF, but for divide
// (not multiply) and ydieresis (not germandbls).
const LATIN1_CAPITALS =
  'Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis ' +
  'Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls';
const LATIN1_SYMBOLS =
  'nbspace exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft logicalnot sfthyphen registered macron ' +
  'degree plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown';

interface GlyphTables {
  ascii: string[];
  latin1: string[];
  /** Glyph name -> its text. */
  text: Map<string, string>;
  /** Code point -> the first glyph name for it. */
  nameOf: Map<number, string>;
}

let tables: GlyphTables | undefined;

/** The glyph names, built on first use (a PDF with simple fonts), not each time the handler starts. */
function glyphTables(): GlyphTables {
  if (tables) return tables;
  const ascii = ASCII.split(' ');
  const capitals = LATIN1_CAPITALS.split(' ');
  const latin1 = LATIN1_SYMBOLS.split(' ').concat(capitals, capitals.map((name) => (name === 'multiply' ? 'divide' : name === 'germandbls' ? 'ydieresis' : name.toLowerCase())));
  // 0x100..0x17F (Latin Extended-A): capital and small letter pairs, and five letters without a partner.
  const latinExtA = [
    ...withSmall('Amacron Abreve Aogonek Cacute Ccircumflex Cdotaccent Ccaron Dcaron Dcroat Emacron Ebreve Edotaccent Eogonek Ecaron'),
    ...withSmall('Gcircumflex Gbreve Gdotaccent Gcommaaccent Hcircumflex Hbar Itilde Imacron Ibreve Iogonek'),
    'Idotaccent',
    'dotlessi',
    ...withSmall('IJ Jcircumflex Kcommaaccent'),
    'kgreenlandic',
    ...withSmall('Lacute Lcommaaccent Lcaron Ldot Lslash Nacute Ncommaaccent Ncaron'),
    'napostrophe',
    ...withSmall('Eng Omacron Obreve Ohungarumlaut OE Racute Rcommaaccent Rcaron Sacute Scircumflex Scedilla Scaron Tcommaaccent Tcaron Tbar'),
    ...withSmall('Utilde Umacron Ubreve Uring Uhungarumlaut Uogonek Wcircumflex Ycircumflex'),
    'Ydieresis',
    ...withSmall('Zacute Zdotaccent Zcaron'),
    'longs',
  ];
  // Punctuation, symbols and ligatures outside those ranges (name, code point).
  const other: [string, number][] = [
    ['quoteleft', 0x2018], ['quoteright', 0x2019], ['quotesinglbase', 0x201a], ['quotedblleft', 0x201c], ['quotedblright', 0x201d],
    ['quotedblbase', 0x201e], ['endash', 0x2013], ['emdash', 0x2014], ['bullet', 0x2022], ['ellipsis', 0x2026], ['dagger', 0x2020],
    ['daggerdbl', 0x2021], ['perthousand', 0x2030], ['guilsinglleft', 0x2039], ['guilsinglright', 0x203a], ['trademark', 0x2122],
    ['Euro', 0x20ac], ['euro', 0x20ac], ['florin', 0x0192], ['circumflex', 0x02c6], ['tilde', 0x02dc], ['caron', 0x02c7], ['breve', 0x02d8],
    ['dotaccent', 0x02d9], ['ring', 0x02da], ['ogonek', 0x02db], ['hungarumlaut', 0x02dd], ['fi', 0xfb01], ['fl', 0xfb02], ['ff', 0xfb00],
    ['ffi', 0xfb03], ['ffl', 0xfb04], ['minus', 0x2212], ['fraction', 0x2044], ['space', 0x20], ['nbspace', 0xa0], ['uni00A0', 0xa0],
    ['hyphen', 0x2d], ['sfthyphen', 0xad], ['middot', 0xb7], ['periodcentered', 0xb7], ['mu', 0xb5], ['Omega', 0x3a9], ['Delta', 0x2206],
    ['pi', 0x3c0], ['notequal', 0x2260], ['infinity', 0x221e], ['lessequal', 0x2264], ['greaterequal', 0x2265], ['partialdiff', 0x2202],
    ['summation', 0x2211], ['product', 0x220f], ['integral', 0x222b], ['radical', 0x221a], ['approxequal', 0x2248], ['lozenge', 0x25ca],
    ['apple', 0xf8ff], ['Gbreve', 0x11e], ['gbreve', 0x11f], ['Idot', 0x130], ['Scedilla', 0x15e], ['scedilla', 0x15f], ['Ccedilla', 0xc7],
    ['dcroat', 0x111], ['Dcroat', 0x110], ['Tcedilla', 0x162], ['tcedilla', 0x163], ['commaaccent', 0xf6c3], ['overscore', 0xaf],
    ['quotereversed', 0x201b], ['numero', 0x2116], ['afii61289', 0x2113], ['estimated', 0x212e], ['copyrightsans', 0xf8e9],
    ['registersans', 0xf8e8], ['trademarksans', 0xf8ea], ['arrowright', 0x2192], ['arrowleft', 0x2190], ['checkmark', 0x2713],
  ];
  const text = new Map<string, string>();
  ascii.forEach((name, i) => text.set(name, String.fromCharCode(0x20 + i)));
  latin1.forEach((name, i) => text.set(name, String.fromCharCode(0xa0 + i)));
  latinExtA.forEach((name, i) => text.set(name, String.fromCharCode(0x100 + i)));
  for (const [name, cp] of other) text.set(name, String.fromCharCode(cp));
  text.set('space', ' ');
  text.set('nbspace', ' ');
  const nameOf = new Map<number, string>();
  text.forEach((t, name) => {
    if (t.length === 1 && !nameOf.has(t.charCodeAt(0))) nameOf.set(t.charCodeAt(0), name);
  });
  tables = { ascii, latin1, text, nameOf };
  return tables;
}

/**
 * Unicode text for a glyph name, or undefined. Handles suffixes (`a.sc`), ligature names with
 * underscores (`f_i`), `uniXXXX[XXXX...]`, `uXXXX[XX]`, and `gXX`/`GXX`/`cDD` names that some
 * producers give glyphs after their code (read as that code in Latin-1).
 */
export function glyphNameToUnicode(name: string): string | undefined {
  const known = glyphTables().text.get(name);
  if (known !== undefined) return known;
  const dot = name.indexOf('.');
  if (dot > 0) return glyphNameToUnicode(name.slice(0, dot));
  if (name.indexOf('_') > 0) {
    let out = '';
    for (const part of name.split('_')) {
      const text = glyphNameToUnicode(part);
      if (text === undefined) return undefined;
      out += text;
    }
    return out;
  }
  let m = /^uni((?:[0-9A-F]{4})+)$/.exec(name);
  if (m) {
    let out = '';
    for (let i = 0; i < m[1].length; i += 4) out += String.fromCharCode(parseInt(m[1].substr(i, 4), 16));
    return out;
  }
  m = /^u([0-9A-F]{4,6})$/.exec(name);
  if (m) {
    const cp = parseInt(m[1], 16);
    return cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : undefined;
  }
  m = /^[Gg]([0-9A-Fa-f]{2})$/.exec(name);
  if (m) return String.fromCharCode(parseInt(m[1], 16));
  m = /^[Cc](\d{2,3})$/.exec(name);
  if (m && Number(m[1]) < 256) return String.fromCharCode(Number(m[1]));
  return undefined;
}

/** An encoding as 256 glyph names ('' where undefined). */
export type Encoding = string[];

function blank(): Encoding {
  const e: Encoding = [];
  for (let i = 0; i < 256; i++) e.push('');
  return e;
}

function withAscii(): Encoding {
  const e = blank();
  glyphTables().ascii.forEach((name, i) => (e[0x20 + i] = name));
  return e;
}

/** Encoding from code points: each code's glyph is the name of its character. */
function fromCodePoints(base: Encoding, start: number, points: number[]): Encoding {
  const nameOf = glyphTables().nameOf;
  points.forEach((cp, i) => {
    if (cp) base[start + i] = nameOf.get(cp) || 'uni' + ('0000' + cp.toString(16).toUpperCase()).slice(-4);
  });
  return base;
}

// WinAnsiEncoding is Windows-1252, with a bullet for its five undefined codes.
const CP1252_80: number[] = [];
for (let b = 0x80; b < 0xa0; b++) CP1252_80.push(WINDOWS_1252[b] === '\ufffd' ? 0x2022 : WINDOWS_1252.charCodeAt(b));

const MAC_ROMAN_80 = [
  0xc4, 0xc5, 0xc7, 0xc9, 0xd1, 0xd6, 0xdc, 0xe1, 0xe0, 0xe2, 0xe4, 0xe3, 0xe5, 0xe7, 0xe9, 0xe8, 0xea, 0xeb, 0xed, 0xec, 0xee, 0xef, 0xf1, 0xf3, 0xf2,
  0xf4, 0xf6, 0xf5, 0xfa, 0xf9, 0xfb, 0xfc, 0x2020, 0xb0, 0xa2, 0xa3, 0xa7, 0x2022, 0xb6, 0xdf, 0xae, 0xa9, 0x2122, 0xb4, 0xa8, 0x2260, 0xc6, 0xd8,
  0x221e, 0xb1, 0x2264, 0x2265, 0xa5, 0xb5, 0x2202, 0x2211, 0x220f, 0x3c0, 0x222b, 0xaa, 0xba, 0x3a9, 0xe6, 0xf8, 0xbf, 0xa1, 0xac, 0x221a, 0x192,
  0x2248, 0x2206, 0xab, 0xbb, 0x2026, 0xa0, 0xc0, 0xc3, 0xd5, 0x152, 0x153, 0x2013, 0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0xf7, 0x25ca, 0xff,
  0x178, 0x2044, 0xa4, 0x2039, 0x203a, 0xfb01, 0xfb02, 0x2021, 0xb7, 0x201a, 0x201e, 0x2030, 0xc2, 0xca, 0xc1, 0xcb, 0xc8, 0xcd, 0xce, 0xcf, 0xcc,
  0xd3, 0xd4, 0xf8ff, 0xd2, 0xda, 0xdb, 0xd9, 0x131, 0x2c6, 0x2dc, 0xaf, 0x2d8, 0x2d9, 0x2da, 0xb8, 0x2dd, 0x2db, 0x2c7,
];

// StandardEncoding above 0xA0 (0 = undefined).
const STANDARD_A0 = [
  0, 0xa1, 0xa2, 0xa3, 0x2044, 0xa5, 0x192, 0xa7, 0xa4, 0x27, 0x201c, 0xab, 0x2039, 0x203a, 0xfb01, 0xfb02, 0, 0x2013, 0x2020, 0x2021, 0xb7, 0,
  0xb6, 0x2022, 0x201a, 0x201e, 0x201d, 0xbb, 0x2026, 0x2030, 0, 0xbf, 0, 0x60, 0xb4, 0x2c6, 0x2dc, 0xaf, 0x2d8, 0x2d9, 0xa8, 0, 0x2da, 0xb8, 0,
  0x2dd, 0x2db, 0x2c7, 0x2014, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xc6, 0, 0xaa, 0, 0, 0, 0, 0x141, 0xd8, 0x152, 0xba, 0, 0, 0, 0, 0,
  0xe6, 0, 0, 0, 0x131, 0, 0, 0x142, 0xf8, 0x153, 0xdf, 0, 0, 0, 0,
];

// PDFDocEncoding 0x18..0x1F and 0x80..0xA0 differ from Latin-1.
const PDFDOC_18 = [0x2d8, 0x2c7, 0x2c6, 0x2d9, 0x2dd, 0x2db, 0x2da, 0x2dc];
const PDFDOC_80 = [
  0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x192, 0x2044, 0x2039, 0x203a, 0x2212, 0x2030, 0x201e, 0x201c, 0x201d, 0x2018, 0x2019, 0x201a,
  0x2122, 0xfb01, 0xfb02, 0x141, 0x152, 0x160, 0x178, 0x17d, 0x131, 0x142, 0x153, 0x161, 0x17e, 0, 0x20ac,
];

function latin1High(base: Encoding): Encoding {
  glyphTables().latin1.forEach((name, i) => (base[0xa0 + i] = name));
  return base;
}

const ENCODINGS: Record<string, () => Encoding> = {
  WinAnsiEncoding: () => {
    const e = fromCodePoints(latin1High(withAscii()), 0x80, CP1252_80);
    e[0xa0] = 'space';
    e[0xad] = 'hyphen';
    return e;
  },
  MacRomanEncoding: () => fromCodePoints(withAscii(), 0x80, MAC_ROMAN_80),
  StandardEncoding: () => {
    const e = fromCodePoints(withAscii(), 0xa0, STANDARD_A0);
    e[0x27] = 'quoteright';
    e[0x60] = 'quoteleft';
    return e;
  },
  PDFDocEncoding: () => {
    const e = fromCodePoints(latin1High(withAscii()), 0x80, PDFDOC_80);
    return fromCodePoints(e, 0x18, PDFDOC_18);
  },
  MacExpertEncoding: () => withAscii(),
};

const encodingCache = new Map<string, Encoding>();

/** A fresh copy of a named standard encoding (callers apply /Differences to it), or undefined. */
export function standardEncoding(name: string): Encoding | undefined {
  const make = ENCODINGS[name];
  if (!make) return undefined;
  let e = encodingCache.get(name);
  if (!e) {
    e = make();
    encodingCache.set(name, e);
  }
  return e.slice();
}

/** Decodes a PDF text string (outline, form field, annotation): UTF-16BE with BOM, UTF-8 with BOM, else PDFDocEncoding. */
export function decodeTextString(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return out;
  }
  const encoding = standardEncoding('PDFDocEncoding') as Encoding;
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x20 && (b === 9 || b === 10 || b === 13)) out += String.fromCharCode(b);
    else out += (encoding[b] && glyphNameToUnicode(encoding[b])) || (b >= 0x20 ? String.fromCharCode(b) : '');
  }
  return out;
}
