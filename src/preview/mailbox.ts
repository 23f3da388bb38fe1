/**
 * What the preview page needs from the simulated mailbox, in its own words. The implementation
 * (sim-mailbox.ts) sits on office-sim, the simulated Office.js that the real handler and the real
 * task pane talk to.
 */
import type { Language } from '../model/finding';
import type { ThemeKind } from '../taskpane/theme';

export interface ComposeAttachment {
  /** The simulated Office attachment id (what removeAttachmentAsync takes). */
  id: string;
  name: string;
  size: number;
}

/** A bar the add-in set above the compose form (item.notificationMessages). */
export interface ComposeNotification {
  key: string;
  type: string;
  message: string;
  /** Insight messages: the button's text and what the task pane receives when it opens from it. */
  actionText?: string;
  contextData?: string;
}

export interface ComposeState {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  attachments: ComposeAttachment[];
  /** The notification bars, oldest first. */
  notifications?: ComposeNotification[];
}

export type SendMode = 'promptUser' | 'softBlock' | 'block';

/** What the handler passed to event.completed, as Outlook would show it. */
export type SendOutcome =
  | { allowed: true }
  | { allowed: false; errorMessage: string; cancelLabel?: string; commandId?: string; contextData?: string; sendMode: SendMode };

export interface SentMessage {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  attachments: string[];
  headers: { [name: string]: string };
}

export interface PreviewMailbox {
  state(): ComposeState;
  /** Replaces the fields given (what the user typed in the compose form). */
  edit(change: Partial<Omit<ComposeState, 'attachments'>>): void;
  addAttachment(name: string, bytes: Uint8Array, contentType: string): void;
  removeAttachment(id: string): void;
  /** Starts a new, empty message (fresh session data and headers). */
  reset(): void;
  /** Presses Send: runs the registered OnMessageSend handler and reports how it completed. */
  send(): Promise<SendOutcome>;
  /** The user chose Send Anyway in a PromptUser alert, or the handler allowed the send. */
  deliver(): SentMessage;
  /** Opens the task pane as Outlook would: with the alert's contextData, or from the ribbon (undefined). */
  setInitializationContext(contextData: string | undefined): void;
  /**
   * The alert's take-action button: Outlook hands over the contextData, and a pane that is already
   * open gets InitializationContextChanged instead of being reloaded.
   */
  takeActionFromAlert(contextData: string, paneOpen: boolean): void;
  setLanguage(lang: Language): void;
  setTheme(theme: ThemeKind): void;
  /** The user closes a notification bar. */
  dismissNotification?(key: string): void;
  /** Called when the item changes (the task pane moved recipients, removed an attachment, ...). */
  subscribe(listener: () => void): () => void;
}
