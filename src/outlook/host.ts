/** What the running Outlook supports and speaks. Feature detection only: never assume a version. */
import type { Language } from '../model/finding';

export type MailboxVersion = '1.8' | '1.10' | '1.11' | '1.12' | '1.13' | '1.14' | '1.15';

/** The Office global when it is there (not in the CLI, not before office.js loaded). */
export function office(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

/** True when the client supports Mailbox `version` (isSetSupported; false when it cannot tell). */
export function supportsMailbox(version: MailboxVersion): boolean {
  try {
    const o = office();
    const requirements = o && o.context && o.context.requirements;
    return !!requirements && requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}

/** Which Smart Alerts options this client takes (DESIGN.md "The flow", step 4). */
export interface AlertSupport {
  /** cancelLabel, commandId, contextData, sendModeOverride: Mailbox 1.14. */
  taskPaneButton: boolean;
  /** errorMessageMarkdown: Mailbox 1.15. */
  markdown: boolean;
}

export function alertSupport(): AlertSupport {
  return { taskPaneButton: supportsMailbox('1.14'), markdown: supportsMailbox('1.15') };
}

/** nl for any Dutch display language (nl-NL, nl-BE), en for English, otherwise `fallback`. */
export function displayLanguage(fallback: Language): Language {
  let tag = '';
  try {
    const o = office();
    tag = (o && o.context && o.context.displayLanguage) || '';
  } catch {
    tag = '';
  }
  const lower = tag.toLowerCase();
  if (lower === 'nl' || lower.indexOf('nl-') === 0) return 'nl';
  if (lower === 'en' || lower.indexOf('en-') === 0) return 'en';
  return fallback;
}
