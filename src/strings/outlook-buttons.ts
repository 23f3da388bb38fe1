/**
 * Outlook's own Smart Alert buttons, as Outlook shows them in the user's language. Send Guard never
 * sets these (Outlook does); the preview shows them so the alert reads as it will in Outlook, and
 * our alert text names the Send Anyway button by the same words.
 */
import type { Language } from '../model/finding';

export interface OutlookAlertButtons {
  /** Shown with the prompt user send mode. */
  sendAnyway: string;
  /** Cancels the send; older clients rename it with the add-in's cancelLabel instead. */
  dontSend: string;
}

export const OUTLOOK_ALERT_BUTTONS: Record<Language, OutlookAlertButtons> = {
  nl: { sendAnyway: 'Toch verzenden', dontSend: 'Niet verzenden' },
  en: { sendAnyway: 'Send Anyway', dontSend: "Don't Send" },
};
