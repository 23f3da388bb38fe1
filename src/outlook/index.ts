/** The only door to Office.js. Everything else in Send Guard goes through these functions. */
export { associateAction, promptUserSendMode } from './actions';
export { OfficeCallError, officeCall, type CallOptions } from './office-call';
export { alertSupport, displayLanguage, supportsMailbox, type AlertSupport, type MailboxVersion } from './host';
export {
  addRecipients,
  composeItem,
  getBody,
  getBodyType,
  getFrom,
  getInitializationContext,
  getInternetHeaders,
  getRecipients,
  getSensitivityLabel,
  getSubject,
  removeAttachment,
  setBody,
  setInternetHeaders,
  setRecipients,
  setSensitivityLabel,
  setSubject,
  userAddress,
  type RecipientField,
} from './item';
export { addFileAttachment, contentBytes, getAttachmentContent, listAttachments, MAX_ADDED_ATTACHMENT_BASE64, readAttachments, type AttachmentInfo } from './attachments';
export { hasSessionData, readSessionValue, readSessionValues, removeSessionValue, writeSessionValue } from './session-store';
export { readMessage, type ReadMessageOptions } from './read-message';
export { findSensitivityLabel, type SensitivityLabelInfo } from './labels';
export { notificationDetails, removeNotification, showNotification, MAX_NOTIFICATION, type NotificationBar } from './notifications';
