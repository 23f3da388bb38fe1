/** Recipient checks. PLACEHOLDER until the recipients work lands. */
import type { Finding } from '../detection/types';
import type { Policy } from '../policy/types';
import type { MessageInput } from '../scan/types';

export interface RecipientCheckInput {
  message: MessageInput;
  policy: Policy;
  /** Content and attachment findings already made (external-recipients only matters with sensitive content). */
  contentFindings: Finding[];
  /** The user's own address (Outlook) or the message's From (CLI). */
  senderAddress?: string;
  /** The message's text (subject + bodies), for missing-unsubscribe. */
  text: string;
}

export function checkRecipients(input: RecipientCheckInput): Finding[] {
  void input;
  return [];
}
