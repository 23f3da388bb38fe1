/**
 * What a file says it is, by its name: the family of formats we read (a Word document, a workbook, a
 * PDF, ...) and the container that family comes in. The dispatcher trusts the content first; the
 * name decides which reader still tries a file whose first bytes are damaged, and what the user is
 * told when that reader fails too ("the file says it is a spreadsheet, but its content is damaged").
 */

export type Family = 'document' | 'spreadsheet' | 'presentation' | 'pdf' | 'archive' | 'mail' | 'text';
export type Container = 'compound' | 'zip' | 'pdf' | 'rtf' | 'text';

export interface NamedKind {
  family: Family;
  container: Container;
}

const BY_EXTENSION: Record<string, NamedKind> = {};
function add(family: Family, container: Container, extensions: string): void {
  for (const ext of extensions.split(' ')) BY_EXTENSION[ext] = { family, container };
}
add('document', 'compound', 'doc dot wps');
add('document', 'zip', 'docx docm dotx dotm odt ott');
add('document', 'rtf', 'rtf');
add('spreadsheet', 'compound', 'xls xlt xla');
add('spreadsheet', 'zip', 'xlsx xlsm xltx xltm ods ots');
add('presentation', 'compound', 'ppt pps pot');
add('presentation', 'zip', 'pptx pptm ppsx potx odp otp');
add('pdf', 'pdf', 'pdf');
add('archive', 'zip', 'zip');
add('mail', 'text', 'eml');
add('mail', 'compound', 'msg');
add('text', 'text', 'txt text csv tsv json htm html xhtml xml md log fodt fods fodp');

/** The kind a file name claims, or undefined for names that say nothing we read. */
export function kindFromName(name: string): NamedKind | undefined {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return match ? BY_EXTENSION[match[1].toLowerCase()] : undefined;
}

/** The reason code for "named as this family, but the content is damaged" (texts in scan/texts.ts). */
export function damagedReason(family: Family): string {
  return 'damaged-' + family;
}

/** The reason codes damagedReason can give. */
export const DAMAGED_REASONS: readonly string[] = ['document', 'spreadsheet', 'presentation', 'pdf', 'archive', 'mail', 'text'].map((f) => 'damaged-' + f);
