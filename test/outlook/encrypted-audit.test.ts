/** The handler names attachments encrypted in the task pane in X-Send-Guard, only while they are still attached. */
import { writeSessionValue } from '../../src/outlook';
import { recordEncrypted } from '../../src/session/memory';
import { harness } from './helpers';

test('a send after encryption: the header names the encrypted copy and its method, not a removed one', async () => {
  const h = harness({ bodyText: 'Hallo', attachments: [{ name: 'lijst-2026.zip', bytes: Uint8Array.from([1, 2, 3]) }] });
  try {
    await recordEncrypted([
      { name: 'lijst-2026.zip', method: 'zip-aes256' },
      { name: 'weg.pdf', method: 'pdf-aes256' },
    ]);
    const result = await h.send();
    expect(result.options?.allowEvent).toBe(true);
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=clean; encrypted="lijst-####.zip (zip-aes256)"');
    expect(h.sim.state().sessionData.sendGuardEncrypted).toBe(JSON.stringify([
      { name: 'lijst-####.zip', method: 'zip-aes256' },
      { name: 'weg.pdf', method: 'pdf-aes256' },
    ]));
  } finally {
    h.restore();
  }
});

test('without a record the header is as before', async () => {
  const h = harness({ bodyText: 'Hallo' });
  try {
    await writeSessionValue('sendGuardEncrypted', 'not json');
    await h.send();
    expect(h.sim.state().headers['X-Send-Guard']).toBe('v=1; result=clean');
  } finally {
    h.restore();
  }
});
