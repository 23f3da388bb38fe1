/**
 * The policy studio's words (policy-studio.html, for admins), Dutch and English. One props type per
 * message, shared by both languages. What detectors are called and the verdict words come from the
 * shared tables, so the studio names things as the alert, the task pane and the CLI do.
 */
import type { Language } from '../model/finding';

type None = Record<string, never>;

export interface StudioProps {
  title: None;
  intro: None;
  /** The promise the page keeps: nothing leaves the browser. */
  nothingUploaded: None;
  languageLabel: None;
  policyHeading: None;
  loading: None;
  fromDeployed: { url: string };
  noDeployed: { url: string };
  fromFile: { name: string };
  fromDefault: None;
  openPolicyFile: None;
  openDeployed: None;
  startFromDefault: None;
  download: None;
  formTab: None;
  jsonTab: None;
  jsonLabel: None;
  formNeedsJson: None;
  general: None;
  listHint: None;
  /** Shown for a value the schema does not allow, so the select can still show what the file says. */
  invalidValue: { value: string };
  errorsHeading: { count: number };
  noErrors: None;
  atLine: { line: number };
  differencesHeading: None;
  noDifferences: None;
  tryHeading: None;
  tryIntro: None;
  dropHere: None;
  chooseFiles: None;
  chooseFolder: None;
  usingLastValid: None;
  progress: { done: number; total: number };
  skipped: { count: number };
  messageColumn: None;
  verdictColumn: None;
  findingsColumn: None;
  show: { file: string };
  verdict: None;
  nothingFound: None;
  findingsHeading: None;
  whatColumn: None;
  confidenceColumn: None;
  actionColumn: None;
  whereColumn: None;
  evidenceColumn: None;
  countColumn: None;
  alertHeading: { lang: Language };
  noAlert: None;
  timedOut: None;
}

export type StudioMessages = { [K in keyof StudioProps]: (props: StudioProps[K]) => string };

// Dutch addresses the admin with "je", as the rest of Send Guard does.
const nl: StudioMessages = {
  title: () => 'Send Guard beleidsstudio',
  intro: () => 'Bewerk het beleid (policy.json), zie wat er anders is dan de standaard, en probeer het uit op je eigen berichten voordat je het uitrolt.',
  nothingUploaded: () => 'Alles gebeurt in deze pagina: berichten en bestanden die je hier opent of neerzet, worden niet geüpload.',
  languageLabel: () => 'Taal',
  policyHeading: () => 'Beleid',
  loading: () => 'Het beleid wordt geladen…',
  fromDeployed: ({ url }) => `Het uitgerolde beleid van ${url} is geopend.`,
  noDeployed: ({ url }) => `Er is geen policy.json op ${url}: je begint met het ingebouwde standaardbeleid.`,
  fromFile: ({ name }) => `${name} is geopend.`,
  fromDefault: () => 'Je begint met het ingebouwde standaardbeleid.',
  openPolicyFile: () => 'Beleidsbestand openen',
  openDeployed: () => 'Uitgerold beleid openen',
  startFromDefault: () => 'Standaardbeleid',
  download: () => 'policy.json downloaden',
  formTab: () => 'Formulier',
  jsonTab: () => 'JSON',
  jsonLabel: () => 'policy.json',
  formNeedsJson: () => 'De JSON is niet geldig. Verbeter hem in de JSON-weergave om het formulier te gebruiken.',
  general: () => 'Algemeen',
  listHint: () => 'Eén per regel.',
  invalidValue: ({ value }) => `${value} (niet toegestaan)`,
  errorsHeading: ({ count }) => (count === 1 ? '1 fout' : `${count} fouten`),
  noErrors: () => 'Het beleid is geldig.',
  atLine: ({ line }) => `regel ${line}`,
  differencesHeading: () => 'Anders dan de standaard',
  noDifferences: () => 'Niets: dit is het standaardbeleid.',
  tryHeading: () => 'Probeer het uit',
  tryIntro: () => 'Zet .eml- of .msg-berichten, losse bijlagen of een map neer, en zie wat Send Guard onder dit beleid zou doen, met de melding zoals Outlook die toont.',
  dropHere: () => 'Zet hier berichten, bestanden of een map neer',
  chooseFiles: () => 'Bestanden kiezen',
  chooseFolder: () => 'Map kiezen',
  usingLastValid: () => 'Het beleid heeft fouten: de uitkomsten gebruiken de laatste geldige versie.',
  progress: ({ done, total }) => `${done} van ${total} gecontroleerd`,
  skipped: ({ count }) => `${count} bestanden niet gecontroleerd (te veel in één keer).`,
  messageColumn: () => 'Bericht',
  verdictColumn: () => 'Oordeel',
  findingsColumn: () => 'Bevindingen',
  show: ({ file }) => `Details van ${file}`,
  verdict: () => 'Oordeel',
  nothingFound: () => 'Niets gevonden.',
  findingsHeading: () => 'Bevindingen',
  whatColumn: () => 'Wat',
  confidenceColumn: () => 'Zekerheid',
  actionColumn: () => 'Actie',
  whereColumn: () => 'Waar',
  evidenceColumn: () => 'Bewijs (gemaskeerd)',
  countColumn: () => 'Aantal',
  alertHeading: ({ lang }) => (lang === 'nl' ? 'Melding in Outlook (Nederlands)' : 'Melding in Outlook (Engels)'),
  noAlert: () => 'Geen melding: Outlook verstuurt het bericht.',
  timedOut: () => 'Let op: de tijd was op; niet alles is gecontroleerd.',
};

const en: StudioMessages = {
  title: () => 'Send Guard policy studio',
  intro: () => 'Edit the policy (policy.json), see what differs from the default, and try it on your own messages before you deploy it.',
  nothingUploaded: () => 'Everything runs in this page: messages and files you open or drop here are not uploaded.',
  languageLabel: () => 'Language',
  policyHeading: () => 'Policy',
  loading: () => 'Loading the policy…',
  fromDeployed: ({ url }) => `Opened the deployed policy from ${url}.`,
  noDeployed: ({ url }) => `There is no policy.json at ${url}: you start from the built-in default.`,
  fromFile: ({ name }) => `Opened ${name}.`,
  fromDefault: () => 'You start from the built-in default.',
  openPolicyFile: () => 'Open a policy file',
  openDeployed: () => 'Open the deployed policy',
  startFromDefault: () => 'Default policy',
  download: () => 'Download policy.json',
  formTab: () => 'Form',
  jsonTab: () => 'JSON',
  jsonLabel: () => 'policy.json',
  formNeedsJson: () => 'The JSON is not valid. Fix it in the JSON view to use the form.',
  general: () => 'General',
  listHint: () => 'One per line.',
  invalidValue: ({ value }) => `${value} (not allowed)`,
  errorsHeading: ({ count }) => (count === 1 ? '1 error' : `${count} errors`),
  noErrors: () => 'The policy is valid.',
  atLine: ({ line }) => `line ${line}`,
  differencesHeading: () => 'Different from the default',
  noDifferences: () => 'Nothing: this is the default policy.',
  tryHeading: () => 'Try it',
  tryIntro: () => 'Drop .eml or .msg messages, single attachments or a folder, and see what Send Guard would do under this policy, with the alert as Outlook shows it.',
  dropHere: () => 'Drop messages, files or a folder here',
  chooseFiles: () => 'Choose files',
  chooseFolder: () => 'Choose a folder',
  usingLastValid: () => 'The policy has errors: the results use the last valid version.',
  progress: ({ done, total }) => `${done} of ${total} checked`,
  skipped: ({ count }) => `${count} files not checked (too many at once).`,
  messageColumn: () => 'Message',
  verdictColumn: () => 'Verdict',
  findingsColumn: () => 'Findings',
  show: ({ file }) => `Details of ${file}`,
  verdict: () => 'Verdict',
  nothingFound: () => 'Nothing found.',
  findingsHeading: () => 'Findings',
  whatColumn: () => 'What',
  confidenceColumn: () => 'Confidence',
  actionColumn: () => 'Action',
  whereColumn: () => 'Where',
  evidenceColumn: () => 'Evidence (masked)',
  countColumn: () => 'Count',
  alertHeading: ({ lang }) => (lang === 'nl' ? 'Alert in Outlook (Dutch)' : 'Alert in Outlook (English)'),
  noAlert: () => 'No alert: Outlook sends the message.',
  timedOut: () => 'Note: time ran out; not everything was checked.',
};

export const STUDIO_MESSAGES: Record<Language, StudioMessages> = { nl, en };
