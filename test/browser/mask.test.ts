/**
 * "Mask in the message" in the preview, on the built dist/: the BSN in the body is masked through
 * the simulated Office.js, the pane lists what changed, undo puts the original back, and after
 * masking again the next Send passes with only the masked form in the message. A CSV replaced by
 * its masked copy passes too. The pane stays free of serious accessibility problems and page errors.
 */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { MASKING_WORDS } from '../../src/strings/masking';
import { MESSAGES } from '../../src/strings/taskpane';
import { previewSession, SCREENSHOTS, send, openPreview, takeAction } from './harness';

const nl = MESSAGES.nl;
const w = MASKING_WORDS.nl;
jest.setTimeout(120000);

const preview = previewSession();

/** Send is stopped; the alert's take-action button opens the pane. */
async function sendAndOpenPane(page: Page): Promise<void> {
  expect(await send(page)).toBe('alert');
  await takeAction(page);
}

/** Types into a compose field; address lines commit when they lose focus, as Outlook resolves a name. */
async function setField(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

async function statusSays(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => (document.querySelector('[data-testid=taskpane] [data-testid=status]')?.textContent || '').includes(t), text);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-testid=taskpane]').analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** The simulated Outlook turns typed text into HTML paragraphs and back, as Outlook does: compare the words. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

const BODY = 'Beste Jan,\n\nJe BSN is 1234.56.782 en je loon gaat naar NL91 ABNA 0417 1643 00.\n\nGroet, Anna';

test('mask in the body: the pane lists the masked values, undo brings the original back, and the next Send passes', async () => {
  const { page, problems } = await openPreview(preview);
  await setField(page, 'To', 'jan.devries@example.org');
  await setField(page, 'Subject', 'Je gegevens');
  await setField(page, 'Message', BODY);
  await sendAndOpenPane(page);

  const pane = page.getByTestId('taskpane');
  await pane.getByTestId('mask-message').waitFor();
  await pane.screenshot({ path: join(SCREENSHOTS, 'mask-offer.png') });
  await pane.getByTestId('mask-message').click();
  await statusSays(page, w.masked({ count: 2 }));
  await statusSays(page, nl.canSendNow({}));
  const message = page.getByLabel('Message', { exact: true });
  await page.waitForFunction(() => ((document.querySelector('textarea') as HTMLTextAreaElement | null)?.value || '').includes('****.**.782'));
  expect(words(await message.inputValue())).toBe(words(BODY.replace('1234.56.782', '****.**.782').replace('NL91 ABNA 0417 1643', 'NL** **** **** ****')));
  const listed = await pane.getByTestId('masked-values').textContent();
  expect(listed).toContain('****.**.782');
  expect(listed).not.toContain('1234');
  await pane.screenshot({ path: join(SCREENSHOTS, 'mask-in-message.png') });
  expect(await seriousViolations(page)).toEqual([]);

  // Undo: the original is back, and the pane finds the BSN again.
  await pane.getByTestId('undo-mask').click();
  await statusSays(page, w.undone);
  await page.waitForFunction(() => ((document.querySelector('textarea') as HTMLTextAreaElement | null)?.value || '').includes('1234.56.782'));
  expect(words(await message.inputValue())).toBe(words(BODY));
  await pane.locator('[data-detector="bsn"]').waitFor();

  // Mask again; Send now passes and only the masked form leaves.
  await pane.getByTestId('mask-message').click();
  await statusSays(page, nl.canSendNow({}));
  expect(await send(page)).toBe('sent');
  const sent = await page.getByTestId('sent').textContent();
  expect(sent).toContain('****.**.782');
  expect(sent).not.toContain('1234.56.782');
  expect(sent).not.toContain('0417 1643');
  expect(problems).toEqual([]);
  await page.close();
});

test('a CSV replaced by its masked copy: the recipient sees the name, and the next Send passes', async () => {
  const { page, problems } = await openPreview(preview);
  await setField(page, 'To', 'salarisadministratie@example.org');
  await setField(page, 'Subject', 'Mutaties maart');
  await setField(page, 'Message', 'Hierbij de mutaties.');
  const csv = 'Personeelsnummer;BSN;Uren\r\n1001;111222333;32\r\n1002;123456782;24\r\n';
  await page.getByTestId('file-input').setInputFiles({ name: 'loonlijst.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByText('loonlijst.csv (').waitFor();
  await sendAndOpenPane(page);

  const pane = page.getByTestId('taskpane');
  await pane.getByRole('button', { name: w.maskAttachment({ attachment: 'loonlijst.csv' }) }).click();
  const attachments = page.getByRole('list', { name: 'Attachments' });
  await attachments.getByText('loonlijst (gemaskeerd).csv (').waitFor();
  await statusSays(page, w.attachmentMasked({ attachment: 'loonlijst.csv', copy: 'loonlijst (gemaskeerd).csv', count: 2 }));
  await statusSays(page, nl.canSendNow({}));
  // The compose window notices the removal a moment later, as Outlook's own list does.
  await attachments.getByText('loonlijst.csv (').waitFor({ state: 'detached' });
  expect(await seriousViolations(page)).toEqual([]);

  // The copy as Outlook holds it: the same file with the numbers masked.
  const content = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const item = (window as unknown as { Office: { context: { mailbox: { item: any } } } }).Office.context.mailbox.item; // eslint-disable-line @typescript-eslint/no-explicit-any
        item.getAttachmentsAsync((list: { value: { id: string }[] }) => item.getAttachmentContentAsync(list.value[0].id, (r: { value: { content: string } }) => resolve(atob(r.value.content))));
      }),
  );
  expect(content).toBe('Personeelsnummer;BSN;Uren\r\n1001;******333;32\r\n1002;******782;24\r\n');
  expect(await send(page)).toBe('sent');
  expect(await page.getByTestId('sent').textContent()).toContain('loonlijst (gemaskeerd).csv');
  expect(problems).toEqual([]);
  await page.close();
});
