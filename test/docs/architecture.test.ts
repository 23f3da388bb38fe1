/**
 * docs/architecture.md shows the layers with a picture dependency-cruiser drew (`npm run graph`).
 * The picture is committed, so it must not fall behind: every folder of src/ in the layers is in it,
 * and the page's table names every folder too.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
/** Node build helpers, outside the layers (excluded in .dependency-cruiser.cjs). */
const OUTSIDE_LAYERS = ['deploy'];

const folders = readdirSync(join(ROOT, 'src'))
  .filter((name) => statSync(join(ROOT, 'src', name)).isDirectory())
  .filter((name) => !OUTSIDE_LAYERS.includes(name));

describe('architecture picture', () => {
  // Graphviz writes some characters as numeric entities ("on&#45;send").
  const svg = readFileSync(join(ROOT, 'docs', 'architecture-layers.svg'), 'utf8').replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  const dot = readFileSync(join(ROOT, 'docs', 'architecture-layers.dot'), 'utf8');
  const page = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');

  it('finds the folders of src/', () => {
    expect(folders).toEqual(expect.arrayContaining(['model', 'scan', 'extract', 'on-send']));
  });

  it.each(folders)('shows src/%s/ in the committed graph and in the page', (folder) => {
    expect(dot).toContain(`"src/${folder}/" [label=<${folder}>`);
    expect(svg).toContain(`<title>src/${folder}/</title>`);
    expect(page).toContain(`\`src/${folder}/\``);
  });

  it('shows no folder that is gone from src/', () => {
    const drawn = new Set<string>();
    const node = /"src\/([^/"]+)\/"/g;
    let m: RegExpExecArray | null;
    while ((m = node.exec(dot))) drawn.add(m[1]);
    expect([...drawn].sort()).toEqual([...folders].sort());
  });

  it('embeds the picture', () => {
    expect(page).toContain('](architecture-layers.svg)');
  });

  it('names every floor of .dependency-cruiser.cjs in the page', () => {
    const config = readFileSync(join(ROOT, '.dependency-cruiser.cjs'), 'utf8');
    const floors = /const FLOORS = \[([\s\S]*?)\n\];/.exec(config);
    expect(floors).not.toBeNull();
    const names = floors![1].match(/'[a-z-]+'/g)!.map((s) => s.slice(1, -1));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(page).toContain(`\`src/${name}/\``);
  });
});
