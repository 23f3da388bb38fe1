/** Body conversions the simulated Outlook does between HTML and text. Pure, linear-time regexes. */

const ENTITIES: { [name: string]: string } = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text as Outlook gives it for body.getAsync('text'): block ends become line breaks, tags go. */
export function simHtmlToText(html: string): string {
  return html
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr)\s*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, code: string) => {
      const c = code.toLowerCase();
      if (c.charAt(0) === '#') {
        const n = c.charAt(1) === 'x' ? parseInt(c.slice(2), 16) : parseInt(c.slice(1), 10);
        return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return ENTITIES[c] !== undefined ? ENTITIES[c] : whole;
    });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML as Outlook makes it from plain text: one paragraph per line. */
export function simTextToHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return '<html><body>' + lines.map((l) => '<p>' + (l === '' ? '&nbsp;' : escapeHtml(l)) + '</p>').join('') + '</body></html>';
}
