/**
 * The preview in a real browser, on the built dist/: the real handler on Send, the Smart Alert, the
 * real task pane and its actions, the decision that lets the next Send pass, and accessibility.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { MESSAGES } from '../../src/strings/taskpane';
import { previewSession, SCREENSHOTS, send, openPreview, takeAction, waitForCheck } from './harness';

const nl = MESSAGES.nl;
const BSNS = readFileSync(join(__dirname, '../../src/preview/samples/medewerkers-bsn.csv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(',')[3])
  .filter((v) => !!v);

jest.setTimeout(90000);

const preview = previewSession();

async function loadSample(page: Page, id: string): Promise<void> {
  await page.click(`[data-sample="${id}"]`);
  // Samples with an attachment fetch it first; the compose form lists it when it is in the item.
  if (id === 'bsn-list') await page.getByText('medewerkers-bsn.csv (').waitFor();
  if (id === 'payslip') await page.getByText('loonstrook-maart-2026.pdf (').waitFor();
}

async function status(page: Page): Promise<string> {
  return (await page.getByTestId('taskpane').getByTestId('status').textContent()) || '';
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-testid=taskpane]').analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

describe('preview in Chromium', () => {
  test('a clean message sends, with the audit header', async () => {
    const { page, problems } = await openPreview(preview);
    await loadSample(page, 'clean');
    expect(await send(page)).toBe('sent');
    expect(await page.getByTestId('sent-headers').textContent()).toMatch(/X-Send-Guard: .*result=clean/);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a BSN list raises the Smart Alert naming BSN and the attachment; the task pane shows it masked', async () => {
    const { page, problems } = await openPreview(preview);
    await loadSample(page, 'bsn-list');
    expect(await send(page)).toBe('alert');
    const message = (await page.getByTestId('smart-alert-message').textContent()) || '';
    expect(message).toMatch(/BSN/);
    expect(message).toMatch(/medewerkers-bsn\.csv/);
    for (const bsn of BSNS) expect(message).not.toContain(bsn);
    await page.getByTestId('smart-alert').screenshot({ path: join(SCREENSHOTS, 'smart-alert.png') });

    await takeAction(page);
    const pane = page.getByTestId('taskpane');
    const card = pane.locator('[data-detector="bsn"]');
    await expect(card.count()).resolves.toBe(1);
    // One compact item per kind: its places show when it is opened.
    await card.getByRole('button').first().click();
    const evidence = (await card.first().getByTestId('evidence').first().textContent()) || '';
    expect(evidence).toMatch(/\*/);
    const paneText = (await pane.textContent()) || '';
    for (const bsn of BSNS) expect(paneText).not.toContain(bsn);
    expect(paneText).toContain('medewerkers-bsn.csv');
    expect(paneText).toContain(nl.policyInForce({ name: '' }).trim());
    // The picture shows the whole pane from its top (opening the item scrolled it): a taller window for it.
    const size = page.viewportSize();
    if (size) await page.setViewportSize({ width: size.width, height: 1400 });
    await pane.evaluate((el) => [el].concat(Array.from(el.querySelectorAll('*'))).forEach((e) => (e.scrollTop = 0)));
    await pane.screenshot({ path: join(SCREENSHOTS, 'task-pane.png') });
    if (size) await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'preview.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  test('removing the attachment lets the next Send pass', async () => {
    const { page, problems } = await openPreview(preview);
    await loadSample(page, 'bsn-list');
    expect(await send(page)).toBe('alert');
    await takeAction(page);
    await page.getByTestId('taskpane').getByRole('button', { name: nl.removeAttachment({ attachment: 'medewerkers-bsn.csv' }) }).first().click();
    await page.waitForFunction((text) => (document.querySelector('[data-testid=taskpane] [data-testid=status]')?.textContent || '').includes(text), nl.canSendNow({}));
    // The compose window shows the change once the simulated Outlook reports it.
    await page.getByText('medewerkers-bsn.csv (').waitFor({ state: 'detached' });
    expect(await send(page)).toBe('sent');
    expect(await page.getByTestId('sent').textContent()).not.toContain('medewerkers-bsn.csv');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('send anyway with a reason: the next Send passes with the reason in X-Send-Guard', async () => {
    const { page, problems } = await openPreview(preview);
    await loadSample(page, 'payslip');
    expect(await send(page)).toBe('alert');
    await takeAction(page);
    const pane = page.getByTestId('taskpane');
    await pane.getByRole('button', { name: nl.sendAnyway({}) }).click();
    // An empty reason is refused with a message.
    await pane.getByRole('button', { name: nl.sendAnywayConfirm({}) }).click();
    await pane.getByText(nl.sendAnywayReasonMissing({})).waitFor();
    await pane.getByRole('textbox', { name: new RegExp(nl.sendAnywayReasonLabel({})) }).fill('Afgesproken met de werknemer');
    await pane.getByRole('button', { name: nl.sendAnywayConfirm({}) }).click();
    await page.waitForFunction((text) => (document.querySelector('[data-testid=taskpane] [data-testid=status]')?.textContent || '').includes(text), nl.canSendNow({}));
    expect(await send(page)).toBe('sent');
    const headers = (await page.getByTestId('sent-headers').textContent()) || '';
    expect(headers).toMatch(/X-Send-Guard: .*action=send-anyway/);
    expect(headers).toContain('Afgesproken met de werknemer');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('moving visible external recipients to Bcc clears visible-recipients', async () => {
    const { page, problems } = await openPreview(preview);
    await loadSample(page, 'parents');
    expect(await send(page)).toBe('alert');
    await takeAction(page);
    const pane = page.getByTestId('taskpane');
    const card = pane.locator('[data-detector="visible-recipients"]');
    await card.waitFor();
    // The fitting actions lead the pane, above the list of what was found.
    await pane.getByTestId('actions').getByRole('button', { name: nl.moveToBcc({ count: 15 }) }).click();
    await page.waitForFunction((text) => (document.querySelector('[data-testid=taskpane] [data-testid=status]')?.textContent || '').includes(text), nl.canSendNow({}));
    await expect(pane.locator('[data-detector="visible-recipients"]').count()).resolves.toBe(0);
    expect(await status(page)).toContain(nl.canSendNow({}));
    expect(await send(page)).toBe('sent');
    const sent = page.getByTestId('sent');
    expect(await sent.textContent()).toMatch(/Bcc.*fam\.jansen@gmail\.com/);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('from the ribbon, in English: the pane checks the item itself and offers the fitting action', async () => {
    const { page, problems } = await openPreview(preview);
    const en = MESSAGES.en;
    await page.getByLabel('Outlook language').selectOption('en');
    await loadSample(page, 'clean');
    await page.getByRole('button', { name: 'Open Send Guard (ribbon)' }).click();
    await waitForCheck(page);
    expect(await status(page)).toContain(en.canSendNow({}));
    await expect(page.getByTestId('taskpane').getByRole('heading', { level: 1 }).textContent()).resolves.toBe(en.checkingHeading({}));

    // Adding an attachment by hand makes the open pane check again (AttachmentsChanged).
    await page.getByTestId('file-input').setInputFiles({ name: 'bsn.csv', mimeType: 'text/csv', buffer: readFileSync(join(__dirname, '../../src/preview/samples/medewerkers-bsn.csv')) });
    const remove = page.getByTestId('taskpane').getByRole('button', { name: en.removeAttachment({ attachment: 'bsn.csv' }) });
    await remove.first().waitFor();
    // Several findings in one attachment: it is offered for removal once.
    await expect(remove.count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test.each(['light', 'dark', 'high-contrast'])('the task pane has no serious accessibility problems (%s theme)', async (theme) => {
    const { page, problems } = await openPreview(preview);
    await page.getByTestId('theme').selectOption(theme);
    await loadSample(page, 'bsn-list');
    expect(await send(page)).toBe('alert');
    await takeAction(page);
    const item = page.getByTestId('taskpane').locator('[data-detector]').first();
    await item.waitFor();
    // Checked with an item open, so its places, evidence and explanation are checked too.
    await item.getByRole('button').first().click();
    await item.getByTestId('evidence').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    if (theme === 'dark') await page.getByTestId('taskpane').screenshot({ path: join(SCREENSHOTS, 'task-pane-dark.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
