import type { Finding, Language } from '../model/finding';
import type { Policy } from '../policy/types';
import type { SensitiveDomainStore } from '../recipients';

/** How one scan runs: the policy, who sends, the clock and the first-time store. */
export interface ScanOptions {
  policy: Policy;
  /** The user's own address (Outlook) or the message's From (CLI): gives the internal domain by default. */
  senderAddress?: string;
  /** Clock in milliseconds; Date.now by default. Tests pass a fake one. */
  now?: () => number;
  lang?: Language;
  /**
   * The first-time check's store of external domains that already received sensitive content
   * (policy.recipients.firstTimeDomainCheck; Outlook keeps it in roaming settings). Absent: the check is skipped.
   */
  sensitiveDomainStore?: SensitiveDomainStore | string;
  /**
   * Findings of attachments scanned earlier (the compose-time pre-scan), left out of `message` so
   * they are not read twice. They count as content findings, so the recipient checks see them.
   */
  priorFindings?: Finding[];
}
