import type { Finding } from '../../src/model/finding';
import {
  actionsFor,
  attachmentsToRemove,
  canSendAnyway,
  findingKey,
  findingKinds,
  kindCount,
  needsSecureSend,
  outstanding,
  recipientsToBcc,
} from '../../src/taskpane/model';

const finding = (over: Partial<Finding>): Finding => ({
  detector: 'bsn',
  confidence: 'high',
  severity: 'warn',
  location: { part: 'body' },
  evidence: 'BSN ****.**.782',
  count: 1,
  ...over,
});

describe('task pane model', () => {
  const inBody = finding({});
  const inAttachment = finding({ location: { part: 'attachment', attachment: 'lijst.xlsx', path: 'xl/worksheets/sheet1.xml' } });
  const visible = finding({ detector: 'visible-recipients', location: { part: 'recipients' }, recipients: ['a@gmail.com', 'b@hotmail.com'] });
  const note = finding({ detector: 'unscannable-attachment', severity: 'info', location: { part: 'attachment', attachment: 'scan.tif' } });

  test('offers removing the attachment a finding lives in and moving visible recipients to Bcc', () => {
    expect(actionsFor(inAttachment)).toEqual({ removeAttachment: 'lijst.xlsx' });
    expect(actionsFor(visible)).toEqual({ moveToBcc: ['a@gmail.com', 'b@hotmail.com'] });
    expect(actionsFor(inBody)).toEqual({});
    expect(actionsFor(finding({ detector: 'visible-recipients', location: { part: 'recipients' } }))).toEqual({});
  });

  test('send anyway only when every stopping finding is a warning', () => {
    expect(canSendAnyway([inBody, note])).toBe(true);
    expect(canSendAnyway([inBody, finding({ severity: 'block' })])).toBe(false);
    expect(canSendAnyway([note])).toBe(false);
    expect(canSendAnyway([])).toBe(false);
  });

  test('what is dealt with no longer stops the send', () => {
    const dealt = new Set([findingKey(inBody)]);
    expect(outstanding([inBody, inAttachment, note], dealt)).toEqual([inAttachment]);
    expect(outstanding([inBody, note], dealt)).toEqual([]);
  });

  test('one kind per detector, with every place, in the report\'s order and at its most severe', () => {
    const iban = finding({ detector: 'iban', evidence: 'IBAN NL** **** **** **** 12', location: { part: 'attachment', attachment: 'lijst.xlsx' } });
    const blocked = finding({ severity: 'block', location: { part: 'subject' }, count: 2 });
    const kinds = findingKinds([inBody, iban, inAttachment, blocked, visible]);
    expect(kinds.map((k) => k.detector)).toEqual(['bsn', 'iban', 'visible-recipients']);
    expect(kinds[0].findings).toEqual([inBody, inAttachment, blocked]);
    expect(kinds[0].severity).toBe('block');
    expect(kindCount(kinds[0])).toBe(4);
    expect(kinds[1].severity).toBe('warn');
  });

  test('the leading actions: each attachment to remove once, the addresses for Bcc, and whether a secure way is needed', () => {
    const second = finding({ detector: 'iban', location: { part: 'attachment', attachment: 'lijst.xlsx', path: 'xl/sheet2.xml' } });
    expect(attachmentsToRemove([inAttachment, second, inBody, finding({ location: { part: 'attachment', attachment: 'b.pdf' } })])).toEqual(['lijst.xlsx', 'b.pdf']);
    expect(recipientsToBcc([inBody, visible])).toEqual(['a@gmail.com', 'b@hotmail.com']);
    expect(recipientsToBcc([inBody])).toEqual([]);
    expect(needsSecureSend([inBody])).toBe(true);
    expect(needsSecureSend([finding({ detector: 'external-recipients', location: { part: 'recipients' } })])).toBe(true);
    // Sending securely does not hide who sees the address list, and does not lift a block.
    expect(needsSecureSend([visible])).toBe(false);
    expect(needsSecureSend([finding({ severity: 'block' })])).toBe(false);
    expect(needsSecureSend([note])).toBe(false);
  });
});
