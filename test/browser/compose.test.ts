/**
 * The compose-time check in the preview, on the built dist/: adding or removing an attachment or a
 * recipient fires the real handler through the simulated events, and the bar shows above the form.
 */
import { join, resolve } from 'path';
import type { Page } from 'playwright-core';
import { previewSession, SCREENSHOTS, openPreview, SEND_WAIT_MS } from './harness';
import { OUTLOOK_ALERT_BUTTONS } from '../../src/strings/outlook-buttons';

const CSV = resolve(__dirname, '../../src/preview/samples/medewerkers-bsn.csv');

jest.setTimeout(90000);

const preview = previewSession();

const bar = (page: Page) => page.getByTestId('notification-bar');
const contentReads = (page: Page) => page.evaluate(() => (window as unknown as { sendGuardPreview: { calls(): string[] } }).sendGuardPreview.calls().filter((c) => c === 'getAttachmentContentAsync').length);

async function setField(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  // Address fields commit when they lose focus, as Outlook resolves a name.
  await field.blur();
}

describe('compose-time check in the preview', () => {
  test('attaching the BSN list shows the bar before Send; Send reads it no second time and still stops; removing it clears the bar', async () => {
    const { page, problems } = await openPreview(preview);
    await setField(page, 'To', 'p.devries@gemeente-voorbeeld.nl');
    await setField(page, 'Message', 'Zie de bijlage.');
    await page.getByTestId('file-input').setInputFiles(CSV);
    await bar(page).waitFor({ timeout: 10000 });
    const text = await bar(page).innerText();
    expect(text).toContain('BSN');
    expect(text).toContain('medewerkers-bsn.csv');
    expect(text).not.toMatch(/\d{9}/);
    // Above the compose form, as Outlook draws it.
    const barBox = await bar(page).boundingBox();
    const toBox = await page.getByLabel('To', { exact: true }).boundingBox();
    expect(barBox && toBox && barBox.y < toBox.y).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'compose-bar-bsn.png') });
    expect(await contentReads(page)).toBe(1);

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByTestId('smart-alert').waitFor({ timeout: SEND_WAIT_MS });
    expect(await contentReads(page)).toBe(1);
    // Outlook's own button, in the preview's language (Outlook draws it, not Send Guard).
    const dontSend = [OUTLOOK_ALERT_BUTTONS.nl.dontSend, OUTLOOK_ALERT_BUTTONS.en.dontSend];
    await page.getByTestId('smart-alert').getByRole('button', { name: new RegExp('^(' + dontSend.join('|') + ')$') }).click();

    await page.getByRole('button', { name: 'Remove medewerkers-bsn.csv' }).click();
    await bar(page).waitFor({ state: 'detached', timeout: 10000 });
    expect(problems).toEqual([]);
    await page.close();
  });

  test('adding a webmail recipient to a message with an IBAN in the body shows the bar; its button opens the task pane', async () => {
    const { page, problems } = await openPreview(preview);
    await setField(page, 'Subject', 'Terugbetaling');
    await setField(page, 'Message', 'Hoi,\n\nMaak het bedrag over op NL91 ABNA 0417 1643 00 graag.\n\nGroet');
    await setField(page, 'To', 'collega@gemeente-voorbeeld.nl');
    // An internal recipient: nothing to say yet.
    await page.waitForTimeout(800);
    expect(await bar(page).count()).toBe(0);
    await setField(page, 'To', 'collega@gemeente-voorbeeld.nl, anna.devries84@gmail.com');
    await bar(page).waitFor({ timeout: 10000 });
    const text = await bar(page).innerText();
    expect(text).toMatch(/[Ee]xterne ontvanger/);
    expect(text).not.toContain('0417');
    await bar(page).getByRole('button', { name: 'Bekijk en los op' }).click();
    await page.getByTestId('taskpane').getByRole('main').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'compose-bar-recipient.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
