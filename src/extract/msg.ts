/** Outlook .msg (compound file, MS-OXMSG) -> MessageInput. PLACEHOLDER until the legacy-formats work lands. */
import type { MessageInput } from '../scan/types';

export function parseMsg(bytes: Uint8Array): MessageInput {
  void bytes;
  throw new Error('.msg files are not supported yet');
}
