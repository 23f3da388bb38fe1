/* The one place for what both add-in manifests say: names, descriptions, the pages and icons (as
   paths under the base URL), the on-send settings, the permission and the requirement set.
   src/deploy/manifests.js writes manifest.xml and manifest.json from it; `npm run manifests`
   refreshes the committed copies and a test fails when they differ. CommonJS: webpack reads it. */
'use strict';

const ADDIN = {
  /** Never changes: Outlook and the admin center know the add-in by it. */
  id: 'e58b4c9b-8639-4036-817a-6cb89c79471b',
  provider: 'Send Guard',
  name: { en: 'Send Guard', nl: 'Send Guard' },
  description: {
    en: 'Checks a message for personal data (BSN, IBAN, payslips, passwords, health data) and risky recipients when you press Send, and helps you send it safely.',
    nl: 'Controleert een bericht op persoonsgegevens (BSN, IBAN, loonstroken, wachtwoorden, gezondheidsgegevens) en riskante ontvangers als je op Verzenden drukt, en helpt je het veilig te versturen.',
  },
  /** The unified manifest's short description (at most 80 characters). */
  shortDescription: { en: 'Checks a message for personal data when you press Send.', nl: 'Controleert een bericht op persoonsgegevens als je op Verzenden drukt.' },
  /** The unified manifest's accent colour: the icon's blue. */
  accentColor: '#0F6CBD',
  /** Pages and scripts, relative to the base URL. */
  pages: {
    taskpane: 'taskpane.html',
    commands: 'commands.html',
    /** Classic Outlook on Windows loads this file alone in its JavaScript-only runtime. */
    handler: 'handler.js',
    /** What Send Guard does and what it keeps: the unified manifest's developer links point here. */
    about: 'about.html',
  },
  icons: {
    /** The XML manifest's IconUrl (64) and HighResolutionIconUrl (128), the unified manifest's alternateIcons. */
    icon: 'assets/icon-64.png',
    highResolution: 'assets/icon-128.png',
    /** The ribbon button, by pixel size. */
    button: { 16: 'assets/icon-16.png', 32: 'assets/icon-32.png', 80: 'assets/icon-80.png' },
    /** The unified app package's icons, at the package root: full colour 192x192, white outline 32x32. */
    color: 'assets/color.png',
    outline: 'assets/outline.png',
  },
  /** Smart Alerts: the event, the handler's registered name and the send mode unless the build says otherwise. */
  onSend: { functionName: 'onMessageSendHandler', sendMode: 'SoftBlock' },
  /** Compose-time checks (Mailbox 1.11, covered by the 1.12 minimum): the same handler file, one function each. */
  composeEvents: [
    { xml: 'OnMessageRecipientsChanged', unified: 'messageRecipientsChanged', functionName: 'onMessageRecipientsChangedHandler' },
    { xml: 'OnMessageAttachmentsChanged', unified: 'messageAttachmentsChanged', functionName: 'onMessageAttachmentsChangedHandler' },
  ],
  /** Smart Alerts (OnMessageSend) needs Mailbox 1.12; newer options are detected at run time. */
  mailboxMinVersion: '1.12',
  /** The task pane button on the compose ribbon: its id is the alert's commandId. */
  taskpaneButton: {
    id: 'SendGuardOpenPane',
    groupId: 'SendGuardGroup',
    groupLabel: { en: 'Send Guard', nl: 'Send Guard' },
    label: { en: 'Check message', nl: 'Bericht controleren' },
    tooltip: {
      en: 'Shows what Send Guard found in this message and how to send it safely.',
      nl: 'Laat zien wat Send Guard in dit bericht vond en hoe je het veilig verstuurt.',
    },
  },
  /** Read and change the message being written (sensitivity label, subject tag, header, recipients). */
  permission: 'ReadWriteItem',
};

/** The send modes a build may choose (SEND_GUARD_SEND_MODE), in the XML manifest's spelling. */
const SEND_MODES = ['PromptUser', 'SoftBlock', 'Block'];

module.exports = { ADDIN, SEND_MODES };
