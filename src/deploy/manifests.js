#!/usr/bin/env node
/* Both add-in manifests from src/deploy/addin.js: the add-in only manifest (manifest.xml) for classic
   deployment and every Outlook, and the unified manifest for Microsoft 365 (manifest.json). The
   build writes them for its base URL; `npm run manifests` (this file run as a script) refreshes the
   committed development copies at the repository root. */
'use strict';
const fs = require('fs');
const path = require('path');
const { URL } = require('url');
const { ADDIN, SEND_MODES } = require('./addin');

const DEV_BASE_URL = 'https://localhost:3000/';
/** The unified manifest's schema version: the test validates against this schema from node_modules. */
const UNIFIED_MANIFEST_VERSION = '1.24';
/** The XML manifest's permission and its unified manifest equivalent (resource-specific, delegated). */
const UNIFIED_PERMISSIONS = { ReadItem: 'MailboxItem.Read.User', ReadWriteItem: 'MailboxItem.ReadWrite.User', ReadWriteMailbox: 'Mailbox.ReadWrite.User' };

/** 1.2.3 -> the XML's four parts (1.2.3.0) or the unified manifest's three (1.2.3). */
function manifestVersion(version, parts) {
  const numbers = String(version).split(/[.-]/).slice(0, 3).map((p) => String(parseInt(p, 10) || 0));
  while (numbers.length < parts) numbers.push('0');
  return numbers.slice(0, parts).join('.');
}

function settings(options) {
  const o = options || {};
  const sendMode = o.sendMode || ADDIN.onSend.sendMode;
  if (SEND_MODES.indexOf(sendMode) < 0) throw new Error(`the send mode must be one of ${SEND_MODES.join(', ')}, not "${sendMode}"`);
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
  return { baseUrl: o.baseUrl || DEV_BASE_URL, sendMode, version: o.version || pkg.version };
}

const xmlText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The add-in only manifest (XML). Options: baseUrl, sendMode (PromptUser|SoftBlock|Block), version. */
function xmlManifest(options) {
  const { baseUrl, sendMode, version } = settings(options);
  const url = (p) => xmlText(baseUrl + p);
  const b = ADDIN.taskpaneButton;
  const nl = (value) => `\n    <Override Locale="nl-NL" Value="${xmlText(value)}"/>\n  `;
  const btNl = (value) => `\n            <bt:Override Locale="nl-NL" Value="${xmlText(value)}"/>\n          `;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Send Guard, add-in only (XML) manifest for ${xmlText(baseUrl)}. Written from src/deploy/addin.js by
  \`npm run manifests\` (the committed development copy) and by the build (SEND_GUARD_BASE_URL,
  SEND_GUARD_SEND_MODE). Do not edit by hand: a test compares it with the generator. The Id never changes.
-->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:mailappor="http://schemas.microsoft.com/office/mailappversionoverrides/1.0" xsi:type="MailApp">
  <Id>${ADDIN.id}</Id>
  <Version>${manifestVersion(version, 4)}</Version>
  <ProviderName>${xmlText(ADDIN.provider)}</ProviderName>
  <DefaultLocale>en-US</DefaultLocale>
  <DisplayName DefaultValue="${xmlText(ADDIN.name.en)}">${nl(ADDIN.name.nl)}</DisplayName>
  <Description DefaultValue="${xmlText(ADDIN.description.en)}">${nl(ADDIN.description.nl)}</Description>
  <IconUrl DefaultValue="${url(ADDIN.icons.icon)}"/>
  <HighResolutionIconUrl DefaultValue="${url(ADDIN.icons.highResolution)}"/>
  <Hosts>
    <Host Name="Mailbox"/>
  </Hosts>
  <Requirements>
    <Sets>
      <Set Name="Mailbox" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <FormSettings>
    <Form xsi:type="ItemEdit">
      <DesktopSettings>
        <SourceLocation DefaultValue="${url(ADDIN.pages.taskpane)}"/>
      </DesktopSettings>
    </Form>
  </FormSettings>
  <Permissions>${ADDIN.permission}</Permissions>
  <Rule xsi:type="RuleCollection" Mode="Or">
    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>
  </Rule>
  <DisableEntityHighlighting>false</DisableEntityHighlighting>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_0">
    <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1">
      <!-- Smart Alerts (OnMessageSend) needs Mailbox ${ADDIN.mailboxMinVersion}; newer options are detected at run time. -->
      <Requirements>
        <bt:Sets DefaultMinVersion="${ADDIN.mailboxMinVersion}">
          <bt:Set Name="Mailbox"/>
        </bt:Sets>
      </Requirements>
      <Hosts>
        <Host xsi:type="MailHost">
          <Runtimes>
            <!-- Outlook on the web, new Outlook and Mac load the page; classic Outlook on Windows loads handler.js alone. -->
            <Runtime resid="Commands.Url">
              <Override type="javascript" resid="JSRuntime.Url"/>
            </Runtime>
          </Runtimes>
          <DesktopFormFactor>
            <FunctionFile resid="Commands.Url"/>
            <ExtensionPoint xsi:type="MessageComposeCommandSurface">
              <OfficeTab id="TabDefault">
                <Group id="${b.groupId}">
                  <Label resid="GroupLabel"/>
                  <!-- The Smart Alert's button opens this task pane: its id is the handler's commandId. -->
                  <Control xsi:type="Button" id="${b.id}">
                    <Label resid="TaskpaneButton.Label"/>
                    <Supertip>
                      <Title resid="TaskpaneButton.Label"/>
                      <Description resid="TaskpaneButton.Tooltip"/>
                    </Supertip>
                    <Icon>
                      <bt:Image size="16" resid="Icon.16x16"/>
                      <bt:Image size="32" resid="Icon.32x32"/>
                      <bt:Image size="80" resid="Icon.80x80"/>
                    </Icon>
                    <Action xsi:type="ShowTaskpane">
                      <SourceLocation resid="Taskpane.Url"/>
                      <SupportsPinning>true</SupportsPinning>
                    </Action>
                  </Control>
                </Group>
              </OfficeTab>
            </ExtensionPoint>
            <ExtensionPoint xsi:type="LaunchEvent">
              <LaunchEvents>
                <LaunchEvent Type="OnMessageSend" FunctionName="${ADDIN.onSend.functionName}" SendMode="${sendMode}"/>
                <!-- Mailbox 1.11: checks each change while the user writes, so Send has little left to do. -->
${ADDIN.composeEvents.map((e) => `                <LaunchEvent Type="${e.xml}" FunctionName="${e.functionName}"/>`).join('\n')}
              </LaunchEvents>
              <SourceLocation resid="Commands.Url"/>
            </ExtensionPoint>
          </DesktopFormFactor>
        </Host>
      </Hosts>
      <Resources>
        <bt:Images>
          <bt:Image id="Icon.16x16" DefaultValue="${url(ADDIN.icons.button[16])}"/>
          <bt:Image id="Icon.32x32" DefaultValue="${url(ADDIN.icons.button[32])}"/>
          <bt:Image id="Icon.80x80" DefaultValue="${url(ADDIN.icons.button[80])}"/>
        </bt:Images>
        <bt:Urls>
          <bt:Url id="Commands.Url" DefaultValue="${url(ADDIN.pages.commands)}"/>
          <bt:Url id="JSRuntime.Url" DefaultValue="${url(ADDIN.pages.handler)}"/>
          <bt:Url id="Taskpane.Url" DefaultValue="${url(ADDIN.pages.taskpane)}"/>
        </bt:Urls>
        <bt:ShortStrings>
          <bt:String id="GroupLabel" DefaultValue="${xmlText(b.groupLabel.en)}">${btNl(b.groupLabel.nl)}</bt:String>
          <bt:String id="TaskpaneButton.Label" DefaultValue="${xmlText(b.label.en)}">${btNl(b.label.nl)}</bt:String>
        </bt:ShortStrings>
        <bt:LongStrings>
          <bt:String id="TaskpaneButton.Tooltip" DefaultValue="${xmlText(b.tooltip.en)}">${btNl(b.tooltip.nl)}</bt:String>
        </bt:LongStrings>
      </Resources>
    </VersionOverrides>
  </VersionOverrides>
</OfficeApp>
`;
}

/** The unified manifest's translations: one file per language, in the app package beside manifest.json. */
const UNIFIED_LANGUAGES = { nl: { languageTag: 'nl-nl', file: 'nl-nl.json' } };

/** The runtime ids and the task pane action of the unified manifest. */
const IDS = { sendRuntime: 'SendGuardOnSend', paneRuntime: 'SendGuardTaskPane', openPane: 'openSendGuardPane' };

/**
 * The unified manifest for Microsoft 365 (JSON, as an object). The icons are the app package's
 * color.png and outline.png at its root (npm run package puts them there).
 */
function unifiedManifest(options) {
  const { baseUrl, sendMode, version } = settings(options);
  const url = (p) => baseUrl + p;
  const b = ADDIN.taskpaneButton;
  const mailbox = [{ name: 'Mailbox', minVersion: ADDIN.mailboxMinVersion }];
  const jsonSendMode = sendMode.charAt(0).toLowerCase() + sendMode.slice(1);
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: UNIFIED_MANIFEST_VERSION,
    id: ADDIN.id,
    version: manifestVersion(version, 3),
    name: { short: ADDIN.name.en, full: ADDIN.name.en },
    description: { short: ADDIN.shortDescription.en, full: ADDIN.description.en },
    developer: {
      name: ADDIN.provider,
      websiteUrl: url(ADDIN.pages.about),
      privacyUrl: url(ADDIN.pages.about + '#privacy'),
      termsOfUseUrl: url(ADDIN.pages.about + '#terms'),
    },
    icons: { color: path.basename(ADDIN.icons.color), outline: path.basename(ADDIN.icons.outline) },
    accentColor: ADDIN.accentColor,
    localizationInfo: {
      defaultLanguageTag: 'en-us',
      additionalLanguages: Object.keys(UNIFIED_LANGUAGES).map((lang) => UNIFIED_LANGUAGES[lang]),
    },
    validDomains: [new URL(baseUrl).host],
    authorization: { permissions: { resourceSpecific: [{ name: UNIFIED_PERMISSIONS[ADDIN.permission], type: 'Delegated' }] } },
    extensions: [
      {
        requirements: { scopes: ['mail'], capabilities: mailbox },
        runtimes: [
          {
            // Outlook on the web, new Outlook and Mac load the page; classic Outlook on Windows loads the script alone.
            id: IDS.sendRuntime,
            type: 'general',
            requirements: { capabilities: mailbox },
            code: { page: url(ADDIN.pages.commands), script: url(ADDIN.pages.handler) },
            lifetime: 'short',
            actions: [ADDIN.onSend.functionName, ...ADDIN.composeEvents.map((e) => e.functionName)].map((id) => ({ id, type: 'executeFunction', displayName: id })),
          },
          {
            id: IDS.paneRuntime,
            type: 'general',
            code: { page: url(ADDIN.pages.taskpane) },
            lifetime: 'short',
            actions: [{ id: IDS.openPane, type: 'openPage', pinnable: true }],
          },
        ],
        ribbons: [
          {
            contexts: ['mailCompose'],
            tabs: [
              {
                builtInTabId: 'TabDefault',
                groups: [
                  {
                    id: b.groupId,
                    label: b.groupLabel.en,
                    // The Smart Alert's button opens this control's task pane: its id is the handler's commandId.
                    controls: [
                      {
                        id: b.id,
                        type: 'button',
                        label: b.label.en,
                        icons: Object.keys(ADDIN.icons.button).map((size) => ({ size: Number(size), url: url(ADDIN.icons.button[size]) })),
                        supertip: { title: b.label.en, description: b.tooltip.en },
                        actionId: IDS.openPane,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        autoRunEvents: [
          {
            requirements: { scopes: ['mail'], capabilities: mailbox },
            events: [
              { type: 'messageSending', actionId: ADDIN.onSend.functionName, options: { sendMode: jsonSendMode } },
              ...ADDIN.composeEvents.map((e) => ({ type: e.unified, actionId: e.functionName })),
            ],
          },
        ],
        // Clients that do not read the unified manifest get an XML manifest generated from it, with these icons.
        alternates: [
          {
            alternateIcons: {
              icon: { size: 64, url: url(ADDIN.icons.icon) },
              highResolutionIcon: { size: 64, url: url(ADDIN.icons.highResolution) },
            },
          },
        ],
      },
    ],
  };
}

const unifiedManifestText = (options) => JSON.stringify(unifiedManifest(options), null, 2) + '\n';

/** A translation file of the unified manifest (`lang`: a key of UNIFIED_LANGUAGES), as JSON text. */
function unifiedLocalizationText(lang) {
  const b = ADDIN.taskpaneButton;
  const group = 'extensions[0].ribbons[0].tabs[0].groups[0]';
  const strings = {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`,
    'name.short': ADDIN.name[lang],
    'name.full': ADDIN.name[lang],
    'description.short': ADDIN.shortDescription[lang],
    'description.full': ADDIN.description[lang],
    [`${group}.label`]: b.groupLabel[lang],
    [`${group}.controls[0].label`]: b.label[lang],
    [`${group}.controls[0].supertip.title`]: b.label[lang],
    [`${group}.controls[0].supertip.description`]: b.tooltip[lang],
  };
  return JSON.stringify(strings, null, 2) + '\n';
}

/** The committed development copies: manifest.xml and manifest.json at the repository root. */
const DEV_COPIES = { 'manifest.xml': () => xmlManifest(), 'manifest.json': () => unifiedManifestText() };
for (const lang of Object.keys(UNIFIED_LANGUAGES)) DEV_COPIES[UNIFIED_LANGUAGES[lang].file] = () => unifiedLocalizationText(lang);

if (require.main === module) {
  const root = path.join(__dirname, '..', '..');
  for (const name of Object.keys(DEV_COPIES)) {
    fs.writeFileSync(path.join(root, name), DEV_COPIES[name]());
    process.stdout.write(`${name} written from src/deploy/addin.js\n`);
  }
}

module.exports = {
  xmlManifest,
  unifiedManifest,
  unifiedManifestText,
  unifiedLocalizationText,
  manifestVersion,
  DEV_BASE_URL,
  DEV_COPIES,
  UNIFIED_MANIFEST_VERSION,
  UNIFIED_LANGUAGES,
  UNIFIED_PERMISSIONS,
  IDS,
};
