/**
 * Masking in the message itself: a subject, an HTML or text body, or a text or Word attachment and the
 * policy in, the masked copy and what changed (in masked words only) out. Pure: no Office, no DOM.
 */
export { canMaskAttachment, maskAttachment, maskedFileName, type MaskedAttachment } from './attachment';
export { htmlText, maskHtml } from './html';
export { findMaskable, isMaskable, maskingDetectors, maskText, MASKABLE_DETECTORS, type MaskChange, type MaskedValue } from './values';
