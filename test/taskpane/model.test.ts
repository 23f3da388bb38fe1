import type { Finding } from '../../src/model/finding';
import { defaultPolicy } from '../../src/policy/defaults';
import { actionsFor, canSendAnyway, canSendSecurely, findingKey, groupFindings, outstanding } from '../../src/taskpane/model';

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

  test('groups findings by where the user fixes them', () => {
    const groups = groupFindings([inBody, inAttachment, visible, note, finding({ location: { part: 'subject' } })]);
    expect(groups.content).toHaveLength(2);
    expect(groups.recipients).toEqual([visible]);
    expect(groups.attachments).toEqual([inAttachment, note]);
  });

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

  test('send securely needs a mechanism and a content finding', () => {
    const policy = defaultPolicy();
    expect(canSendSecurely(policy, [inBody])).toBe(false);
    policy.secureSend.mechanism = 'subject-tag';
    expect(canSendSecurely(policy, [inBody])).toBe(true);
    expect(canSendSecurely(policy, [visible])).toBe(false);
    expect(canSendSecurely(policy, [finding({ severity: 'block' })])).toBe(false);
  });

  test('what is dealt with no longer stops the send', () => {
    const dealt = new Set([findingKey(inBody)]);
    expect(outstanding([inBody, inAttachment, note], dealt)).toEqual([inAttachment]);
    expect(outstanding([inBody, note], dealt)).toEqual([]);
  });
});
