/**
 * Optional content (PDF layers, ISO 32000 8.11): which groups a viewer shows when the file opens.
 * Text in a layer that is switched off is never drawn: it is still scanned (the recipient can turn
 * the layer on), but it does not make a scanned page "a page with text".
 */
import type { PdfDocument } from './document';
import { PdfDict, PdfName, type PdfObject } from './objects';

export class Layers {
  private readonly off = new Set<PdfObject>();
  private readonly on = new Set<PdfObject>();
  private baseOff = false;

  constructor(private readonly doc: PdfDocument) {
    const root = doc.resolve(doc.trailer.get('Root'));
    const properties = root instanceof PdfDict ? doc.dictGet(root, 'OCProperties') : undefined;
    const config = properties instanceof PdfDict ? doc.dictGet(properties, 'D') : undefined;
    if (!(config instanceof PdfDict)) return;
    const base = doc.dictGet(config, 'BaseState');
    this.baseOff = base instanceof PdfName && base.name === 'OFF';
    this.collect(doc.dictGet(config, 'OFF'), this.off);
    this.collect(doc.dictGet(config, 'ON'), this.on);
  }

  private collect(list: PdfObject | undefined, into: Set<PdfObject>): void {
    if (!Array.isArray(list)) return;
    for (const item of list.slice(0, 10000)) {
      const group = this.doc.resolve(item);
      if (group instanceof PdfDict) into.add(group);
    }
  }

  private groupHidden(group: PdfDict): boolean {
    return this.baseOff ? !this.on.has(group) : this.off.has(group);
  }

  /** Is content marked with this optional-content group or membership dictionary hidden when the file opens? */
  hidden(value: PdfObject | undefined): boolean {
    const dict = this.doc.resolve(value);
    if (!(dict instanceof PdfDict)) return false;
    const type = this.doc.dictGet(dict, 'Type');
    if (!(type instanceof PdfName) || type.name !== 'OCMD') return this.groupHidden(dict);
    // A membership dictionary: its groups and a policy (AnyOn unless it says otherwise).
    const ocgs = this.doc.dictGet(dict, 'OCGs');
    const groups = (Array.isArray(ocgs) ? ocgs : [ocgs]).map((g) => this.doc.resolve(g)).filter((g): g is PdfDict => g instanceof PdfDict);
    if (groups.length === 0) return false;
    const shown = groups.map((g) => !this.groupHidden(g));
    const policy = this.doc.dictGet(dict, 'P');
    const name = policy instanceof PdfName ? policy.name : 'AnyOn';
    if (name === 'AllOn') return shown.indexOf(false) >= 0;
    if (name === 'AnyOff') return shown.indexOf(false) < 0;
    if (name === 'AllOff') return shown.indexOf(true) >= 0;
    return shown.indexOf(true) < 0;
  }
}
