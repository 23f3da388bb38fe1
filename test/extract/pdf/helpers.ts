/** Test helpers: a budget, a context, and a tiny PDF writer for cases no producer makes on demand. */
import { zlibSync } from 'fflate';
import { extractPdf } from '../../../src/extract/pdf';
import { defaultPolicy } from '../../../src/policy/defaults';
import type { ExtractContext, ExtractResult } from '../../../src/extract/types';
import type { LimitsPolicy } from '../../../src/policy/types';

/**
 * The clock stands still unless a test passes one that moves: what a test reads never depends on how
 * fast or loaded the machine is. A negative deadline has already passed.
 */
export function context(limits: Partial<LimitsPolicy> = {}, deadlineMs = 3000, now: () => number = () => 0): ExtractContext {
  return {
    budget: { limits: { ...defaultPolicy().limits, ...limits }, deadline: now() + deadlineMs, now },
    path: '',
    depth: 0,
    nested: () => ({ texts: [], problems: [] }),
  };
}

export function extract(bytes: Uint8Array, limits: Partial<LimitsPolicy> = {}, deadlineMs = 3000, now?: () => number): ExtractResult {
  return extractPdf(bytes, context(limits, deadlineMs, now));
}

export function textOf(result: ExtractResult): string {
  return result.texts.map((t) => t.text).join('\n');
}

export function latin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An object body: a plain string, or a stream (dictionary text without << >> + data). */
export type PdfPart = string | { dict: string; data: Uint8Array | string; deflate?: boolean };

/**
 * Writes objects 1..n with a correct xref table. Object 1 must be the catalog unless `trailer`
 * says otherwise.
 */
export function buildPdf(objects: PdfPart[], trailer = '/Root 1 0 R'): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(length);
    let chunk: Uint8Array;
    if (typeof obj === 'string') chunk = latin1(`${i + 1} 0 obj\n${obj}\nendobj\n`);
    else {
      let data = typeof obj.data === 'string' ? latin1(obj.data) : obj.data;
      let dict = obj.dict;
      if (obj.deflate) {
        data = zlibSync(data);
        dict += ' /Filter /FlateDecode';
      }
      chunk = concat([latin1(`${i + 1} 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`), data, latin1('\nendstream\nendobj\n')]);
    }
    parts.push(chunk);
    length += chunk.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) xref += `${('0000000000' + off).slice(-10)} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(latin1(xref));
  return concat(parts);
}

/** A one-page PDF around a content stream, with Helvetica (WinAnsi, no widths) as /F1 unless fonts are given. */
export function onePage(content: string | Uint8Array, options: { fonts?: string; extra?: PdfPart[]; xobjects?: string; contentDict?: string; deflate?: boolean } = {}): Uint8Array {
  const fonts = options.fonts || '/F1 5 0 R';
  const xobjects = options.xobjects ? ` /XObject << ${options.xobjects} >>` : '';
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << ${fonts} >>${xobjects} >> /Contents 4 0 R >>`,
    { dict: options.contentDict || '', data: content, deflate: options.deflate },
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...(options.extra || []),
  ]);
}

export { seeded } from '../../seeded';
