/** addFileAttachment through the simulator: the bytes arrive, and the reference's size limit holds. */
import { addFileAttachment, getAttachmentContent, MAX_ADDED_ATTACHMENT_BASE64 } from '../../src/outlook';
import { installOfficeSim, OfficeSim } from '../../src/preview/office-sim';

let restore: (() => void) | undefined;
afterEach(() => {
  if (restore) restore();
  restore = undefined;
});

test('adds a file attachment and returns its id; the content reads back', async () => {
  const sim = new OfficeSim({});
  restore = installOfficeSim(sim);
  const id = await addFileAttachment('lijst.zip', Uint8Array.from([80, 75, 3, 4, 1, 2]));
  expect(sim.state().attachments).toEqual([expect.objectContaining({ id, name: 'lijst.zip', size: 6, kind: 'file' })]);
  expect(await getAttachmentContent(id)).toEqual({ format: 'base64', content: 'UEsDBAEC' });
});

test('a file over 25 MB (more than 34,865,152 Base64 characters) fails with AttachmentSizeExceeded', async () => {
  const sim = new OfficeSim({});
  restore = installOfficeSim(sim);
  const justFits = new Uint8Array((MAX_ADDED_ATTACHMENT_BASE64 / 4) * 3);
  await expect(addFileAttachment('fits.bin', justFits)).resolves.toEqual(expect.any(String));
  await expect(addFileAttachment('too-big.bin', new Uint8Array(justFits.length + 1))).rejects.toMatchObject({ code: 'AttachmentSizeExceeded' });
  expect(sim.state().attachments.map((a) => a.name)).toEqual(['fits.bin']);
}, 180000);
