/**
 * Reading and writing the message being composed. Every function is one Office call made safe by
 * officeCall (one promise, optional time-out). The task pane and the on-send handler both use these.
 */
import type { Recipient } from '../model/message';
import { type CallOptions, OfficeCallError, officeCall } from './office-call';
import { office } from './host';

export type RecipientField = 'to' | 'cc' | 'bcc';

/** The compose item, or an OfficeCallError when there is none (not in compose, Office not loaded). */
export function composeItem(): Office.MessageCompose {
  const o = office();
  const item = o && o.context && o.context.mailbox && (o.context.mailbox.item as unknown as Office.MessageCompose | null | undefined);
  if (!item) throw new OfficeCallError('item', 'no-item', 'no message is being composed');
  return item;
}

/** Runs `invoke` against the compose item inside officeCall, so a missing item also rejects. */
function onItem<T>(name: string, invoke: (item: Office.MessageCompose, callback: (r: Office.AsyncResult<T>) => void) => void, options?: CallOptions): Promise<T> {
  return officeCall<T>(name, (callback) => invoke(composeItem(), callback), options);
}

function toRecipient(details: Office.EmailAddressDetails): Recipient {
  const recipient: Recipient = { address: (details.emailAddress || '').trim() };
  if (details.displayName && details.displayName !== details.emailAddress) recipient.name = details.displayName;
  return recipient;
}

export function getRecipients(field: RecipientField, options?: CallOptions): Promise<Recipient[]> {
  return onItem<Office.EmailAddressDetails[]>(field + '.getAsync', (item, cb) => item[field].getAsync(cb), options).then((list) =>
    (list || []).map(toRecipient).filter((r) => r.address !== ''),
  );
}

/** Replaces the recipients of one field (move to Bcc: set To/Cc without them, add them to Bcc). */
export function setRecipients(field: RecipientField, recipients: Recipient[], options?: CallOptions): Promise<void> {
  const list = recipients.map((r) => ({ emailAddress: r.address, displayName: r.name || r.address }));
  return onItem<void>(field + '.setAsync', (item, cb) => item[field].setAsync(list, cb), options);
}

export function addRecipients(field: RecipientField, recipients: Recipient[], options?: CallOptions): Promise<void> {
  const list = recipients.map((r) => ({ emailAddress: r.address, displayName: r.name || r.address }));
  return onItem<void>(field + '.addAsync', (item, cb) => item[field].addAsync(list, cb), options);
}

/** The sender as Outlook has it (Mailbox 1.7 from.getAsync); the signed-in user's address otherwise. */
export async function getFrom(options?: CallOptions): Promise<Recipient | undefined> {
  try {
    const item = composeItem();
    if (item.from && typeof item.from.getAsync === 'function') {
      const from = await onItem<Office.EmailAddressDetails>('from.getAsync', (i, cb) => i.from.getAsync(cb), options);
      if (from && from.emailAddress) return toRecipient(from);
    }
  } catch {
    // Falls through to the user's own address: the sender only gives the internal domain.
  }
  const address = userAddress();
  return address ? { address } : undefined;
}

/** The signed-in user's address (synchronous in Office.js), '' when unknown. */
export function userAddress(): string {
  try {
    const o = office();
    const profile = o && o.context && o.context.mailbox && o.context.mailbox.userProfile;
    return (profile && profile.emailAddress) || '';
  } catch {
    return '';
  }
}

export function getSubject(options?: CallOptions): Promise<string> {
  return onItem<string>('subject.getAsync', (item, cb) => item.subject.getAsync(cb), options).then((s) => s || '');
}

export function setSubject(subject: string, options?: CallOptions): Promise<void> {
  return onItem<void>('subject.setAsync', (item, cb) => item.subject.setAsync(subject, cb), options);
}

export function getBody(type: 'html' | 'text', options?: CallOptions): Promise<string> {
  return onItem<string>('body.getAsync(' + type + ')', (item, cb) => item.body.getAsync(type as Office.CoercionType, cb), options).then((b) => b || '');
}

/** The body's format (Mailbox 1.3): setting HTML into a plain-text body fails with InvalidFormatError. */
export function getBodyType(options?: CallOptions): Promise<'html' | 'text'> {
  return onItem<string>('body.getTypeAsync', (item, cb) => item.body.getTypeAsync(cb as (r: Office.AsyncResult<Office.CoercionType>) => void), options).then((t) => (t === 'text' ? 'text' : 'html'));
}

export function setBody(body: string, type: 'html' | 'text', options?: CallOptions): Promise<void> {
  return onItem<void>('body.setAsync', (item, cb) => item.body.setAsync(body, { coercionType: type as Office.CoercionType }, cb), options);
}

export function removeAttachment(attachmentId: string, options?: CallOptions): Promise<void> {
  return onItem<void>('removeAttachmentAsync', (item, cb) => item.removeAttachmentAsync(attachmentId, cb), options);
}

/** Applies a Purview sensitivity label by its GUID (Mailbox 1.13; the caller checks support). */
export function setSensitivityLabel(labelId: string, options?: CallOptions): Promise<void> {
  return onItem<void>('sensitivityLabel.setAsync', (item, cb) => item.sensitivityLabel.setAsync(labelId, cb), options);
}

export function getSensitivityLabel(options?: CallOptions): Promise<string> {
  return onItem<string>('sensitivityLabel.getAsync', (item, cb) => item.sensitivityLabel.getAsync(cb), options);
}

/** Sets custom internet headers (Mailbox 1.8): created or replaced, sent with the message. */
export function setInternetHeaders(headers: { [name: string]: string }, options?: CallOptions): Promise<void> {
  return onItem<void>('internetHeaders.setAsync', (item, cb) => item.internetHeaders.setAsync(headers, cb), options);
}

export function getInternetHeaders(names: string[], options?: CallOptions): Promise<{ [name: string]: string }> {
  return onItem<{ [name: string]: string }>('internetHeaders.getAsync', (item, cb) => item.internetHeaders.getAsync(names, cb), options).then((h) => h || {});
}

/** The Smart Alert's contextData as the task pane receives it ('' when opened from the ribbon). */
export function getInitializationContext(options?: CallOptions): Promise<string> {
  return onItem<string>('getInitializationContextAsync', (item, cb) => item.getInitializationContextAsync(cb), options).then((s) => s || '');
}
