/**
 * What a recipient check is: a small module that describes itself, the same shape as a content
 * detector (src/detection/detector.ts): its id, its texts, its evidence sentences, its examples and
 * the check itself.
 */
import type { Confidence, ContentDetectorId, DetectorNames, Finding, Language, RecipientDetectorId } from '../model/finding';
import type { RecipientPolicy } from '../policy/types';
import type { NormalisedRecipient } from './domains/address';
import type { DomainClassifier } from './domains/domains';
import type { SensitiveDomainStore } from './domains/first-time';

/**
 * Everything a check may look at, computed once per message by checkRecipients. Addresses arrive
 * normalised and deduplicated; the evidence masks them.
 */
export interface RecipientContext {
  recipients: NormalisedRecipient[];
  classifier: DomainClassifier;
  /** The policy's recipient section (internal and trusted domains, thresholds, first-time check). */
  policy: RecipientPolicy;
  /** Content findings that make the message sensitive: enabled and at or above the policy's minimum. */
  sensitive: Finding[];
  /** The message's text (subject + bodies). */
  text: string;
  /** The first-time store, only when the policy asks for the first-time check and the caller has one. */
  firstTimeStore?: SensitiveDomainStore;
  lang: Language;
}

/** The evidence sentence of a check per language, with one props type for nl and en alike. */
export type EvidenceTexts<P> = Readonly<Record<Language, (props: P) => string>>;

/**
 * One row of a check's own table test (test/recipients/examples.test.ts): a small message and
 * policy, and the finding expected, or null for none.
 */
export interface RecipientExample {
  /** What the row shows, in a few words. */
  why: string;
  to: string[];
  cc?: string[];
  bcc?: string[];
  /** The sender, whose domain is internal unless the policy names internal domains. Default EXAMPLE_SENDER. */
  from?: string;
  /** Changes to the policy's recipient section. */
  policy?: Partial<RecipientPolicy>;
  /** Content findings already made, at high confidence unless given. */
  content?: ReadonlyArray<ContentDetectorId | { detector: ContentDetectorId; confidence: Confidence }>;
  text?: string;
  /** First-time check: the domains that already received sensitive content (a store exists). */
  knownDomains?: string[];
  finding: ExpectedFinding | null;
}

export interface ExpectedFinding {
  confidence: Confidence;
  /** The addresses concerned, as the finding lists them (normalised, unmasked). */
  recipients?: string[];
  count?: number;
  resembles?: string;
  /** The English evidence, exactly. */
  evidence?: string;
}

/** The sender of the examples, at an internal domain. */
export const EXAMPLE_SENDER = 'medewerker@zorggroep-oost.nl';

/**
 * A recipient check. P is the props type of its evidence sentence; the registry holds checks of
 * any P (`never` accepts every one).
 */
export interface RecipientCheck<P = never> {
  id: RecipientDetectorId;
  /** Its name per language; the summary and why are in descriptions.ts, out of the handler's bundle. */
  texts: DetectorNames;
  evidence: EvidenceTexts<P>;
  /** The check's findings, with its own confidence and severity 'warn' as a placeholder (the scan applies the policy). */
  check(context: RecipientContext): Finding[];
}
