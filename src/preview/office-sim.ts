/**
 * A simulated Outlook compose window and mailbox that behaves like Office.js where Send Guard
 * touches it: every call answers on a later tick with an AsyncResult {status, value, error,
 * asyncContext}; requirement sets, session data (50,000-character limit, KeyNotFound), custom
 * properties, internet headers, attachments in base64/eml/iCalendar/url formats, sensitivity
 * labels with their catalog, item events (RecipientsChanged, AttachmentsChanged,
 * InitializationContextChanged) and Office.actions.associate. Failures can be injected per call: fail, never answer, throw.
 *
 * Pure: no DOM, no Node. Used by the jest tests (also as the global Office inside a bare vm context
 * around the built handler.js) and by the browser preview.
 */
import { decodeBase64, encodeBase64, encodeUtf8 } from '../codec/bytes';
import { simHtmlToText, simTextToHtml } from './office-sim-html';

export type MailboxSet = '1.8' | '1.10' | '1.11' | '1.12' | '1.13' | '1.14' | '1.15';

/** An injected failure for one call name (as listed in `OfficeSim.calls`, e.g. 'body.getAsync'). */
export type SimFailure =
  | { kind: 'fail'; code?: number; name?: string; message?: string }
  /** The callback is never called: Outlook's "a call that never answers". */
  | { kind: 'hang' }
  /** The call throws synchronously. */
  | { kind: 'throw'; message?: string };

export interface SimRecipient {
  emailAddress: string;
  displayName?: string;
}

export interface SimAttachmentSpec {
  name: string;
  /** file (default): `bytes`; item: an attached message given as `eml` text (or a calendar item as `ics`); cloud: `url`. */
  kind?: 'file' | 'item' | 'cloud';
  bytes?: Uint8Array;
  eml?: string;
  ics?: string;
  url?: string;
  inline?: boolean;
  /** Declared size; defaults to the content's length. */
  size?: number;
}

/** A label in the simulated catalog, as Office.SensitivityLabelDetails gives it. */
export interface SimLabel {
  id: string;
  name: string;
  tooltip?: string;
  color?: string;
  children?: SimLabel[];
}

/** Office.EventType values the simulated item raises (office.js's own strings). */
export const SIM_EVENT_TYPES = {
  RecipientsChanged: 'olkRecipientsChanged',
  AttachmentsChanged: 'olkAttachmentsChanged',
  InitializationContextChanged: 'olkInitializationContextChanged',
  OfficeThemeChanged: 'officeThemeChanged',
};

/** The Mailbox set that brought each item event; addHandlerAsync fails on a client before it. */
const EVENT_SETS: { [type: string]: string } = {
  olkRecipientsChanged: '1.8',
  olkAttachmentsChanged: '1.8',
  olkInitializationContextChanged: '1.15',
};

export interface SimSetup {
  /** Highest Mailbox requirement set the simulated client supports (default 1.15). */
  mailbox?: MailboxSet;
  /** Office.context.displayLanguage (default nl-NL). */
  displayLanguage?: string;
  /** Whether item.sessionData exists (default: when the set is 1.11 or later). */
  sessionData?: boolean;
  /** Office.context.platform: PC, OfficeOnline, Mac (default OfficeOnline). */
  platform?: string;
  user?: SimRecipient;
  to?: (SimRecipient | string)[];
  cc?: (SimRecipient | string)[];
  bcc?: (SimRecipient | string)[];
  subject?: string;
  /** The body as the user typed it; or `bodyHtml`. */
  bodyText?: string;
  bodyHtml?: string;
  /** The body's format as body.getTypeAsync reports it (default html); a text body refuses HTML. */
  bodyType?: 'html' | 'text';
  attachments?: SimAttachmentSpec[];
  /** Office.context.sensitivityLabelsCatalog's labels (default none) and whether the catalog is on (default true). */
  sensitivityLabels?: SimLabel[];
  labelCatalogEnabled?: boolean;
  /** Milliseconds before a callback runs (default 0: the next macrotask). */
  latencyMs?: number;
  /** How a callback is put on the event loop instead (a benchmark passes Node's setImmediate: no 1 ms timer floor). */
  schedule?: (run: () => void) => void;
  failures?: { [call: string]: SimFailure };
}

/** What Office calls back with. */
export interface SimAsyncResult<T> {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

interface StoredAttachment {
  id: string;
  name: string;
  kind: 'file' | 'item' | 'cloud';
  inline: boolean;
  size: number;
  format: 'base64' | 'eml' | 'iCalendar' | 'url';
  content: string;
}

/** One Send: the options completed() received, and how often it was called. */
export interface SendResult {
  options: { [key: string]: unknown } | undefined;
  completedCalls: number;
}

/** A launch event other than Send (OnMessageRecipientsChanged, OnMessageAttachmentsChanged): how often completed() was called. */
export interface EventResult {
  type: string;
  completedCalls: number;
}

/** A bar in the compose form's notification area, as the add-in set it. */
export interface SimNotification {
  key: string;
  type: string;
  message: string;
  icon?: string;
  persistent?: boolean;
  actions?: { actionType: string; actionText: string; commandId: string; contextData: unknown }[];
}

type Callback<T> = (result: SimAsyncResult<T>) => void;

const SETS: MailboxSet[] = ['1.8', '1.10', '1.11', '1.12', '1.13', '1.14', '1.15'];

function setRank(version: string): number {
  const [major, minor] = version.split('.').map((n) => parseInt(n, 10));
  return (major || 0) * 1000 + (minor || 0);
}

/** Office's error codes (office.js addErrorMessage) for the failures the simulator produces. */
const ERRORS: { [name: string]: number } = {
  AttachmentSizeExceeded: 9000,
  InvalidAttachmentId: 9003,
  ArgumentOutOfRange: 9019,
  NumberOfNotificationMessagesExceeded: 9022,
  AttachmentToDeleteDoesNotExist: 9008,
  GenericResponseError: 9020,
  InvalidParameterValueError: 9031,
  AttachmentTypeNotSupported: 9043,
  KeyNotFound: 9050,
  SessionObjectMaxLengthExceeded: 9051,
  AttachmentDownloadFailed: 9054,
};

class SimError {
  constructor(
    readonly name: string,
    readonly message: string,
  ) {}
}

const SESSION_DATA_LIMIT = 50000;
/** body.setAsync: the longest `data` Outlook accepts (DataExceedsMaximumSize above it). */
const MAX_BODY_CHARS = 1000000;
/** subject.setAsync: the longest subject Outlook accepts. */
const MAX_SUBJECT_CHARS = 255;
/** addFileAttachmentFromBase64Async: the longest Base64 string Outlook accepts. */
const MAX_BASE64_ATTACHMENT = 34865152;

function toRecipient(r: SimRecipient | string): SimRecipient {
  return typeof r === 'string' ? { emailAddress: r, displayName: r } : { emailAddress: r.emailAddress, displayName: r.displayName || r.emailAddress };
}

/** (options?, callback?) in either order Office accepts: the callback is the last function. */
function splitArgs(args: unknown[]): { options: { asyncContext?: unknown; [k: string]: unknown }; callback?: (r: never) => void } {
  let callback: ((r: never) => void) | undefined;
  let options: { asyncContext?: unknown } = {};
  for (const a of args) {
    if (typeof a === 'function') callback = a as (r: never) => void;
    else if (a && typeof a === 'object') options = a as { asyncContext?: unknown };
  }
  return { options, callback };
}

export class OfficeSim {
  /** Install as the global `Office` (see installOfficeSim). */
  readonly office: { [key: string]: unknown };
  /** Every call made, by name, in order. */
  readonly calls: string[] = [];
  /** Injected failures by call name; change at any time. */
  failures: { [call: string]: SimFailure };
  /** Functions registered with Office.actions.associate. */
  readonly actions: { [name: string]: (event: unknown) => void } = {};
  /** Sends fired so far, newest last. */
  readonly sends: SendResult[] = [];
  /** contextData of the last alert, handed to the task pane by getInitializationContextAsync. */
  initializationContext = '';
  /** The sensitivity label catalog; change at any time. */
  sensitivityLabels: SimLabel[];
  labelCatalogEnabled: boolean;

  private mailbox: MailboxSet;
  private latencyMs: number;
  private schedule: ((run: () => void) => void) | undefined;
  private user: SimRecipient;
  private recipients: { to: SimRecipient[]; cc: SimRecipient[]; bcc: SimRecipient[] };
  private subject: string;
  private bodyHtml: string;
  private bodyText: string;
  private bodyType: 'html' | 'text';
  private attachments: StoredAttachment[] = [];
  private nextAttachmentId = 0;
  private headers: { [name: string]: string } = {};
  private session: { [key: string]: string } = {};
  private savedCustomProperties: { [key: string]: unknown } = {};
  private label = '';
  private itemHandlers: { [type: string]: ((args: unknown) => void)[] } = {};
  private bars: SimNotification[] = [];
  /** Compose events fired so far (recipients, attachments changed), newest last. */
  readonly events: EventResult[] = [];

  constructor(setup: SimSetup = {}) {
    this.mailbox = setup.mailbox || '1.15';
    this.latencyMs = setup.latencyMs || 0;
    this.schedule = setup.schedule;
    this.failures = { ...(setup.failures || {}) };
    this.sensitivityLabels = setup.sensitivityLabels || [];
    this.labelCatalogEnabled = setup.labelCatalogEnabled !== undefined ? setup.labelCatalogEnabled : true;
    this.user = setup.user || { emailAddress: 'a.devries@gemeente.example', displayName: 'Anna de Vries' };
    this.recipients = {
      to: (setup.to || []).map(toRecipient),
      cc: (setup.cc || []).map(toRecipient),
      bcc: (setup.bcc || []).map(toRecipient),
    };
    this.subject = setup.subject || '';
    this.bodyType = setup.bodyType || 'html';
    if (setup.bodyHtml !== undefined) {
      this.bodyHtml = setup.bodyHtml;
      this.bodyText = simHtmlToText(setup.bodyHtml);
    } else {
      this.bodyText = setup.bodyText || '';
      this.bodyHtml = simTextToHtml(this.bodyText);
    }
    for (const a of setup.attachments || []) this.addAttachment(a);
    const withSessionData = setup.sessionData !== undefined ? setup.sessionData : this.supports('1.11');
    this.office = this.buildOffice(setup, withSessionData);
  }

  // ---- State, for tests and the preview ----

  /** True when the simulated client supports Mailbox `version`. */
  supports(version: string): boolean {
    return SETS.indexOf(version as MailboxSet) >= 0 && setRank(version) <= setRank(this.mailbox);
  }

  addAttachment(spec: SimAttachmentSpec): string {
    const id = 'AAMk-sim-' + this.nextAttachmentId++;
    const kind = spec.kind || 'file';
    let format: StoredAttachment['format'] = 'base64';
    let content = '';
    let size = 0;
    if (kind === 'cloud') {
      format = 'url';
      content = spec.url || 'https://onedrive.example/' + encodeURIComponent(spec.name);
    } else if (kind === 'item' && spec.ics !== undefined) {
      format = 'iCalendar';
      content = spec.ics;
      size = encodeUtf8(content).length;
    } else if (kind === 'item') {
      format = 'eml';
      content = spec.eml || '';
      size = encodeUtf8(content).length;
    } else {
      const bytes = spec.bytes || new Uint8Array(0);
      content = encodeBase64(bytes);
      size = bytes.length;
    }
    this.attachments.push({ id, name: spec.name, kind, inline: !!spec.inline, size: spec.size !== undefined ? spec.size : size, format, content });
    return id;
  }

  /** The message as it stands, for assertions and the preview. */
  state(): {
    to: SimRecipient[];
    cc: SimRecipient[];
    bcc: SimRecipient[];
    subject: string;
    bodyText: string;
    bodyHtml: string;
    attachments: { id: string; name: string; kind: string; size: number }[];
    headers: { [name: string]: string };
    sessionData: { [key: string]: string };
    customProperties: { [key: string]: unknown };
    sensitivityLabel: string;
  } {
    return {
      to: this.recipients.to.slice(),
      cc: this.recipients.cc.slice(),
      bcc: this.recipients.bcc.slice(),
      subject: this.subject,
      bodyText: this.bodyText,
      bodyHtml: this.bodyHtml,
      attachments: this.attachments.map((a) => ({ id: a.id, name: a.name, kind: a.kind, size: a.size })),
      headers: { ...this.headers },
      sessionData: { ...this.session },
      customProperties: { ...this.savedCustomProperties },
      sensitivityLabel: this.label,
    };
  }

  /** The user edits the message (as typing in the compose window would). */
  edit(change: { subject?: string; bodyText?: string; bodyHtml?: string; to?: (SimRecipient | string)[]; cc?: (SimRecipient | string)[]; bcc?: (SimRecipient | string)[] }): void {
    if (change.subject !== undefined) this.subject = change.subject;
    if (change.bodyHtml !== undefined) {
      this.bodyHtml = change.bodyHtml;
      this.bodyText = simHtmlToText(change.bodyHtml);
    } else if (change.bodyText !== undefined) {
      this.bodyText = change.bodyText;
      this.bodyHtml = simTextToHtml(change.bodyText);
    }
    if (change.to) this.recipients.to = change.to.map(toRecipient);
    if (change.cc) this.recipients.cc = change.cc.map(toRecipient);
    if (change.bcc) this.recipients.bcc = change.bcc.map(toRecipient);
  }

  removeAttachmentByName(name: string): boolean {
    const before = this.attachments.length;
    this.attachments = this.attachments.filter((a) => a.name !== name);
    return this.attachments.length < before;
  }

  /**
   * Presses Send: calls the function registered for `name` with an event whose completed()
   * records its options. Resolves at the first completed() call; `completedCalls` keeps counting,
   * so a test can wait a little longer and check it was called exactly once.
   */
  fireSend(name = 'onMessageSendHandler'): Promise<SendResult> {
    const handler = this.actions[name];
    if (!handler) return Promise.reject(new Error('No function is associated with ' + name + ': the handler did not register.'));
    const result: SendResult = { options: undefined, completedCalls: 0 };
    this.sends.push(result);
    return new Promise<SendResult>((resolve) => {
      const event = {
        type: 'OnMessageSend',
        completed: (options?: { [key: string]: unknown }) => {
          result.completedCalls++;
          if (result.completedCalls === 1) {
            result.options = options;
            if (options && options.allowEvent === false && typeof options.contextData === 'string') this.initializationContext = options.contextData;
            resolve(result);
          }
        },
      };
      handler(event);
    });
  }

  /** Raises an item event (Office.EventType value) on the handlers the add-in registered. */
  fireItemEvent(type: string, args: { [key: string]: unknown } = {}): void {
    for (const handler of (this.itemHandlers[type] || []).slice()) handler({ ...args, type });
  }

  /**
   * The user chose the alert's take-action button. Outlook hands the contextData over; a task pane
   * that is already open is not reloaded but gets InitializationContextChanged (Mailbox 1.15).
   */
  takeActionFromAlert(contextData: string, paneOpen: boolean): void {
    this.initializationContext = contextData;
    if (paneOpen) this.fireItemEvent(SIM_EVENT_TYPES.InitializationContextChanged, { initializationContextData: contextData });
  }

  /** True when the catalog holds a label with this id, sublabels included. */
  private labelKnown(id: string): boolean {
    const queue = this.sensitivityLabels.slice();
    while (queue.length > 0) {
      const label = queue.shift() as SimLabel;
      if (label.id.toLowerCase() === id.toLowerCase()) return true;
      if (label.children) queue.push(...label.children);
    }
    return false;
  }

  /**
   * A compose change as Outlook reports it to the add-in: calls the function registered for `name`
   * with Office's event object (`args`: changedRecipientFields, or attachmentStatus and
   * attachmentDetails). Resolves at the first completed(); `completedCalls` keeps counting.
   */
  fireEvent(name: string, args: { type: string; [key: string]: unknown }): Promise<EventResult> {
    const handler = this.actions[name];
    if (!handler) return Promise.reject(new Error('No function is associated with ' + name + ': the handler did not register.'));
    const result: EventResult = { type: args.type, completedCalls: 0 };
    this.events.push(result);
    return new Promise<EventResult>((resolve) => {
      const event = {
        ...args,
        completed: () => {
          result.completedCalls++;
          if (result.completedCalls === 1) resolve(result);
        },
      };
      handler(event);
    });
  }

  /** OnMessageRecipientsChanged for the fields given (RecipientsChangedEventArgs). */
  fireRecipientsChanged(fields: ('to' | 'cc' | 'bcc')[], name = 'onMessageRecipientsChangedHandler'): Promise<EventResult> {
    const changedRecipientFields = { to: fields.indexOf('to') >= 0, cc: fields.indexOf('cc') >= 0, bcc: fields.indexOf('bcc') >= 0, requiredAttendees: false, optionalAttendees: false, resources: false };
    return this.fireEvent(name, { type: 'olkRecipientsChanged', changedRecipientFields });
  }

  /** OnMessageAttachmentsChanged for one attachment (AttachmentsChangedEventArgs: its id, name, size and type). */
  fireAttachmentsChanged(status: 'added' | 'removed', attachment: { id: string; name: string; size: number; kind: string }, name = 'onMessageAttachmentsChangedHandler'): Promise<EventResult> {
    const attachmentDetails = { id: attachment.id, name: attachment.name, size: attachment.size, attachmentType: attachment.kind };
    return this.fireEvent(name, { type: 'olkAttachmentsChanged', attachmentStatus: status, attachmentDetails });
  }

  /** The notification bars shown above the compose form, in the order they were first added. */
  notifications(): SimNotification[] {
    return this.bars.map((b) => ({ ...b }));
  }

  // ---- The simulated Office.js ----

  /** Answers a call the way Office does: later, once, in AsyncResult shape; or as injected. */
  private respond<T>(name: string, args: unknown[], produce: () => T): void {
    this.calls.push(name);
    const { options, callback } = splitArgs(args);
    const failure = this.failures[name];
    if (failure && failure.kind === 'throw') throw new Error(failure.message || name + ' threw');
    if (failure && failure.kind === 'hang') return;
    let result: SimAsyncResult<T>;
    if (failure && failure.kind === 'fail') {
      const errName = failure.name || 'GenericResponseError';
      result = {
        status: 'failed',
        value: undefined as unknown as T,
        error: { name: errName, message: failure.message || 'The operation failed.', code: failure.code !== undefined ? failure.code : ERRORS[errName] || 9020 },
        asyncContext: options.asyncContext,
      };
    } else {
      try {
        result = { status: 'succeeded', value: produce(), asyncContext: options.asyncContext };
      } catch (e) {
        const err = e instanceof SimError ? e : new SimError('GenericResponseError', String(e));
        result = { status: 'failed', value: undefined as unknown as T, error: { name: err.name, message: err.message, code: ERRORS[err.name] || 9020 }, asyncContext: options.asyncContext };
      }
    }
    if (!callback) return;
    const cb = callback as Callback<T>;
    if (this.schedule) this.schedule(() => cb(result));
    else setTimeout(() => cb(result), this.latencyMs);
  }

  private recipientsApi(field: 'to' | 'cc' | 'bcc'): object {
    const details = (r: SimRecipient) => ({
      emailAddress: r.emailAddress,
      displayName: r.displayName || r.emailAddress,
      recipientType: r.emailAddress.split('@')[1] === this.user.emailAddress.split('@')[1] ? 'user' : 'externalUser',
    });
    return {
      getAsync: (...args: unknown[]) => this.respond(field + '.getAsync', args, () => this.recipients[field].map(details)),
      setAsync: (list: (SimRecipient | string)[], ...args: unknown[]) =>
        this.respond(field + '.setAsync', args, () => {
          if (!Array.isArray(list)) throw new SimError('InvalidParameterValueError', 'recipients must be an array');
          this.recipients[field] = list.map(toRecipient);
        }),
      addAsync: (list: (SimRecipient | string)[], ...args: unknown[]) =>
        this.respond(field + '.addAsync', args, () => {
          if (!Array.isArray(list)) throw new SimError('InvalidParameterValueError', 'recipients must be an array');
          this.recipients[field] = this.recipients[field].concat(list.map(toRecipient));
        }),
    };
  }

  private sessionDataApi(): object {
    const size = (data: { [k: string]: string }) => JSON.stringify(data).length;
    return {
      getAsync: (key: string, ...args: unknown[]) =>
        this.respond('sessionData.getAsync', args, () => {
          if (!Object.prototype.hasOwnProperty.call(this.session, key)) throw new SimError('KeyNotFound', 'The key was not found.');
          return this.session[key];
        }),
      getAllAsync: (...args: unknown[]) => this.respond('sessionData.getAllAsync', args, () => ({ ...this.session })),
      setAsync: (key: string, value: string, ...args: unknown[]) =>
        this.respond('sessionData.setAsync', args, () => {
          const next = { ...this.session };
          next[key] = String(value);
          if (size(next) > SESSION_DATA_LIMIT) throw new SimError('SessionObjectMaxLengthExceeded', 'Session data is limited to 50000 characters.');
          this.session = next;
        }),
      removeAsync: (key: string, ...args: unknown[]) =>
        this.respond('sessionData.removeAsync', args, () => {
          delete this.session[key];
        }),
      clearAsync: (...args: unknown[]) =>
        this.respond('sessionData.clearAsync', args, () => {
          this.session = {};
        }),
    };
  }

  private customPropertiesApi(): object {
    // Changes live in this object until saveAsync, as with Office's CustomProperties.
    const pending: { [key: string]: unknown } = { ...this.savedCustomProperties };
    return {
      get: (name: string) => pending[name],
      set: (name: string, value: unknown) => {
        pending[name] = value;
      },
      remove: (name: string) => {
        delete pending[name];
      },
      getAll: () => ({ ...pending }),
      saveAsync: (...args: unknown[]) =>
        this.respond('customProperties.saveAsync', args, () => {
          this.savedCustomProperties = { ...pending };
        }),
    };
  }

  /** item.notificationMessages with Office's checks: 150 characters, icon and persistence per type, insight from 1.10, five bars. */
  private notificationMessagesApi(): object {
    const validate = (details: SimNotification): void => {
      const d = details || ({} as SimNotification);
      if (typeof d.message !== 'string' || d.message.length > 150) throw new SimError('ArgumentOutOfRange', 'message must be at most 150 characters');
      const types = ['informationalMessage', 'insightMessage', 'errorMessage', 'progressIndicator'];
      if (types.indexOf(d.type) < 0 || (d.type === 'insightMessage' && !this.supports('1.10'))) throw new SimError('InvalidParameterValueError', 'unsupported notification type ' + d.type);
      const custom = d.type === 'informationalMessage' || d.type === 'insightMessage';
      if (custom !== (typeof d.icon === 'string' && d.icon !== '')) throw new SimError('InvalidParameterValueError', custom ? 'an icon is required' : 'an icon is not allowed');
      if (d.persistent !== undefined && d.type !== 'informationalMessage') throw new SimError('InvalidParameterValueError', 'persistent is only for informational messages');
      if (d.type === 'informationalMessage' && d.persistent === undefined) throw new SimError('InvalidParameterValueError', 'persistent is required');
      if (d.actions !== undefined && (d.type !== 'insightMessage' || !Array.isArray(d.actions) || d.actions.length > 1)) throw new SimError('InvalidParameterValueError', 'one action, on insight messages only');
    };
    const put = (key: string, details: SimNotification, mustExist: boolean | undefined): void => {
      validate(details);
      const bar: SimNotification = { key, type: details.type, message: details.message, icon: details.icon, persistent: details.persistent, actions: details.actions };
      const at = this.bars.map((b) => b.key).indexOf(key);
      if (mustExist === true && at < 0) throw new SimError('KeyNotFound', 'The key was not found.');
      if (mustExist === false && at >= 0) throw new SimError('InvalidParameterValueError', 'The key already exists.');
      if (at >= 0) this.bars[at] = bar;
      else if (this.bars.length >= 5) throw new SimError('NumberOfNotificationMessagesExceeded', 'At most five notifications.');
      else this.bars.push(bar);
    };
    return {
      addAsync: (key: string, details: SimNotification, ...args: unknown[]) => this.respond('notificationMessages.addAsync', args, () => put(key, details, false)),
      replaceAsync: (key: string, details: SimNotification, ...args: unknown[]) => this.respond('notificationMessages.replaceAsync', args, () => put(key, details, undefined)),
      removeAsync: (key: string, ...args: unknown[]) =>
        this.respond('notificationMessages.removeAsync', args, () => {
          const before = this.bars.length;
          this.bars = this.bars.filter((b) => b.key !== key);
          if (this.bars.length === before) throw new SimError('KeyNotFound', 'The key was not found.');
        }),
      getAllAsync: (...args: unknown[]) => this.respond('notificationMessages.getAllAsync', args, () => this.notifications()),
    };
  }

  /** The user closes a bar (Office's dismiss button). */
  dismissNotification(key: string): void {
    this.bars = this.bars.filter((b) => b.key !== key);
  }

  private buildItem(withSessionData: boolean): object {
    const item: { [key: string]: unknown } = {
      itemType: 'message',
      to: this.recipientsApi('to'),
      cc: this.recipientsApi('cc'),
      bcc: this.recipientsApi('bcc'),
      from: { getAsync: (...args: unknown[]) => this.respond('from.getAsync', args, () => ({ emailAddress: this.user.emailAddress, displayName: this.user.displayName || '' })) },
      subject: {
        getAsync: (...args: unknown[]) => this.respond('subject.getAsync', args, () => this.subject),
        setAsync: (subject: string, ...args: unknown[]) =>
          this.respond('subject.setAsync', args, () => {
            if (String(subject).length > MAX_SUBJECT_CHARS) throw new SimError('DataExceedsMaximumSize', 'The subject is longer than 255 characters.');
            this.subject = String(subject);
          }),
      },
      body: {
        getAsync: (coercionType: string, ...args: unknown[]) =>
          this.respond('body.getAsync', args, () => {
            if (coercionType === 'html') return this.bodyHtml;
            if (coercionType === 'text') return this.bodyText;
            throw new SimError('InvalidParameterValueError', 'coercionType must be html or text');
          }),
        getTypeAsync: (...args: unknown[]) => this.respond('body.getTypeAsync', args, () => this.bodyType),
        setAsync: (data: string, ...args: unknown[]) => {
          const { options } = splitArgs(args);
          this.respond('body.setAsync', args, () => {
            // The reference's errors: more than 1,000,000 characters; HTML into a plain-text body.
            if (String(data).length > MAX_BODY_CHARS) throw new SimError('DataExceedsMaximumSize', 'The data parameter is longer than 1,000,000 characters.');
            if (options.coercionType === 'html' && this.bodyType === 'text') throw new SimError('InvalidFormatError', 'The message body is in plain text.');
            // Outlook keeps a whole HTML document: a fragment it is given is wrapped in one.
            const html = String(data);
            this.edit(options.coercionType === 'html' ? { bodyHtml: /<html[\s>]/i.test(html) ? html : '<html><body>' + html + '</body></html>' } : { bodyText: String(data) });
          });
        },
      },
      getAttachmentsAsync: (...args: unknown[]) =>
        this.respond('getAttachmentsAsync', args, () =>
          this.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, attachmentType: a.kind, isInline: a.inline, contentId: a.inline ? a.name : '', isServiceAccessible: false })),
        ),
      getAttachmentContentAsync: (id: string, ...args: unknown[]) =>
        this.respond('getAttachmentContentAsync', args, () => {
          const a = this.attachments.filter((x) => x.id === id)[0];
          if (!a) throw new SimError('InvalidAttachmentId', 'The attachment identifier does not exist.');
          return { format: a.format, content: a.content };
        }),
      addFileAttachmentFromBase64Async: (base64: string, name: string, ...args: unknown[]) => {
        const { options } = splitArgs(args);
        this.respond('addFileAttachmentFromBase64Async', args, () => {
          // The reference's limit: 34,865,152 Base64 characters (25 MB before encoding).
          if (String(base64).length > MAX_BASE64_ATTACHMENT) throw new SimError('AttachmentSizeExceeded', 'The attachment is larger than allowed.');
          return this.addAttachment({ name, bytes: decodeBase64(String(base64)), inline: !!options.isInline });
        });
      },
      removeAttachmentAsync: (id: string, ...args: unknown[]) =>
        this.respond('removeAttachmentAsync', args, () => {
          const before = this.attachments.length;
          this.attachments = this.attachments.filter((a) => a.id !== id);
          if (this.attachments.length === before) throw new SimError('AttachmentToDeleteDoesNotExist', 'The attachment does not exist.');
        }),
      internetHeaders: {
        getAsync: (names: string[], ...args: unknown[]) =>
          this.respond('internetHeaders.getAsync', args, () => {
            const out: { [name: string]: string } = {};
            for (const n of names || []) {
              for (const k of Object.keys(this.headers)) if (k.toLowerCase() === String(n).toLowerCase()) out[k] = this.headers[k];
            }
            return out;
          }),
        setAsync: (headers: { [name: string]: string }, ...args: unknown[]) =>
          this.respond('internetHeaders.setAsync', args, () => {
            for (const k of Object.keys(headers || {})) this.headers[k] = String(headers[k]);
          }),
        removeAsync: (names: string[], ...args: unknown[]) =>
          this.respond('internetHeaders.removeAsync', args, () => {
            for (const n of names || []) delete this.headers[n];
          }),
      },
      loadCustomPropertiesAsync: (...args: unknown[]) => this.respond('loadCustomPropertiesAsync', args, () => this.customPropertiesApi()),
      getInitializationContextAsync: (...args: unknown[]) => this.respond('getInitializationContextAsync', args, () => this.initializationContext),
      addHandlerAsync: (type: string, handler: (args: unknown) => void, ...args: unknown[]) =>
        this.respond('addHandlerAsync', args, () => {
          const set = EVENT_SETS[type];
          if (!set || !this.supports(set) || typeof handler !== 'function') throw new SimError('InvalidParameterValueError', 'This event type is not supported here.');
          (this.itemHandlers[type] = this.itemHandlers[type] || []).push(handler);
        }),
      // Office removes every handler of the type at once.
      removeHandlerAsync: (type: string, ...args: unknown[]) =>
        this.respond('removeHandlerAsync', args, () => {
          delete this.itemHandlers[type];
        }),
      notificationMessages: this.notificationMessagesApi(),
    };
    if (withSessionData) item.sessionData = this.sessionDataApi();
    if (this.supports('1.13')) {
      item.sensitivityLabel = {
        getAsync: (...args: unknown[]) => this.respond('sensitivityLabel.getAsync', args, () => this.label),
        setAsync: (label: string | { id: string }, ...args: unknown[]) =>
          this.respond('sensitivityLabel.setAsync', args, () => {
            const id = typeof label === 'string' ? label : label.id;
            // Outlook only applies a label its catalog has for this user.
            if (!this.labelCatalogEnabled || !this.labelKnown(id)) throw new SimError('InvalidParameterValueError', 'The sensitivity label is not available.');
            this.label = id;
          }),
      };
    }
    return item;
  }

  private labelsCatalogApi(): object {
    const details = (l: SimLabel): object => ({ id: l.id, name: l.name, tooltip: l.tooltip || '', color: l.color || '', children: l.children ? l.children.map(details) : null });
    return {
      getIsEnabledAsync: (...args: unknown[]) => this.respond('sensitivityLabelsCatalog.getIsEnabledAsync', args, () => this.labelCatalogEnabled),
      getAsync: (...args: unknown[]) =>
        this.respond('sensitivityLabelsCatalog.getAsync', args, () => {
          if (!this.labelCatalogEnabled) throw new SimError('GenericResponseError', 'The sensitivity label catalog is not enabled.');
          return this.sensitivityLabels.map(details);
        }),
    };
  }

  private buildOffice(setup: SimSetup, withSessionData: boolean): { [key: string]: unknown } {
    const item = this.buildItem(withSessionData);
    const context: { [key: string]: unknown } = {
      displayLanguage: setup.displayLanguage || 'nl-NL',
      platform: setup.platform || 'OfficeOnline',
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'Mailbox' && this.supports(version || '1.1'),
      },
      mailbox: {
        item,
        userProfile: { emailAddress: this.user.emailAddress, displayName: this.user.displayName || '' },
        diagnostics: { hostName: 'OutlookWebApp', hostVersion: 'send-guard-sim' },
      },
    };
    if (this.supports('1.13')) context.sensitivityLabelsCatalog = this.labelsCatalogApi();
    return {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      CoercionType: { Html: 'html', Text: 'text' },
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
      EventType: { ...SIM_EVENT_TYPES },
      MailboxEnums: {
        AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
        AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
        SendModeOverride: { PromptUser: 'promptUser' },
        ItemType: { Message: 'message', Appointment: 'appointment' },
        RecipientType: { DistributionList: 'distributionList', User: 'user', ExternalUser: 'externalUser', Other: 'other' },
        ItemNotificationMessageType: { ProgressIndicator: 'progressIndicator', InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage', InsightMessage: 'insightMessage' },
        ActionType: { ShowTaskPane: 'showTaskPane' },
        AttachmentStatus: { Added: 'added', Removed: 'removed' },
      },
      context,
      actions: {
        associate: (name: string, fn: (event: unknown) => void) => {
          this.actions[name] = fn;
        },
      },
      onReady: (callback?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Outlook', platform: setup.platform || 'OfficeOnline' };
        if (callback) setTimeout(() => callback(info), 0);
        return Promise.resolve(info);
      },
    };
  }
}

/** Makes `sim` the global Office (jest, the preview page). Returns a function that restores the old one. */
export function installOfficeSim(sim: OfficeSim, target: { [key: string]: unknown } = globalThis as unknown as { [key: string]: unknown }): () => void {
  const had = Object.prototype.hasOwnProperty.call(target, 'Office');
  const previous = target.Office;
  target.Office = sim.office;
  return () => {
    if (had) target.Office = previous;
    else delete target.Office;
  };
}
