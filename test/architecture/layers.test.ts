/**
 * The house rules of .dependency-cruiser.cjs hold for src/: no import circles, imports only point
 * down the floors, Office.js only in src/outlook/, React only in the UI. Also proves the rules bite,
 * on a small tree made for the purpose.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'node_modules', '.bin', 'depcruise');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(cwd: string): Violation[] {
  let out: string;
  try {
    out = execFileSync(BIN, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // depcruise exits non-zero when it finds violations; its JSON is still on stdout.
    out = String((error as { stdout?: string }).stdout || '');
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

test('src/ keeps the house rules', () => {
  expect(cruise(ROOT).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`)).toEqual([]);
});

test('the rules bite: an upward import and a circle are reported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sg-layers-'));
  try {
    for (const folder of ['model', 'scan', 'detection']) mkdirSync(join(dir, 'src', folder), { recursive: true });
    writeFileSync(join(dir, 'src/model/shape.ts'), "import { run } from '../scan/run';\nexport const shape = run;\n");
    writeFileSync(join(dir, 'src/scan/run.ts'), "export const run = 1;\n");
    writeFileSync(join(dir, 'src/detection/a.ts'), "import { b } from './b';\nexport const a = b;\n");
    writeFileSync(join(dir, 'src/detection/b.ts'), "import { a } from './a';\nexport const b = a;\n");
    copyFileSync(join(ROOT, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' }, include: ['src'] }));
    const names = cruise(dir).map((v) => v.rule.name);
    expect(names).toContain('layer-model');
    expect(names).toContain('no-circular');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
