/**
 * "Encrypt this attachment" in the preview, on the built dist/: a BSN list is flagged, encrypting
 * replaces it by an AES-256 zip, the password is shown once, the next Send passes with the audit
 * header naming the encrypted attachment, and the password is nowhere in the message or the
 * session data. The zip that left opens with 7-Zip and that password.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { ENCRYPT_WORDS } from '../../src/strings/encrypt';
import { MESSAGES } from '../../src/strings/taskpane';
import { openPreview, previewSession, SCREENSHOTS, send, takeAction } from './harness';

const nl = MESSAGES.nl;
const w = ENCRYPT_WORDS.nl;
jest.setTimeout(120000);

const preview = previewSession();

/** Everything the item holds, read through the (simulated) Office.js like an add-in would. */
function itemState(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const item = (window as unknown as { Office: { context: { mailbox: { item: any } } } }).Office.context.mailbox.item; // eslint-disable-line @typescript-eslint/no-explicit-any
        item.sessionData.getAllAsync((session: { value: unknown }) => {
          item.body.getAsync('text', (body: { value: string }) => {
            item.internetHeaders.getAsync(['X-Send-Guard'], (headers: { value: unknown }) => {
              item.subject.getAsync((subject: { value: string }) => resolve(JSON.stringify({ session: session.value, body: body.value, headers: headers.value, subject: subject.value })));
            });
          });
        });
      }),
  );
}

test('a flagged BSN list, encrypted in the pane, replaced by an AES zip; the next Send passes and the password stays out', async () => {
  const { page, problems } = await openPreview(preview);
  await page.click('[data-sample="bsn-list"]');
  await page.getByText('medewerkers-bsn.csv (').waitFor();
  expect(await send(page)).toBe('alert');

  await takeAction(page);

  const pane = page.getByTestId('taskpane');
  await pane.getByRole('button', { name: w.encrypt({ attachment: 'medewerkers-bsn.csv' }) }).click();
  const password = (await pane.getByTestId('password').inputValue({ timeout: 30000 })).trim();
  expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await pane.getByText(w.passwordAdvice).waitFor();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await pane.getByTestId('encrypt-attachments').screenshot({ path: join(SCREENSHOTS, 'encrypt-attachment.png') });
  await page.waitForFunction((text) => (document.querySelector('[data-testid=taskpane] [data-testid=status]')?.textContent || '').includes(text), nl.canSendNow({}));

  // The compose window lists the encrypted copy instead of the original.
  await page.getByText('medewerkers-bsn.zip (').waitFor();
  await expect(page.getByText('medewerkers-bsn.csv (').count()).resolves.toBe(0);
  const state = await itemState(page);
  expect(state).not.toContain(password);
  expect(state).toContain('medewerkers-bsn.zip');

  // The bytes of the attachment as Outlook holds it: a zip that 7-Zip opens with the password only.
  const zipBase64 = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const item = (window as unknown as { Office: { context: { mailbox: { item: any } } } }).Office.context.mailbox.item; // eslint-disable-line @typescript-eslint/no-explicit-any
        item.getAttachmentsAsync((list: { value: { id: string; name: string }[] }) => {
          const zip = list.value.filter((a) => a.name === 'medewerkers-bsn.zip')[0];
          item.getAttachmentContentAsync(zip.id, (content: { value: { content: string } }) => resolve(content.value.content));
        });
      }),
  );
  const tmp = mkdtempSync(join(tmpdir(), 'send-guard-pane-zip-'));
  try {
    writeFileSync(join(tmp, 'a.zip'), Buffer.from(zipBase64, 'base64'));
    expect(spawnSync('7z', ['x', '-pwrong-password', `-o${join(tmp, 'wrong')}`, join(tmp, 'a.zip')]).status).toBe(2);
    execFileSync('7z', ['x', `-p${password}`, `-o${join(tmp, 'out')}`, join(tmp, 'a.zip')]);
    expect(readFileSync(join(tmp, 'out', 'medewerkers-bsn.csv'))).toEqual(readFileSync(join(__dirname, '../../src/preview/samples/medewerkers-bsn.csv')));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  await pane.getByRole('button', { name: w.close }).click();
  await expect(pane.getByTestId('password').count()).resolves.toBe(0);

  expect(await send(page)).toBe('sent');
  const sent = (await page.getByTestId('sent').textContent()) || '';
  expect(sent).toContain('medewerkers-bsn.zip');
  expect(sent).not.toContain('medewerkers-bsn.csv');
  expect(sent).not.toContain(password);
  expect(await page.getByTestId('sent-headers').textContent()).toMatch(/X-Send-Guard: .*encrypted="medewerkers-bsn\.zip \(zip-aes256\)"/);
  expect(await page.content()).not.toContain(password);
  expect(problems).toEqual([]);
  await page.close();
});
