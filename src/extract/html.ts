/** HTML -> text without a DOM. PLACEHOLDER until the scan work lands (tables, entities, hidden parts). */
export function htmlToText(html: string): string {
  return html.replace(/<(style|script)[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
}
