/**
 * The scan: a whole message + policy -> report. Pure: the same code runs in the Outlook handler,
 * the task pane, the preview and the CLI.
 */
import { detectFileName, detectText, type DetectOptions } from '../detection';
import { NUMBER_DETECTORS, redactNumbers } from '../detection/redact';
import {
  CONFIDENCE_RANK,
  CONTENT_DETECTORS,
  DETECTOR_IDS,
  SEVERITY_RANK,
  type ContentDetectorId,
  type DetectorId,
  type Finding,
  type Language,
  type Location,
  type Match,
} from '../model/finding';
import type { ExtractBudget } from '../extract/types';
import type { Policy } from '../policy/types';
import { checkRecipients } from '../recipients';
import { splitForDetection } from './chunks';
import { bodyText, walkMessage } from './parts';
import { reasonText } from './texts';
import type { MessageInput } from '../model/message';
import type { Report, Verdict } from '../model/finding';
import type { ScanOptions } from './options';

/**
 * Unscannable for a reason that says little about what is inside (a format we don't read, a cloud
 * link): low confidence, so the default policy does not stop the send for it. A scan without text,
 * a broken file, or one cut short by a limit is high: personal data may well be in it.
 */
const NOT_CONTENT_REASONS = ['unknown-format', 'cloud'];

/** Names and inner paths are shown in alerts, the task pane and the CLI: numbers in them are masked like evidence. */
function redactLocation(location: Location): Location {
  const out: Location = { ...location };
  if (out.attachment !== undefined) out.attachment = redactNumbers(out.attachment);
  if (out.path !== undefined) out.path = redactNumbers(out.path);
  return out;
}

const PART_ORDER: Record<Location['part'], number> = { subject: 0, body: 1, attachment: 2, recipients: 3 };

function locationKey(location: Location): string {
  return location.part + '\u0000' + (location.attachment || '') + '\u0000' + (location.path || '');
}

/** The options for detectText that a policy asks for: its enabled content detectors and their extra words. */
export function detectOptions(policy: Policy): DetectOptions {
  const detectors: ContentDetectorId[] = [];
  const extra: NonNullable<DetectOptions['extra']> = {};
  for (const id of CONTENT_DETECTORS) {
    const rule = policy.detectors[id];
    if (!rule || !rule.enabled) continue;
    detectors.push(id);
    if (rule.keywords.length > 0 || rule.contextWords.length > 0) {
      extra[id] = { keywords: rule.keywords.slice(), contextWords: rule.contextWords.slice() };
    }
  }
  return { detectors, extra };
}

/** Does the policy report this detector at this confidence? */
function reported(policy: Policy, detector: DetectorId, confidence: Finding['confidence']): boolean {
  const rule = policy.detectors[detector];
  return !!rule && rule.enabled && CONFIDENCE_RANK[confidence] >= CONFIDENCE_RANK[rule.minConfidence];
}

/**
 * Collects matches into findings: one per (detector, location) with the number of matches, the best
 * confidence, and the masked evidence of the (first) best match.
 */
class FindingCollector {
  readonly findings: Finding[] = [];
  private byKey: { [key: string]: Finding } = {};

  constructor(private policy: Policy) {}

  addMatches(location: Location, matches: Match[]): void {
    for (const match of matches) {
      if (!reported(this.policy, match.detector, match.confidence)) continue;
      const key = match.detector + '\u0000' + locationKey(location);
      const existing = this.byKey[key];
      if (!existing) {
        const finding: Finding = {
          detector: match.detector,
          confidence: match.confidence,
          severity: this.policy.detectors[match.detector].action,
          location: redactLocation(location),
          evidence: match.evidence,
          count: 1,
        };
        this.byKey[key] = finding;
        this.findings.push(finding);
        continue;
      }
      existing.count++;
      if (CONFIDENCE_RANK[match.confidence] > CONFIDENCE_RANK[existing.confidence]) {
        existing.confidence = match.confidence;
        existing.evidence = match.evidence;
      }
    }
  }

  addProblem(location: Location, detector: 'unscannable-attachment' | 'encrypted-attachment', reason: string, lang: Language): void {
    const confidence = NOT_CONTENT_REASONS.indexOf(reason) >= 0 ? 'low' : 'high';
    if (!reported(this.policy, detector, confidence)) return;
    const key = detector + '\u0000' + locationKey(location);
    const existing = this.byKey[key];
    if (existing) {
      existing.count++;
      return;
    }
    const finding: Finding = {
      detector,
      confidence,
      severity: this.policy.detectors[detector].action,
      location: redactLocation(location),
      evidence: reasonText(reason, lang),
      count: 1,
      reason,
    };
    this.byKey[key] = finding;
    this.findings.push(finding);
  }
}

/** Most severe first; then by confidence, where in the message, and detector; ties keep the order of discovery. */
export function sortFindings(findings: Finding[]): Finding[] {
  const order: { [id: string]: number } = {};
  DETECTOR_IDS.forEach((id, i) => (order[id] = i));
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => {
      const x = a.finding;
      const y = b.finding;
      return (
        SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] ||
        CONFIDENCE_RANK[y.confidence] - CONFIDENCE_RANK[x.confidence] ||
        PART_ORDER[x.location.part] - PART_ORDER[y.location.part] ||
        order[x.detector] - order[y.detector] ||
        a.index - b.index
      );
    })
    .map((entry) => entry.finding);
}

/** The verdict is the worst severity among the findings; `info` findings let the message go. */
/** A finding stops the send (warn, block) unless it is only a note (info, shown in the task pane). */
export function stopsSend(f: Finding): boolean {
  return SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warn;
}

export function verdictOf(findings: Finding[]): Verdict {
  let worst = 0;
  for (const f of findings) worst = Math.max(worst, SEVERITY_RANK[f.severity]);
  return worst === SEVERITY_RANK.block ? 'block' : worst === SEVERITY_RANK.warn ? 'warn' : 'allow';
}

/**
 * Scans a message under a policy: subject, body, attachment names and contents, then recipients.
 * Attachments not reached within the time budget are reported as unscannable (reason time-out).
 */
export function scanMessage(message: MessageInput, options: ScanOptions): Report {
  const policy = options.policy;
  const now = options.now || Date.now;
  const lang: Language = options.lang || policy.language || 'nl';
  const started = now();
  const budget: ExtractBudget = { limits: policy.limits, deadline: started + policy.limits.timeBudgetMs, now };
  const detect = detectOptions(policy);
  const collector = new FindingCollector(policy);
  const body = bodyText(message);

  let outOfTime = false;
  const walk = walkMessage(message, budget, {
    text: (location, text) => {
      // Long texts in pieces, with a look at the clock between them; what is left is reported, not skipped silently.
      const pieces = splitForDetection(text);
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0 && now() >= budget.deadline) {
          outOfTime = true;
          collector.addProblem(location, 'unscannable-attachment', 'time-out', lang);
          return;
        }
        collector.addMatches(location, detectText(pieces[i], detect));
      }
    },
    attachmentName: (location, name) => {
      const wanted = detect.detectors || [];
      // Cue words ("loonstrook", "paspoort") and numbers in the name itself ("BSN 123456782.pdf").
      const numbers = detectText(name, { ...detect, detectors: NUMBER_DETECTORS.filter((id) => wanted.indexOf(id) >= 0) });
      collector.addMatches(location, detectFileName(name).filter((m) => wanted.indexOf(m.detector) >= 0).concat(numbers));
    },
    problem: (location, detector, reason) => collector.addProblem(location, detector, reason, lang),
  }, body);

  const contentFindings = collector.findings.slice();
  for (const prior of options.priorFindings || []) {
    if (reported(policy, prior.detector, prior.confidence)) contentFindings.push({ ...prior, severity: policy.detectors[prior.detector].action });
  }
  const recipientFindings = checkRecipients({
    message,
    policy,
    contentFindings,
    senderAddress: options.senderAddress || (message.from ? message.from.address : undefined),
    text: message.subject + '\n' + body,
    sensitiveDomainStore: options.sensitiveDomainStore,
    lang,
  });
  const findings = contentFindings.slice();
  for (const finding of recipientFindings) {
    if (!reported(policy, finding.detector, finding.confidence)) continue;
    findings.push({ ...finding, severity: policy.detectors[finding.detector].action });
  }

  const sorted = sortFindings(findings);
  return { verdict: verdictOf(sorted), findings: sorted, elapsedMs: now() - started, timedOut: walk.timedOut || outOfTime };
}
