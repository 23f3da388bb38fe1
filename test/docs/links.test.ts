/**
 * The README is the front door and docs/ the manual: every relative link between them must lead
 * somewhere, and the README stays short enough to read (the rest belongs in docs/).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { anchorsIn, brokenLinks, linksIn } from './markdown';

const ROOT = join(__dirname, '..', '..');
const README = join(ROOT, 'README.md');
const DOCS = join(ROOT, 'docs');
const README_MAX_BYTES = 15000;

const pages = [README, ...readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => join(DOCS, f))];

describe('documentation links', () => {
  it('keeps the README under 15,000 bytes', () => {
    expect(statSync(README).size).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('has the manual pages the README links to', () => {
    const linked = linksIn(readFileSync(README, 'utf8')).map((l) => l.target.split('#')[0]);
    for (const page of ['user-guide', 'detectors', 'attachments', 'cli', 'admin-deployment', 'policy', 'architecture', 'development']) {
      expect(linked).toContain(`docs/${page}.md`);
    }
  });

  it.each(pages.map((p) => [p.slice(ROOT.length + 1), p]))('%s: every relative link resolves', (_name, page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('catches a missing file, a missing anchor, and ignores links inside code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg-docs-'));
    writeFileSync(join(dir, 'other.md'), '# Other page\n\n## Send modes: `Block` versus `SoftBlock`\n');
    const page = join(dir, 'page.md');
    writeFileSync(
      page,
      [
        '# Page',
        'See [other](other.md#send-modes-block-versus-softblock), [here](#page) and [the web](https://example.org/x).',
        'Broken: [gone](missing.md), [no anchor](other.md#nowhere), ![picture](img/none.png).',
        '`[in code](nowhere.md)`',
        '```',
        '[in a block](nowhere-either.md)',
        '```',
      ].join('\n'),
    );
    expect(brokenLinks(page)).toEqual([
      `${page}:3: missing.md (no such file)`,
      `${page}:3: other.md#nowhere (no heading with that anchor)`,
      `${page}:3: img/none.png (no such file)`,
    ]);
  });

  it('makes anchors the way GitHub does', () => {
    const anchors = anchorsIn('# Send Guard\n## 2. Host the files\n### `external-recipients`: sensitive content\n## The preview (no Outlook needed)\n## Notes\n## Notes\n');
    expect([...anchors]).toEqual(['send-guard', '2-host-the-files', 'external-recipients-sensitive-content', 'the-preview-no-outlook-needed', 'notes', 'notes-1']);
  });
});
