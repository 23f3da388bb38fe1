/** What "Mask in the message" offers for the findings left, under the policy: pure, tested without React. */
import { canMaskAttachment, isMaskable, maskingDetectors } from '../masking';
import type { Finding, Language } from '../model/finding';
import type { Policy } from '../policy/types';
import { detectorTexts } from '../scan/texts';

const inText = (f: Finding) => f.location.part === 'subject' || f.location.part === 'body';
export const kindNames = (ids: string[], lang: Language) => ids.map((id) => detectorTexts(id as Finding['detector'])[lang].name).join(', ');
const unique = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) === i);

export function maskOffer(left: Finding[], policy: Policy) {
  const offered = maskingDetectors(policy) as string[];
  const content = left.filter((f) => inText(f) || f.location.part === 'attachment');
  const inMessage = left.filter((f) => inText(f) && offered.indexOf(f.detector) >= 0);
  const attachments = unique(
    left.filter((f) => f.location.part === 'attachment' && !f.location.path && f.location.attachment && offered.indexOf(f.detector) >= 0 && canMaskAttachment(f.location.attachment)).map((f) => f.location.attachment as string),
  );
  return {
    /** How many values the subject and body hold (the button says it). */
    count: inMessage.reduce((n, f) => n + f.count, 0),
    attachments,
    /** Content findings that are not values (health, a list of people): other actions. */
    cannotMask: unique(content.filter((f) => !isMaskable(f.detector) && f.detector !== 'encrypted-attachment' && f.detector !== 'unscannable-attachment').map((f) => f.detector)),
    /** Values the policy keeps (offerMask off). */
    keptByPolicy: unique(content.filter((f) => isMaskable(f.detector) && offered.indexOf(f.detector) < 0).map((f) => f.detector)),
  };
}

