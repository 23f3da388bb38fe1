/**
 * What the task pane, CLI and docs say about the attachment findings beside their names: a summary
 * line and why it matters. Kept apart from attachments.ts, which the send handler bundles.
 */
import type { AttachmentDetectorId, DetectorDescriptions } from '../model/finding';
import { plural } from './words';

/** The attachment findings beside their names (attachments.ts). */
export const ATTACHMENT_DESCRIPTIONS: Record<AttachmentDetectorId, DetectorDescriptions> = {
  'unscannable-attachment': {
    nl: {
      summary: ({ count }) => `${count} ${plural(count, 'bijlage kon', 'bijlagen konden')} niet worden gecontroleerd`,
      why: 'Send Guard kon niet in deze bijlage kijken; controleer zelf of er persoonsgegevens in staan.',
    },
    en: {
      summary: ({ count }) => `${count} ${plural(count, 'attachment', 'attachments')} could not be checked`,
      why: 'Send Guard could not look inside this attachment; check it yourself for personal data.',
    },
  },
  'encrypted-attachment': {
    nl: {
      summary: ({ count }) => `${count} ${plural(count, 'bijlage is', 'bijlagen zijn')} met een wachtwoord beveiligd`,
      why: 'De bijlage is al beveiligd, maar Send Guard kan niet zien wat erin staat. Stuur het wachtwoord nooit in dezelfde mail.',
    },
    en: {
      summary: ({ count }) => `${count} ${plural(count, 'attachment is', 'attachments are')} password-protected`,
      why: 'The attachment is already protected, but Send Guard cannot see what it holds. Never send the password in the same mail.',
    },
  },
};
