/** The task pane's host on real (or simulated) Office.js, through src/outlook/ and the decision memory. */
import { redactNumbers } from '../detection/redact';
import type { Policy, SecureSendPolicy } from '../policy/types';
import type { Recipient } from '../model/message';
import { parseContext } from '../session/context';
import { recordDecision, recordEncrypted } from '../session/memory';
import {
  addFileAttachment,
  addRecipients,
  contentBytes,
  getAttachmentContent,
  displayLanguage,
  findSensitivityLabel,
  getInitializationContext,
  getInternetHeaders,
  getRecipients,
  getSubject,
  listAttachments,
  readMessage,
  removeAttachment,
  setInternetHeaders,
  setRecipients,
  setSensitivityLabel,
  setSubject,
  supportsMailbox,
  userAddress,
} from '../outlook';
import { officeTheme, onInitializationContextChanged, onRecipientsOrAttachmentsChanged, openInBrowser } from '../outlook/pane';
import type { SecureSendOffer, SecureSendOutcome, TaskpaneHost } from './host';
import { themeKindFor } from './theme';
import { hasMaskUndo, maskInMessage, undoMask } from './mask-message';

/** Each Office call gets this long before the pane says it could not check. */
const CALL_TIMEOUT_MS = 10000;

function forcedColors(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

async function applySecureSend(s: SecureSendPolicy): Promise<SecureSendOutcome> {
  const call = { timeoutMs: CALL_TIMEOUT_MS };
  switch (s.mechanism) {
    case 'sensitivity-label':
      // Only a label Outlook's catalog has for this user (checked again: the catalog can change).
      if (!s.sensitivityLabelId || !supportsMailbox('1.13') || !(await findSensitivityLabel(s.sensitivityLabelId, call))) return 'not-supported';
      await setSensitivityLabel(s.sensitivityLabelId, call);
      return 'applied';
    case 'subject-tag': {
      if (!s.subjectTag) return 'not-supported';
      const subject = await getSubject(call);
      if (subject.toLowerCase().indexOf(s.subjectTag.toLowerCase()) < 0) await setSubject(`${s.subjectTag} ${subject}`, call);
      return 'applied';
    }
    case 'header': {
      if (!s.headerName) return 'not-supported';
      const headers: { [name: string]: string } = {};
      headers[s.headerName] = s.headerValue || 'true';
      await setInternetHeaders(headers, call);
      // Read back: a client that silently drops custom headers must not look protected.
      const back = await getInternetHeaders([s.headerName], call);
      return back[s.headerName] !== undefined ? 'applied' : 'not-supported';
    }
    case 'secure-channel':
      if (!s.secureChannelUrl) return 'not-supported';
      return openInBrowser(s.secureChannelUrl) ? 'link-opened' : 'not-supported';
    default:
      return 'not-supported';
  }
}

async function describeSecureSend(s: SecureSendPolicy): Promise<SecureSendOffer> {
  try {
    switch (s.mechanism) {
      case 'sensitivity-label': {
        if (!s.sensitivityLabelId) return { available: false };
        const label = await findSensitivityLabel(s.sensitivityLabelId, { timeoutMs: CALL_TIMEOUT_MS });
        return label ? { available: true, label: { name: label.name, tooltip: label.tooltip } } : { available: false };
      }
      case 'subject-tag':
        return { available: !!s.subjectTag };
      case 'header':
        return { available: !!s.headerName };
      case 'secure-channel':
        return { available: !!s.secureChannelUrl };
      default:
        return { available: false };
    }
  } catch {
    return { available: false }; // The catalog did not answer: offer Outlook's own Encrypt instead.
  }
}

export function createOutlookHost(policy: Policy): TaskpaneHost {
  const call = { timeoutMs: CALL_TIMEOUT_MS };
  // Findings name attachments with any numbers in the name masked (src/scan): match either form.
  const findAttachment = async (name: string) => (await listAttachments(call)).filter((a) => (a.name === name || redactNumbers(a.name) === name) && !a.inline);
  return {
    language: displayLanguage(policy.language),
    theme: themeKindFor(officeTheme(), forcedColors()),
    openedFromAlert: async () => {
      try {
        return parseContext(await getInitializationContext(call)) !== undefined;
      } catch {
        return false; // Opened from the ribbon, or a client without the call.
      }
    },
    readMessage: async () => {
      const message = await readMessage({ limits: policy.limits, callTimeoutMs: CALL_TIMEOUT_MS });
      return { message, senderAddress: (message.from && message.from.address) || userAddress() || undefined };
    },
    loadPolicy: () => Promise.resolve(policy),
    removeAttachment: async (name) => {
      const attachment = (await findAttachment(name))[0];
      if (attachment) await removeAttachment(attachment.id, call);
    },
    readAttachment: async (name) => {
      const attachment = (await findAttachment(name)).filter((a) => a.kind === 'file')[0];
      const bytes = attachment && contentBytes(await getAttachmentContent(attachment.id, call)).bytes;
      if (!bytes) throw new Error('attachment not readable');
      return { name: attachment.name, bytes };
    },
    replaceAttachment: async (name, replacement) => {
      const old = (await findAttachment(name)).filter((a) => a.kind === 'file')[0];
      if (!old) throw new Error('attachment gone');
      await addFileAttachment(replacement.name, replacement.bytes, call);
      await removeAttachment(old.id, call);
    },
    recordEncrypted: (record) => recordEncrypted([record], call),
    maskInMessage: ({ withoutUndo }) => maskInMessage(policy, withoutUndo, call),
    undoMask: () => undoMask(call),
    hasMaskUndo: () => hasMaskUndo(call),
    moveToBcc: async (addresses) => {
      const moving = (r: Recipient) => addresses.some((a) => same(a, r.address));
      const [to, cc, bcc] = await Promise.all([getRecipients('to', call), getRecipients('cc', call), getRecipients('bcc', call)]);
      const moved = to.filter(moving).concat(cc.filter(moving)).filter((r) => !bcc.some((b) => same(b.address, r.address)));
      await setRecipients('to', to.filter((r) => !moving(r)), call);
      await setRecipients('cc', cc.filter((r) => !moving(r)), call);
      if (moved.length > 0) await addRecipients('bcc', moved, call);
    },
    secureSend: applySecureSend,
    describeSecureSend,
    recordDecision: async (decision) => {
      await recordDecision({ action: decision.action, reason: decision.reason, detectors: decision.detectors }, { policy, callTimeoutMs: CALL_TIMEOUT_MS });
    },
    onItemChanged: onRecipientsOrAttachmentsChanged,
    onReopenedFromAlert: (listener) => onInitializationContextChanged((contextData) => listener(parseContext(contextData) !== undefined)),
  };
}
