/**
 * What the task pane needs from Outlook, as plain promises. The Office-backed implementation
 * (outlook-host.ts) goes through src/outlook/; tests and components use plain objects.
 */
import type { DetectorId, Language } from '../model/finding';
import type { Policy, SecureSendPolicy } from '../policy/types';
import type { MessageInput } from '../model/message';
import type { ThemeKind } from './theme';
import type { MaskChange } from '../masking';

/** The decision memory's words for what the user did (src/session/decision.ts). */
export type DecisionAction = 'secure-send' | 'attachment-removed' | 'attachment-encrypted' | 'recipients-moved' | 'send-anyway' | 'values-masked';

export interface Decision {
  action: DecisionAction;
  /** Send anyway: the user's reason, for the audit header. */
  reason?: string;
  /** The detectors whose findings the decision deals with. */
  detectors: DetectorId[];
}

/** "Mask in the message": what changed (masked words only) and whether the original was kept for undo. */
export interface MaskOutcome {
  changes: MaskChange[];
  undoKept: boolean;
}

/** Undo of the masking: put back, refused because the message changed since, or nothing kept. */
export type UndoMaskOutcome = 'restored' | 'changed-since' | 'nothing-kept';

/** Thrown by maskInMessage when the original cannot be kept and the user did not agree to mask without undo. */
export class NoUndoError extends Error {
  constructor() {
    super('the original cannot be kept for undo');
  }
}

export type SecureSendOutcome = 'applied' | 'link-opened' | 'not-supported';

/** Whether the policy's way to send securely works here, checked before it is offered. */
export interface SecureSendOffer {
  available: boolean;
  /** sensitivity-label: the label as Outlook's catalog names and describes it. */
  label?: { name: string; tooltip: string };
}

export interface TaskpaneHost {
  language: Language;
  theme: ThemeKind;
  /** True when Outlook opened the pane from the Smart Alert's button (it handed us contextData). */
  openedFromAlert(): Promise<boolean>;
  /** The item as it is now, in the scan engine's shape, and the user's own address. */
  readMessage(): Promise<{ message: MessageInput; senderAddress?: string }>;
  loadPolicy(): Promise<Policy>;
  removeAttachment(name: string): Promise<void>;
  /** Move these addresses from To/Cc to Bcc. */
  moveToBcc(addresses: string[]): Promise<void>;
  secureSend(secureSend: SecureSendPolicy): Promise<SecureSendOutcome>;
  /** Checks the policy's mechanism here (the label catalog, the settings); absent: offered when configured. */
  describeSecureSend?(secureSend: SecureSendPolicy): Promise<SecureSendOffer>;
  /** Remember the decision for the item's current content so the next Send passes. */
  recordDecision(decision: Decision): Promise<void>;
  /** A (non-inline) file attachment by the name a finding gives (numbers maybe masked): its real name and bytes. */
  readAttachment?(name: string): Promise<{ name: string; bytes: Uint8Array }>;
  /** Adds `replacement` and then removes the attachment `name` (so a failure keeps the original). */
  replaceAttachment?(name: string, replacement: { name: string; bytes: Uint8Array }): Promise<void>;
  /** Remembers, for the audit header, that an attachment was encrypted (name and method, never the password). */
  recordEncrypted?(record: { name: string; method: string }): Promise<void>;
  /**
   * Masks the values the policy lets the user mask in the subject and body, keeping the original in
   * the item's session data until the send; rejects with NoUndoError when it cannot be kept, unless `withoutUndo`.
   */
  maskInMessage?(options: { withoutUndo: boolean }): Promise<MaskOutcome>;
  /** Puts the original subject and body back, unless the message changed since the masking. */
  undoMask?(): Promise<UndoMaskOutcome>;
  /** Whether an original is kept (the pane was reopened after masking). */
  hasMaskUndo?(): Promise<boolean>;
  /** Call the listener when recipients or attachments change (where Outlook says so). Returns an unsubscribe. */
  onItemChanged(listener: () => void): () => void;
  /**
   * Call the listener when Outlook hands the open pane a new Smart Alert (a later send), with
   * whether it came from our alert. Returns an unsubscribe. Absent: Outlook reopens the pane.
   */
  onReopenedFromAlert?(listener: (fromAlert: boolean) => void): () => void;
}
