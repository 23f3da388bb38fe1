/**
 * The preview's mailbox on office-sim: installs the simulated Office as the page's global `Office`
 * (so the real handler and the real task pane talk to it), and adds what the preview needs on top:
 * theme colours, item-change events, and a "new message" that keeps the registered handler.
 */
import type { Language } from '../model/finding';
import { THEME_COLORS, type ThemeKind } from '../taskpane/theme';
import type { ComposeState, PreviewMailbox, SendMode, SendOutcome, SentMessage } from './mailbox';
import { installOfficeSim, OfficeSim, SIM_EVENT_TYPES } from './office-sim';
import { PREVIEW_LABELS } from './policies';
import { PREVIEW_USER } from './samples';

/** The manifest's send mode when the handler does not override it (SoftBlock by default). */
const MANIFEST_SEND_MODE: SendMode = 'softBlock';
/** Outlook gives up on a handler after about five minutes; the preview is less patient. */
const SEND_TIMEOUT_MS = 30000;
const HANDLER_NAME = 'onMessageSendHandler';

type Listener = () => void;

interface OfficeShape {
  context: {
    displayLanguage: string;
    officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
    ui?: { openBrowserWindow: (url: string) => void };
    mailbox: { item: { [key: string]: unknown } };
  };
}

const addresses = (list: { emailAddress: string }[]) => list.map((r) => r.emailAddress);

/** The handlers the manifest names for the compose events (LaunchEvent FunctionName). */
const LAUNCH_EVENTS = { recipients: 'onMessageRecipientsChangedHandler', attachments: 'onMessageAttachmentsChangedHandler' };

type ListedAttachment = { id: string; name: string; size: number; kind: string };

interface Signature {
  recipients: string;
  fields: { to: string; cc: string; bcc: string };
  attachments: string;
  list: ListedAttachment[];
  all: string;
}

export class SimMailbox implements PreviewMailbox {
  sim: OfficeSim;
  private listeners: Listener[] = [];
  private language: Language = 'nl';
  private theme: ThemeKind = 'light';
  private lastSeen: Signature;
  /** Links the task pane opened (secure channel), newest last: the preview shows them. */
  readonly openedLinks: string[] = [];

  constructor(private readonly target: { [key: string]: unknown }) {
    this.sim = this.create();
    this.lastSeen = this.signature();
    // The task pane changes the item through Office calls; look for changes as Outlook would notice them.
    setInterval(() => this.noticeChanges(), 150);
  }

  private create(): OfficeSim {
    const sim = new OfficeSim({
      user: { emailAddress: PREVIEW_USER.address, displayName: PREVIEW_USER.name },
      displayLanguage: this.displayLanguage(),
      mailbox: '1.15',
      sensitivityLabels: PREVIEW_LABELS,
    });
    installOfficeSim(sim, this.target);
    const office = sim.office as unknown as OfficeShape;
    office.context.ui = { openBrowserWindow: (url: string) => void this.openedLinks.push(url) };
    this.applyTheme(sim);
    return sim;
  }

  private displayLanguage(): string {
    return this.language === 'nl' ? 'nl-NL' : 'en-US';
  }

  private applyTheme(sim: OfficeSim): void {
    const colors = THEME_COLORS[this.theme];
    (sim.office as unknown as OfficeShape).context.officeTheme = {
      bodyBackgroundColor: colors.bodyBackgroundColor || '',
      bodyForegroundColor: colors.bodyForegroundColor || '',
      controlBackgroundColor: colors.bodyBackgroundColor || '',
      controlForegroundColor: colors.bodyForegroundColor || '',
    };
  }

  private signature(): Signature {
    const s = this.sim.state();
    const fields = { to: JSON.stringify(addresses(s.to)), cc: JSON.stringify(addresses(s.cc)), bcc: JSON.stringify(addresses(s.bcc)) };
    const recipients = JSON.stringify([fields.to, fields.cc, fields.bcc]);
    const attachments = JSON.stringify(s.attachments.map((a) => a.id));
    const all = JSON.stringify([recipients, attachments, s.subject, s.bodyText, s.headers, s.sensitivityLabel, this.sim.notifications()]);
    return { recipients, fields, attachments, list: s.attachments, all };
  }

  /**
   * Outlook's compose events for the registered launch-event handlers, with the event objects'
   * documented shape: which recipient fields changed; each attachment added or removed.
   */
  private fireLaunchEvents(before: Signature, now: Signature): void {
    const ignore = () => undefined;
    if (now.recipients !== before.recipients && this.sim.actions[LAUNCH_EVENTS.recipients]) {
      const fields = (['to', 'cc', 'bcc'] as const).filter((f) => now.fields[f] !== before.fields[f]);
      this.sim.fireRecipientsChanged(fields.slice(), LAUNCH_EVENTS.recipients).catch(ignore);
    }
    if (now.attachments !== before.attachments && this.sim.actions[LAUNCH_EVENTS.attachments]) {
      const ids = (list: ListedAttachment[]) => list.map((a) => a.id);
      for (const a of before.list) if (ids(now.list).indexOf(a.id) < 0) this.sim.fireAttachmentsChanged('removed', a, LAUNCH_EVENTS.attachments).catch(ignore);
      for (const a of now.list) if (ids(before.list).indexOf(a.id) < 0) this.sim.fireAttachmentsChanged('added', a, LAUNCH_EVENTS.attachments).catch(ignore);
    }
  }

  /** Fires RecipientsChanged / AttachmentsChanged and tells the page when the item changed. */
  private noticeChanges(): void {
    const now = this.signature();
    const before = this.lastSeen;
    this.lastSeen = now;
    if (now.recipients !== before.recipients) this.sim.fireItemEvent(SIM_EVENT_TYPES.RecipientsChanged);
    if (now.attachments !== before.attachments) this.sim.fireItemEvent(SIM_EVENT_TYPES.AttachmentsChanged);
    this.fireLaunchEvents(before, now);
    if (now.all !== before.all) for (const l of this.listeners.slice()) l();
  }

  state(): ComposeState {
    const s = this.sim.state();
    return {
      to: addresses(s.to),
      cc: addresses(s.cc),
      bcc: addresses(s.bcc),
      subject: s.subject,
      body: s.bodyText,
      attachments: s.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size })),
      notifications: this.sim.notifications().map((n) => {
        const action = (n.actions || [])[0];
        const contextData = action && (typeof action.contextData === 'string' ? action.contextData : JSON.stringify(action.contextData));
        return { key: n.key, type: n.type, message: n.message, actionText: action && action.actionText, contextData };
      }),
    };
  }

  dismissNotification(key: string): void {
    this.sim.dismissNotification(key);
    this.noticeChanges();
  }

  edit(change: Partial<Omit<ComposeState, 'attachments'>>): void {
    this.sim.edit({ to: change.to, cc: change.cc, bcc: change.bcc, subject: change.subject, bodyText: change.body });
    this.noticeChanges();
  }

  addAttachment(name: string, bytes: Uint8Array): void {
    this.sim.addAttachment({ name, bytes });
    this.noticeChanges();
  }

  removeAttachment(id: string): void {
    const attachment = this.sim.state().attachments.filter((a) => a.id === id)[0];
    if (attachment) this.sim.removeAttachmentByName(attachment.name);
    this.noticeChanges();
  }

  reset(): void {
    const handlers = this.sim.actions;
    this.sim = this.create();
    // The handler registered once, at load, as in Outlook; the new message keeps it.
    for (const name of Object.keys(handlers)) this.sim.actions[name] = handlers[name];
    // A new message: the page redraws, but nothing was added to or removed from this item.
    const before = this.lastSeen;
    this.lastSeen = this.signature();
    if (this.lastSeen.all !== before.all) for (const l of this.listeners.slice()) l();
  }

  async send(): Promise<SendOutcome> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), SEND_TIMEOUT_MS);
    });
    const result = await Promise.race([this.sim.fireSend(HANDLER_NAME), timeout]);
    if (timer !== undefined) clearTimeout(timer);
    if (!result) return { allowed: false, errorMessage: 'Send Guard did not answer in time (the preview waited 30 seconds).', sendMode: MANIFEST_SEND_MODE };
    const options = result.options || {};
    if (options.allowEvent !== false) return { allowed: true };
    const text = (key: string) => (typeof options[key] === 'string' ? (options[key] as string) : undefined);
    const contextData = options.contextData === undefined || typeof options.contextData === 'string' ? text('contextData') : JSON.stringify(options.contextData);
    return {
      allowed: false,
      errorMessage: text('errorMessage') || '',
      cancelLabel: text('cancelLabel'),
      commandId: text('commandId'),
      contextData,
      sendMode: options.sendModeOverride === 'promptUser' ? 'promptUser' : MANIFEST_SEND_MODE,
    };
  }

  deliver(): SentMessage {
    const s = this.sim.state();
    return {
      to: addresses(s.to),
      cc: addresses(s.cc),
      bcc: addresses(s.bcc),
      subject: s.subject,
      body: s.bodyText,
      attachments: s.attachments.map((a) => a.name),
      headers: s.headers,
    };
  }

  setInitializationContext(contextData: string | undefined): void {
    this.sim.initializationContext = contextData || '';
  }

  takeActionFromAlert(contextData: string, paneOpen: boolean): void {
    this.sim.takeActionFromAlert(contextData, paneOpen);
  }

  setLanguage(lang: Language): void {
    this.language = lang;
    (this.sim.office as unknown as OfficeShape).context.displayLanguage = this.displayLanguage();
  }

  setTheme(theme: ThemeKind): void {
    this.theme = theme;
    this.applyTheme(this.sim);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }
}
