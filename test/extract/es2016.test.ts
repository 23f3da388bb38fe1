/**
 * The extractors are bundled into the classic Outlook handler, whose engine may be ES2016: every
 * file must still parse as ES2016 after TypeScript's transpile (no lookbehind, named groups, dotAll).
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as acorn from 'acorn';
import * as ts from 'typescript';

const DIR = join(__dirname, '../../src/extract');

test.each(readdirSync(DIR).filter((f) => f.endsWith('.ts')))('src/extract/%s parses as ES2016', (file) => {
  const source = readFileSync(join(DIR, file), 'utf8');
  const output = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ESNext } }).outputText;
  expect(() => acorn.parse(output, { ecmaVersion: 2016, sourceType: 'module' })).not.toThrow();
});

test('the check can fail: a lookbehind does not parse as ES2016', () => {
  expect(() => acorn.parse('const r = /(?<=a)b/;', { ecmaVersion: 2016, sourceType: 'module' })).toThrow();
});
