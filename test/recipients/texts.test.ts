import * as acorn from 'acorn';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { RECIPIENT_DETECTORS } from '../../src/model/finding';
import { RECIPIENT_TEXTS } from '../../src/recipients/descriptions';

describe('RECIPIENT_TEXTS', () => {
  it.each([...RECIPIENT_DETECTORS])('%s has Dutch and English texts with the count', (id) => {
    for (const lang of ['nl', 'en'] as const) {
      const texts = RECIPIENT_TEXTS[id][lang];
      expect(texts.name.length).toBeGreaterThan(3);
      expect(texts.why.length).toBeGreaterThan(40);
      expect(texts.summary({ count: 7 })).toContain('7');
      expect(texts.summary({ count: 1 })).not.toBe(texts.summary({ count: 2 }).replace('2', '1') + 'x');
    }
    expect(RECIPIENT_TEXTS[id].nl.why).not.toBe(RECIPIENT_TEXTS[id].en.why);
  });

  it('gives the Dutch legal reasons', () => {
    expect(RECIPIENT_TEXTS['missing-unsubscribe'].nl.why).toContain('11.7');
    expect(RECIPIENT_TEXTS['lookalike-domain'].en.why).toContain('18%');
    expect(RECIPIENT_TEXTS['visible-recipients'].nl.why).toContain('datalek');
  });

  it('uses singular and plural', () => {
    expect(RECIPIENT_TEXTS['external-recipients'].nl.summary({ count: 1 })).toBe('Gevoelige gegevens gaan naar 1 externe ontvanger');
    expect(RECIPIENT_TEXTS['external-recipients'].en.summary({ count: 3 })).toBe('Sensitive data goes to 3 external recipients');
  });
});

describe('src/recipients runs in the ES2016 handler runtime', () => {
  const dir = join(__dirname, '../../src/recipients');
  // Checks and domain helpers sit in subfolders: every file of the tree is bundled by the handler.
  const files = (sub: string): string[] =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(sub, e.name)) : e.name.endsWith('.ts') ? [join(sub, e.name)] : []));
  it.each(files(''))('%s parses as ES2016 after transpiling', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ESNext } }).outputText;
    expect(() => acorn.parse(js, { ecmaVersion: 2016, sourceType: 'module' })).not.toThrow();
  });
});
