/**
 * A test-only compound file writer (MS-CFB): 512- or 4096-byte sectors, a mini stream for small
 * streams, DIFAT sectors when the FAT outgrows the header's 109 entries. It exists to re-pack real fixtures (for example
 * with 4096-byte sectors, or with one stream changed) and to plant broken structures on purpose.
 */
export interface StreamToWrite {
  /** '/'-separated path below the root; storages are made from the path. */
  path: string;
  data: Uint8Array;
}

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const DIFAT_SECTOR = 0xfffffffc;

interface Node {
  name: string;
  type: 1 | 2 | 5;
  children: Node[];
  data?: Uint8Array;
  id?: number;
  start?: number;
}

export function writeCompoundFile(streams: StreamToWrite[], sectorShift: 9 | 12 = 9): Uint8Array {
  const sectorSize = 1 << sectorShift;
  const root: Node = { name: 'Root Entry', type: 5, children: [] };
  for (const stream of streams) {
    const parts = stream.path.split('/');
    let node = root;
    for (let i = 0; i < parts.length - 1; i++) {
      let next = node.children.find((c) => c.name === parts[i] && c.type === 1);
      if (!next) {
        next = { name: parts[i], type: 1, children: [] };
        node.children.push(next);
      }
      node = next;
    }
    node.children.push({ name: parts[parts.length - 1], type: 2, children: [], data: stream.data });
  }
  const nodes: Node[] = [];
  const number = (node: Node): void => {
    node.id = nodes.length;
    nodes.push(node);
    node.children.forEach(number);
  };
  number(root);

  // Mini stream: streams under 4096 bytes, in 64-byte mini sectors.
  const miniFat: number[] = [];
  const miniChunks: Uint8Array[] = [];
  for (const node of nodes) {
    if (node.type !== 2 || !node.data || node.data.length >= 4096 || node.data.length === 0) continue;
    const count = Math.ceil(node.data.length / 64);
    node.start = miniFat.length;
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? END : miniFat.length + 1);
    const padded = new Uint8Array(count * 64);
    padded.set(node.data);
    miniChunks.push(padded);
  }
  const miniStream = concat(miniChunks);

  const sectorsFor = (bytes: number): number => Math.ceil(bytes / sectorSize);
  const directorySectors = sectorsFor(nodes.length * 128);
  const miniFatSectors = sectorsFor(miniFat.length * 4);
  const miniStreamSectors = sectorsFor(miniStream.length);
  const bigStreams = nodes.filter((n) => n.type === 2 && n.data && n.data.length >= 4096);
  const bigSectors = bigStreams.reduce((sum, n) => sum + sectorsFor((n.data as Uint8Array).length), 0);
  const dataSectors = directorySectors + miniFatSectors + miniStreamSectors + bigSectors;
  const perSector = sectorSize / 4;
  const difatFor = (fat: number): number => (fat > 109 ? Math.ceil((fat - 109) / (perSector - 1)) : 0);
  let fatSectors = 1;
  while (fatSectors * perSector < fatSectors + difatFor(fatSectors) + dataSectors) fatSectors++;
  const difatSectors = difatFor(fatSectors);

  const total = fatSectors + difatSectors + dataSectors;
  const fat = new Array<number>(fatSectors * perSector).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECTOR;
  for (let i = 0; i < difatSectors; i++) fat[fatSectors + i] = DIFAT_SECTOR;
  let next = fatSectors + difatSectors;
  const allocate = (count: number): number => {
    if (count === 0) return END;
    const start = next;
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END : next + i + 1;
    next += count;
    return start;
  };
  const directoryStart = allocate(directorySectors);
  const miniFatStart = allocate(miniFatSectors);
  const miniStreamStart = allocate(miniStreamSectors);
  for (const node of bigStreams) node.start = allocate(sectorsFor((node.data as Uint8Array).length));

  const out = new Uint8Array(sectorSize + total * sectorSize);
  const view = new DataView(out.buffer);
  const at = (sector: number): number => (sector + 1) * sectorSize;
  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, sectorShift === 9 ? 3 : 4, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, sectorShift, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x28, sectorShift === 12 ? directorySectors : 0, true);
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, directoryStart, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, miniFat.length ? miniFatStart : END, true);
  view.setUint32(0x40, miniFatSectors, true);
  view.setUint32(0x44, difatSectors ? fatSectors : END, true);
  view.setUint32(0x48, difatSectors, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i < fatSectors ? i : FREE, true);
  // DIFAT sectors: the FAT sector numbers after the first 109, then the next DIFAT sector.
  for (let d = 0; d < difatSectors; d++) {
    const base = at(fatSectors + d);
    for (let i = 0; i < perSector - 1; i++) {
      const fatIndex = 109 + d * (perSector - 1) + i;
      view.setUint32(base + 4 * i, fatIndex < fatSectors ? fatIndex : FREE, true);
    }
    view.setUint32(base + 4 * (perSector - 1), d + 1 < difatSectors ? fatSectors + d + 1 : END, true);
  }
  // FAT.
  fat.forEach((value, i) => view.setUint32(at(0) + 4 * i, value, true));
  // Directory: each storage's children as a chain of right siblings (a valid, if unbalanced, tree).
  for (let d = 0; d < directorySectors * (sectorSize / 128); d++) {
    const base = at(directoryStart) + d * 128;
    const node = nodes[d];
    view.setUint32(base + 0x44, FREE, true);
    view.setUint32(base + 0x48, FREE, true);
    view.setUint32(base + 0x4c, FREE, true);
    if (!node) continue;
    const name = node.name.slice(0, 31);
    for (let i = 0; i < name.length; i++) view.setUint16(base + 2 * i, name.charCodeAt(i), true);
    view.setUint16(base + 0x40, (name.length + 1) * 2, true);
    out[base + 0x42] = node.type;
    out[base + 0x43] = 1; // black
    if (node.children.length) view.setUint32(base + 0x4c, node.children[0].id as number, true);
    const size = node.type === 5 ? miniStream.length : node.data ? node.data.length : 0;
    view.setUint32(base + 0x74, node.type === 5 ? (miniStream.length ? miniStreamStart : END) : node.start !== undefined ? node.start : END, true);
    view.setUint32(base + 0x78, size, true);
  }
  for (const node of nodes) {
    node.children.forEach((child, i) => {
      if (i + 1 < node.children.length) view.setUint32(at(directoryStart) + (child.id as number) * 128 + 0x48, node.children[i + 1].id as number, true);
    });
  }
  // Mini FAT, mini stream, big streams.
  miniFat.forEach((value, i) => view.setUint32(at(miniFatStart) + 4 * i, value, true));
  const miniFatEnd = miniFatSectors * sectorSize;
  for (let i = miniFat.length * 4; i < miniFatEnd; i += 4) view.setUint32(at(miniFatStart) + i, FREE, true);
  if (miniStream.length) out.set(miniStream, at(miniStreamStart));
  for (const node of bigStreams) out.set(node.data as Uint8Array, at(node.start as number));
  return out;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
