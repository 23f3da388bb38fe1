/**
 * The policy studio (policy-studio.html) in Chromium, on the built dist/: it opens the deployed
 * policy.json, shows a broken policy's errors at their paths, checks a message dropped in its file
 * input with the handler's engine, follows the policy as it is edited, makes a table of a folder,
 * and is clean in the console and for axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { STUDIO_MESSAGES } from '../../src/strings/studio';
import { VERDICT_WORDS } from '../../src/strings/words';
import { previewSession, SCREENSHOTS } from './harness';

const en = STUDIO_MESSAGES.en;
const nl = STUDIO_MESSAGES.nl;
const ROOT = join(__dirname, '..', '..');
const BSN_EML = join(ROOT, 'test/corpus/messages/nl-bsn-naar-extern.eml');
const BSN = '559520037';

jest.setTimeout(120000);

const session = previewSession();

/** Every page error and console error or warning. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  return errors;
}

async function openStudio(options: { noPolicy?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.context.newPage();
  const errors = watchConsole(page);
  if (options.noPolicy) await page.route('**/policy.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto(`${session.url}/policy-studio.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The page follows the browser's language; the tests read it in English unless they switch.
  await page.getByTestId('language').selectOption('en');
  await page.waitForFunction(() => !/Loading/.test(document.querySelector('[data-testid=policy-source]')?.textContent || 'Loading'));
  return { page, errors };
}

async function checkMessage(page: Page, file: string): Promise<void> {
  await page.getByTestId('message-files').setInputFiles(file);
  await resultsCurrent(page);
}

/** Waits until the results shown were made with the policy as edited (edits settle after a pause). */
async function resultsCurrent(page: Page): Promise<void> {
  await page.locator('[data-testid=try-it][data-current=true]').waitFor();
}

/** Unfolds a nested section of the form (one per detector) as a click on its summary would. */
async function unfold(page: Page, path: string): Promise<void> {
  const section = page.locator(`details[data-path="${path}"]`);
  if ((await section.getAttribute('open')) === null) await section.locator('summary').click();
}

const verdictText = (page: Page) => page.getByTestId('verdict').textContent();

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes[0].target})`);
}

describe('policy studio in Chromium', () => {
  test('opens the deployed policy.json, says nothing is uploaded, and loads without console errors', async () => {
    const { page, errors } = await openStudio();
    await expect(page.getByTestId('policy-source').textContent()).resolves.toBe(en.fromDeployed({ url: `${session.url}/policy.json` }));
    await expect(page.getByTestId('nothing-uploaded').textContent()).resolves.toBe(en.nothingUploaded({}));
    await expect(page.getByTestId('policy-errors').textContent()).resolves.toBe(en.noErrors({}));
    await expect(page.getByTestId('differences').textContent()).resolves.toBe(en.noDifferences({}));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('without a deployed policy.json it says so and starts from the built-in default', async () => {
    const { page, errors } = await openStudio({ noPolicy: true });
    await expect(page.getByTestId('policy-source').textContent()).resolves.toBe(en.noDeployed({ url: `${session.url}/policy.json` }));
    await expect(page.locator('[data-path="detectors.bsn.action"] select').inputValue()).resolves.toBe('warn');
    // The 404 itself is the browser's console line; nothing else may be.
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.close();
  });

  test('a broken policy shows each error at its path, in the JSON view with its line and beside its form field', async () => {
    const { page, errors } = await openStudio();
    await page.getByRole('button', { name: en.jsonTab({}), exact: true }).click();
    const broken = ['{', '  "detectors": {', '    "bsn": { "action": "stop" }', '  },', '  "recipients": { "trustedDomains": ["salaris.example", "not a domain"] },', '  "limits": { "timeBudgetMs": 5, "speed": 1 }', '}'].join('\n');
    await page.getByTestId('policy-json').fill(broken);
    const list = page.getByTestId('policy-errors');
    await list.getByText(en.errorsHeading({ count: 4 })).waitFor();
    const items = await list.locator('li').allTextContents();
    expect(items.map((i) => i.split(':')[0]).sort()).toEqual(['detectors.bsn.action', 'limits.speed', 'limits.timeBudgetMs', 'recipients.trustedDomains[1]']);
    expect(items.filter((i) => i.indexOf('detectors.bsn.action') === 0)[0]).toContain(en.atLine({ line: 3 }));
    expect(items.filter((i) => i.indexOf('limits.timeBudgetMs') === 0)[0]).toContain(en.atLine({ line: 6 }));

    await page.getByRole('button', { name: en.formTab({}), exact: true }).click();
    // A section with an error unfolds by itself.
    await expect(page.locator('details[data-path="detectors.bsn"]').getAttribute('open')).resolves.not.toBeNull();
    await expect(page.locator('details[data-path="detectors.iban"]').getAttribute('open')).resolves.toBeNull();
    const action = page.locator('[data-path="detectors.bsn.action"]');
    await expect(action.textContent()).resolves.toMatch(/expected one of/);
    await expect(page.locator('[data-path="limits.timeBudgetMs"]').textContent()).resolves.toMatch(/at least 100|100/);
    await expect(page.locator('[data-path="recipients.trustedDomains"]').textContent()).resolves.toMatch(/\[1\]/);
    // The unknown key is an error on its section.
    await expect(page.locator('fieldset[data-path="limits"]').textContent()).resolves.toContain('limits.speed');
    // Fixing it in the form clears the error there.
    await action.locator('select').selectOption('block');
    await expect(action.textContent()).resolves.not.toMatch(/expected one of/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a message with a BSN in the file input shows BSN in the verdict, masked evidence and the alert in both languages', async () => {
    const { page, errors } = await openStudio();
    await checkMessage(page, BSN_EML);
    const verdict = await verdictText(page);
    expect(verdict).toContain('BSN');
    expect(verdict).toContain(VERDICT_WORDS.en.warn);
    const evidence = await page.getByTestId('evidence').allTextContents();
    expect(evidence.join(' ')).toMatch(/BSN \*{4}\.\*{2}\.037/);
    expect(await page.getByTestId('try-it').textContent()).not.toContain(BSN);
    await expect(page.getByTestId('alert-nl').textContent()).resolves.toMatch(/Dit bericht bevat mogelijk persoonsgegevens: BSN/);
    await expect(page.getByTestId('alert-en').textContent()).resolves.toMatch(/This message may contain personal data: BSN/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("changing the BSN detector's action changes the verdict, the differences and the download", async () => {
    const { page, errors } = await openStudio();
    await checkMessage(page, BSN_EML);
    expect(await verdictText(page)).toContain(VERDICT_WORDS.en.warn);
    await unfold(page, 'detectors.bsn');
    await page.locator('[data-path="detectors.bsn.action"] select').selectOption('block');
    await page.waitForFunction((word) => (document.querySelector('[data-testid=verdict]')?.textContent || '').includes(word), VERDICT_WORDS.en.block);
    await expect(page.getByTestId('differences').textContent()).resolves.toBe('detectors.bsn.action: "warn" → "block"');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en.download({}) }).click()]);
    expect(download.suggestedFilename()).toBe('policy.json');
    const saved = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(saved.detectors.bsn.action).toBe('block');
    // Switched off, the BSN is not reported at all.
    await page.locator('[data-path="detectors.bsn.enabled"] input').click();
    await page.waitForFunction(() => !(document.querySelector('[data-testid=verdict]')?.textContent || '').includes('BSN'));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a folder of messages gives a table, stopped messages first, an unreadable file as a row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-guard-studio-'));
    const folder = join(dir, 'maart');
    mkdirSync(folder);
    try {
      copyFileSync(join(ROOT, 'test/cli/fixtures/clean.eml'), join(folder, '1-clean.eml'));
      copyFileSync(BSN_EML, join(folder, '2-bsn.eml'));
      copyFileSync(join(ROOT, 'test/extract/office/fixtures/rtf-only.msg'), join(folder, '3-ziekmelding.msg'));
      writeFileSync(join(folder, '4-kapot.msg'), 'not an Outlook message');
      const { page, errors } = await openStudio();
      // The policy change an admin wants to try on last month's messages: a BSN blocks.
      await unfold(page, 'detectors.bsn');
      await page.locator('[data-path="detectors.bsn.action"] select').selectOption('block');
      await page.getByTestId('message-folder').setInputFiles(folder);
      await resultsCurrent(page);
      const rows = page.getByTestId('results-table').locator('tbody tr');
      await expect(rows.count()).resolves.toBe(4);
      const verdicts = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-verdict')));
      expect(verdicts).toEqual(['block', 'block', 'warn', 'allow']);
      const texts = await rows.allTextContents();
      expect(texts[3]).toContain('1-clean.eml');
      expect(texts.filter((t) => t.indexOf('4-kapot.msg') >= 0)[0]).toMatch(/not checked|Attachment/i);
      expect(texts.filter((t) => t.indexOf('2-bsn.eml') >= 0)[0]).toContain('BSN');
      // A row's details: its findings and alert.
      await page.getByRole('button', { name: en.show({ file: 'maart/2-bsn.eml' }) }).click();
      expect(await verdictText(page)).toContain('BSN');
      expect(await verdictText(page)).toContain(VERDICT_WORDS.en.block);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SCREENSHOTS, 'policy-studio.png'), fullPage: false });
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a policy file opened from disk is edited and tried like the deployed one', async () => {
    const { page, errors } = await openStudio();
    await page.getByTestId('policy-file').setInputFiles({ name: 'hr-policy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: 'HR', detectors: { bsn: { enabled: false } } })) });
    await expect(page.getByTestId('policy-source').textContent()).resolves.toBe(en.fromFile({ name: 'hr-policy.json' }));
    await expect(page.getByTestId('differences').locator('li').allTextContents()).resolves.toEqual(['name: "Send Guard default" → "HR"', 'detectors.bsn.enabled: true → false']);
    await checkMessage(page, BSN_EML);
    expect(await verdictText(page)).not.toContain('BSN');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('files dropped on the page are checked like picked ones', async () => {
    const { page, errors } = await openStudio();
    const files = [
      { name: 'bsn.eml', text: readFileSync(BSN_EML, 'latin1') },
      { name: 'clean.eml', text: readFileSync(join(ROOT, 'test/cli/fixtures/clean.eml'), 'latin1') },
    ];
    await page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.text], f.name, { type: 'message/rfc822' }));
      const zone = document.querySelector('[data-testid=drop-zone]') as HTMLElement;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, files);
    await resultsCurrent(page);
    const rows = await page.getByTestId('results-table').locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^bsn\.eml.*BSN/);
    expect(rows[1]).toMatch(/^clean\.eml/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['en', 'nl'])('has no serious accessibility problems, with errors and results shown (%s)', async (lang) => {
    const { page, errors } = await openStudio();
    await page.getByTestId('language').selectOption(lang);
    await checkMessage(page, BSN_EML);
    await page.locator('[data-path="limits.timeBudgetMs"] input').fill('5');
    await page.getByTestId('policy-errors').locator('li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    if (lang === 'nl') {
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(nl.title({}));
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
