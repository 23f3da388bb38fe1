/**
 * A domain name's "skeleton": what it looks like to a reader, so that look-alikes compare equal.
 * Cyrillic and Greek letters that look Latin become their Latin twins (IDN homographs), accented
 * letters lose their accents, and characters people mistake for each other on screen collapse
 * (`rn`→`m`, `vv`→`w`, `cl`→`d`, `1`/`i`/`l`→`l`, `0`→`o`).
 */

/** Letters from other scripts that render like a Latin letter in common mail fonts. */
const LOOKALIKE_LETTERS: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h',
  ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', к: 'k', м: 'm', п: 'n', г: 'r', ь: 'b', т: 't', н: 'h', ո: 'n', ս: 'u', օ: 'o',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ω: 'w',
  μ: 'u', ς: 'c', ϲ: 'c', ϳ: 'j',
  // Latin letters with accents or from IPA/letterlike blocks
  à: 'a', á: 'a', â: 'a', ã: 'a', ä: 'a', å: 'a', ā: 'a', ą: 'a', ɑ: 'a', ç: 'c', ć: 'c', č: 'c', ď: 'd', đ: 'd',
  è: 'e', é: 'e', ê: 'e', ë: 'e', ē: 'e', ė: 'e', ę: 'e', ě: 'e', ğ: 'g', ɡ: 'g', ì: 'i', í: 'i', î: 'i', ï: 'i',
  ı: 'i', ɩ: 'i', ł: 'l', ℓ: 'l', ñ: 'n', ń: 'n', ň: 'n', ò: 'o', ó: 'o', ô: 'o', õ: 'o', ö: 'o', ø: 'o', ō: 'o',
  ř: 'r', ś: 's', š: 's', ş: 's', ť: 't', ù: 'u', ú: 'u', û: 'u', ü: 'u', ū: 'u', ů: 'u', ý: 'y', ÿ: 'y', ź: 'z',
  ż: 'z', ž: 'z', ĳ: 'ij',
};

const NON_ASCII = /[^ -~]/;
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]/;

/** Replaces lookalike letters from other scripts and accented letters by plain Latin letters. */
export function toLatinLookalike(text: string): string {
  // Plain ASCII (nearly every domain) has nothing to map.
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const mapped = LOOKALIKE_LETTERS[c];
    out += mapped === undefined ? c : mapped;
  }
  return out;
}

/** True when the text uses Cyrillic or Greek letters (the usual material of IDN homographs). */
export function hasOtherScript(text: string): boolean {
  return OTHER_SCRIPT.test(text);
}

/**
 * The visual skeleton of a domain label. Two labels with the same skeleton look the same, or nearly,
 * in an address bar or a To line.
 *
 * @example skeleton('rnicrosoft') === skeleton('microsoft') // true
 */
export function skeleton(label: string): string {
  // Single characters first, so that `cI` (capital i) collapses like `cl`.
  return toLatinLookalike(label.toLowerCase())
    .replace(/[1i|!]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/cl/g, 'd');
}
