/**
 * A tiny XML reader for the manifest test: elements, attributes, text, comments, the declaration.
 * Enough for a manifest we write ourselves; it throws on anything malformed rather than guessing.
 */
export interface XmlElement {
  name: string;
  attributes: { [name: string]: string };
  children: XmlElement[];
  text: string;
}

const ENTITIES: { [name: string]: string } = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) => {
    if (e.charAt(0) === '#') return String.fromCodePoint(e.charAt(1) === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    if (ENTITIES[e] === undefined) throw new Error('unknown entity ' + whole);
    return ENTITIES[e];
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (what: string): never => {
    const line = source.slice(0, i).split('\n').length;
    throw new Error(what + ' at line ' + line);
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt < 0 ? source.length : lt);
    if (text.trim() !== '') {
      if (stack.length === 0) fail('text outside the root element');
      stack[stack.length - 1].text += decode(text);
    }
    if (lt < 0) break;
    i = lt;
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end < 0) fail('unclosed declaration');
      i = end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end < 0) fail('unclosed comment');
      i = end + 3;
    } else if (source.startsWith('</', i)) {
      const end = source.indexOf('>', i);
      const name = source.slice(i + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) fail('closing </' + name + '> does not match <' + (open ? open.name : '') + '>');
      i = end + 1;
    } else {
      const end = source.indexOf('>', i);
      if (end < 0) fail('unclosed tag');
      let body = source.slice(i + 1, end);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const nameMatch = /^([A-Za-z_][\w:.-]*)/.exec(body);
      if (!nameMatch) fail('bad tag');
      const element: XmlElement = { name: (nameMatch as RegExpExecArray)[1], attributes: {}, children: [], text: '' };
      let rest = body.slice((nameMatch as RegExpExecArray)[1].length);
      const attr = /^\s+([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/;
      for (let m = attr.exec(rest); m; m = attr.exec(rest)) {
        if (element.attributes[m[1]] !== undefined) fail('duplicate attribute ' + m[1]);
        element.attributes[m[1]] = decode(m[3] !== undefined ? m[3] : m[4]);
        rest = rest.slice(m[0].length);
      }
      if (rest.trim() !== '') fail('unreadable attributes "' + rest.trim() + '"');
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else if (root) fail('second root element');
      else root = element;
      if (!selfClosing) stack.push(element);
      i = end + 1;
    }
  }
  if (stack.length > 0) fail('unclosed <' + stack[stack.length - 1].name + '>');
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element below (and including) `e`, depth first. */
export function allElements(e: XmlElement): XmlElement[] {
  return [e].concat(...e.children.map(allElements));
}

export function child(e: XmlElement, name: string): XmlElement {
  const found = e.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error('<' + e.name + '> has ' + found.length + ' <' + name + '> children, expected 1');
  return found[0];
}
