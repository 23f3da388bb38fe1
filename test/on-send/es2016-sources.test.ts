/**
 * Everything the on-send handler bundles runs in classic Outlook's JavaScript-only runtime, whose
 * engine may be ES2016: every source file of those folders must still parse as ES2016 after
 * TypeScript's transpile (no lookbehind, named groups, dotAll). The built bundle is checked too
 * (built-handler.test.ts); this names the file that broke it.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import * as acorn from 'acorn';
import * as ts from 'typescript';

const SRC = join(__dirname, '../../src');
/** The folders the handler bundle draws from (the floors below it in .dependency-cruiser.cjs). */
const HANDLER_FOLDERS = ['model', 'codec', 'strings', 'crypto', 'policy', 'detection', 'extract', 'recipients', 'scan', 'outlook', 'session', 'on-send'];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const files = HANDLER_FOLDERS.flatMap((folder) => sources(join(SRC, folder))).map((f) => relative(SRC, f));

test('the handler folders hold sources to check', () => {
  expect(files.length).toBeGreaterThan(80);
  expect(files).toContain(join('extract', 'pdf', 'index.ts'));
});

test.each(files)('src/%s parses as ES2016', (file) => {
  const source = readFileSync(join(SRC, file), 'utf8');
  const output = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ESNext } }).outputText;
  expect(() => acorn.parse(output, { ecmaVersion: 2016, sourceType: 'module' })).not.toThrow();
});

test('the check can fail: a lookbehind does not parse as ES2016', () => {
  expect(() => acorn.parse('const r = /(?<=a)b/;', { ecmaVersion: 2016, sourceType: 'module' })).toThrow();
});
