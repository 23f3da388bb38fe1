/**
 * The unified manifest for Microsoft 365 (manifest.json) and its app package: valid against
 * Microsoft's published JSON schema (from @microsoft/app-manifest in node_modules, so offline),
 * made from the same source as manifest.xml (src/deploy/addin.js) and in agreement with it and with
 * the code, pointed only at the build's base URL, and packaged as the admin center takes it.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { unzipSync } from 'fflate';
import { COMMAND_ID, HANDLER_NAME } from '../../src/on-send/on-send';
import { readBuilt, DIST } from '../on-send/built';
import { child, parseXml, allElements } from '../outlook/xml';

/* eslint-disable @typescript-eslint/no-require-imports */
const manifests = require('../../src/deploy/manifests.js') as {
  xmlManifest(o?: object): string;
  unifiedManifest(o?: object): UnifiedManifest;
  unifiedManifestText(o?: object): string;
  unifiedLocalizationText(lang: string): string;
  UNIFIED_LANGUAGES: { [lang: string]: { languageTag: string; file: string } };
  DEV_BASE_URL: string;
  DEV_COPIES: { [file: string]: () => string };
  UNIFIED_MANIFEST_VERSION: string;
};
const { ADDIN, SEND_MODES } = require('../../src/deploy/addin.js') as { ADDIN: { id: string; icons: { color: string; outline: string } }; SEND_MODES: string[] };
const { appPackage } = require('../../src/deploy/app-package.js') as { appPackage(dist: string): Uint8Array };
/* eslint-enable @typescript-eslint/no-require-imports */

// Microsoft's own validator (ManifestUtil.validateManifestAgainstSchema in @microsoft/app-manifest)
// compiles the draft-04 schema with ajv-draft-04 and ajv-formats; the same here, loaded from that
// package's dependencies (its index loads an ES module that jest cannot require).
const fromAppManifest = createRequire(require.resolve('@microsoft/app-manifest/package.json'));
const Ajv04 = fromAppManifest('ajv-draft-04') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params?: object }[] | null } };
const addFormats = fromAppManifest('ajv-formats') as (ajv: object, formats: string[]) => void;
const compiled: { [version: string]: ReturnType<InstanceType<typeof Ajv04>['compile']> } = {};

async function validateAgainst(manifest: object, version: string, kind = 'MicrosoftTeams'): Promise<string[]> {
  const key = version + kind;
  if (!compiled[key]) {
    // The published localization schema has a pattern (`\b]` in activityTypes keys) that is only a
    // valid regular expression without the `u` flag; the app schema compiles as Microsoft's validator does.
    const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: kind === 'MicrosoftTeams' });
    addFormats(ajv, ['uri', 'email', 'regex']);
    compiled[key] = ajv.compile(schema(version, kind));
  }
  const check = compiled[key];
  return check(manifest) ? [] : (check.errors || []).map((e) => `${e.instancePath} ${e.message || ''}. Details: ${JSON.stringify(e.params)}`);
}

// Only what the checks below read; the schema checks the rest.
interface Action {
  id: string;
  type: string;
}
interface Runtime {
  id: string;
  code: { page: string; script?: string };
  actions: Action[];
  requirements?: { capabilities: { name: string; minVersion: string }[] };
}
interface Control {
  id: string;
  label: string;
  actionId: string;
  icons: { size: number; url: string }[];
}
interface UnifiedManifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  version: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  validDomains: string[];
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  developer: { [key: string]: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  extensions: {
    requirements: { scopes: string[]; capabilities: { name: string; minVersion: string }[] };
    runtimes: Runtime[];
    ribbons: { contexts: string[]; tabs: { builtInTabId: string; groups: { id: string; label: string; controls: Control[] }[] }[] }[];
    autoRunEvents: { events: { type: string; actionId: string; options: { sendMode: string } }[] }[];
    alternates: { alternateIcons: { icon: { size: number; url: string }; highResolutionIcon: { size: number; url: string } } }[];
  }[];
}

const ROOT = path.resolve(__dirname, '../..');
const DEV = manifests.DEV_BASE_URL;
const PRODUCTION = 'https://addins.example.nl/send-guard/';
const PACKAGE_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

function schema(version: string, kind = 'MicrosoftTeams'): object {
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/${kind}.schema.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
const validate = (m: object) => validateAgainst(m, manifests.UNIFIED_MANIFEST_VERSION);

function pngSize(bytes: Uint8Array): [number, number, number] {
  const b = Buffer.from(bytes);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  // Width, height and colour type (6: RGBA) from the IHDR chunk.
  return [b.readUInt32BE(16), b.readUInt32BE(20), b[25]];
}

/** Every https URL anywhere in the manifest. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return ([] as string[]).concat(...value.map(urlsIn));
  if (value && typeof value === 'object') return ([] as string[]).concat(...Object.keys(value).map((k) => (k === '$schema' ? [] : urlsIn((value as { [k: string]: unknown })[k]))));
  return [];
}

function parts(m: UnifiedManifest) {
  const ext = m.extensions[0];
  const runtimes = ext.runtimes;
  const action = (id: string) => {
    const owners = runtimes.filter((r) => r.actions.some((a) => a.id === id));
    expect({ action: id, runtimes: owners.length }).toEqual({ action: id, runtimes: 1 });
    return { runtime: owners[0], action: owners[0].actions.filter((a) => a.id === id)[0] };
  };
  const controls = ([] as Control[]).concat(...ext.ribbons.map((r) => ([] as Control[]).concat(...r.tabs.map((t) => ([] as Control[]).concat(...t.groups.map((g) => g.controls))))));
  const events = ([] as { type: string; actionId: string; options: { sendMode: string } }[]).concat(...ext.autoRunEvents.map((a) => a.events));
  return { ext, action, controls, events };
}

describe('manifest.json (unified manifest for Microsoft 365)', () => {
  const dev = manifests.unifiedManifest();

  test('the committed manifest.xml and manifest.json are what src/deploy/addin.js makes (`npm run manifests` refreshes them)', () => {
    for (const file of Object.keys(manifests.DEV_COPIES)) {
      const committed = fs.readFileSync(path.join(ROOT, file), 'utf8');
      expect({ file, current: committed === manifests.DEV_COPIES[file]() }).toEqual({ file, current: true });
    }
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'))).toEqual(dev);
  });

  test.each(SEND_MODES.map((mode) => [mode]))('is valid against Microsoft\'s schema for its manifestVersion (send mode %s, production URL)', async (mode) => {
    const m = manifests.unifiedManifest({ sendMode: mode, baseUrl: PRODUCTION });
    expect(m.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${m.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(await validate(m)).toEqual([]);
    expect(await validate(dev)).toEqual([]);
  });

  test('the schema check can fail: a wrong send mode, a missing developer and a URL that is not http(s) are each rejected', async () => {
    const wrongMode = JSON.parse(JSON.stringify(dev));
    wrongMode.extensions[0].autoRunEvents[0].events[0].options.sendMode = 'SoftBlock';
    expect((await validate(wrongMode)).join('\n')).toMatch(/sendMode must be equal to one of the allowed values/);
    const noDeveloper = JSON.parse(JSON.stringify(dev));
    delete noDeveloper.developer;
    expect((await validate(noDeveloper)).join('\n')).toMatch(/developer/);
    const http = JSON.parse(JSON.stringify(dev));
    http.extensions[0].runtimes[0].code.page = 'ftp://example.nl/commands.html';
    expect((await validate(http)).join('\n')).toMatch(/code\/page must match pattern/);
  });

  test('the Dutch translation file is valid against Microsoft\'s localization schema and says what manifest.xml says in nl-NL', async () => {
    expect(dev.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'nl-nl', file: 'nl-nl.json' }]);
    const nl = JSON.parse(manifests.unifiedLocalizationText('nl')) as { [key: string]: string };
    const validateNl = (strings: object) => validateAgainst(strings, manifests.UNIFIED_MANIFEST_VERSION, 'MicrosoftTeams.Localization');
    expect(await validateNl(nl)).toEqual([]);
    expect((await validateNl({ ...nl, 'extensions[0].ribbons[0].tabs[0].groups[0].controls[0].title': 'x' })).length).toBeGreaterThan(0);
    const xml = parseXml(manifests.xmlManifest());
    const dutch = (e: ReturnType<typeof parseXml>) => e.children.filter((c) => c.attributes.Locale === 'nl-NL')[0].attributes.Value;
    const strings = (id: string) => allElements(xml).filter((e) => e.name === 'bt:String' && e.attributes.id === id)[0];
    expect(nl['name.short']).toBe(dutch(child(xml, 'DisplayName')));
    expect(nl['description.full']).toBe(dutch(child(xml, 'Description')));
    expect(nl['extensions[0].ribbons[0].tabs[0].groups[0].label']).toBe(dutch(strings('GroupLabel')));
    expect(nl['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label']).toBe(dutch(strings('TaskpaneButton.Label')));
    expect(nl['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description']).toBe(dutch(strings('TaskpaneButton.Tooltip')));
    // The keys point at the control they translate.
    expect(parts(dev).controls[0].id).toBe(COMMAND_ID);
  });

  test('messageSending runs the handler the bundle registers, in the JavaScript-only override for classic Outlook, soft block by default', () => {
    const { events, action, ext } = parts(dev);
    expect(events).toEqual([
      { type: 'messageSending', actionId: HANDLER_NAME, options: { sendMode: 'softBlock' } },
      // The compose-time checks (Mailbox 1.11), no send mode: they never stop anything.
      { type: 'messageRecipientsChanged', actionId: 'onMessageRecipientsChangedHandler' },
      { type: 'messageAttachmentsChanged', actionId: 'onMessageAttachmentsChangedHandler' },
    ]);
    for (const name of ['onMessageRecipientsChangedHandler', 'onMessageAttachmentsChangedHandler']) expect(action(name).action.type).toBe('executeFunction');
    const { runtime, action: handler } = action(HANDLER_NAME);
    expect(handler.type).toBe('executeFunction');
    expect(runtime.code).toEqual({ page: DEV + 'commands.html', script: DEV + 'handler.js' });
    expect(runtime.requirements?.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.12' }]);
    expect(ext.requirements).toEqual({ scopes: ['mail'], capabilities: [{ name: 'Mailbox', minVersion: '1.12' }] });
    const bundle = readBuilt('handler.js').toString('utf8');
    expect(bundle).toContain('"' + HANDLER_NAME + '"');
  });

  test('the alert button (commandId) is the task pane control on the compose ribbon, with its icons in assets/', () => {
    const { controls, action, ext } = parts(dev);
    expect(ext.ribbons.map((r) => r.contexts)).toEqual([['mailCompose']]);
    const button = controls.filter((c) => c.id === COMMAND_ID);
    expect(button).toHaveLength(1);
    const { runtime, action: open } = action(button[0].actionId);
    expect(open.type).toBe('openPage');
    expect(runtime.code.page).toBe(DEV + 'taskpane.html');
    expect(button[0].icons.map((i) => i.size)).toEqual([16, 32, 80]);
    for (const icon of button[0].icons) {
      const file = path.join(ROOT, icon.url.slice(DEV.length));
      expect({ icon: icon.url, size: pngSize(fs.readFileSync(file)).slice(0, 2) }).toEqual({ icon: icon.url, size: [icon.size, icon.size] });
    }
    const alternate = ext.alternates[0].alternateIcons;
    expect(pngSize(fs.readFileSync(path.join(ROOT, alternate.icon.url.slice(DEV.length)))).slice(0, 2)).toEqual([64, 64]);
    expect(pngSize(fs.readFileSync(path.join(ROOT, alternate.highResolutionIcon.url.slice(DEV.length)))).slice(0, 2)).toEqual([128, 128]);
  });

  test('says the same as manifest.xml: id, version, names, pages, handler, send mode, button and permission', () => {
    for (const mode of SEND_MODES) {
      const options = { sendMode: mode, baseUrl: PRODUCTION };
      const json = manifests.unifiedManifest(options);
      const xml = parseXml(manifests.xmlManifest(options));
      const attr = (name: string, key: string) => allElements(xml).filter((e) => e.name === name).map((e) => e.attributes[key]);
      expect(json.id).toBe(child(xml, 'Id').text);
      expect(json.version + '.0').toBe(child(xml, 'Version').text);
      expect(json.version).toBe(PACKAGE_VERSION);
      expect(json.name.short).toBe(child(xml, 'DisplayName').attributes.DefaultValue);
      expect(json.description.full).toBe(child(xml, 'Description').attributes.DefaultValue);
      const launch = allElements(xml).filter((e) => e.name === 'LaunchEvent')[0];
      const { events, action, controls } = parts(json);
      expect(events[0].actionId).toBe(launch.attributes.FunctionName);
      expect(events[0].options.sendMode).toBe(launch.attributes.SendMode.charAt(0).toLowerCase() + launch.attributes.SendMode.slice(1));
      const urls = attr('bt:Url', 'DefaultValue');
      const handlerRuntime = action(events[0].actionId).runtime;
      expect(urls).toContain(handlerRuntime.code.page);
      expect(urls).toContain(handlerRuntime.code.script);
      expect(attr('Control', 'id')).toEqual(controls.map((c) => c.id));
      expect(urls).toContain(action(controls[0].actionId).runtime.code.page);
      const label = allElements(xml).filter((e) => e.name === 'bt:String' && e.attributes.id === 'TaskpaneButton.Label')[0];
      expect(controls[0].label).toBe(label.attributes.DefaultValue);
      expect(child(xml, 'Permissions').text).toBe('ReadWriteItem');
      expect(json.authorization.permissions.resourceSpecific).toEqual([{ name: 'MailboxItem.ReadWrite.User', type: 'Delegated' }]);
      expect(attr('bt:Sets', 'DefaultMinVersion')).toEqual([parts(json).ext.requirements.capabilities[0].minVersion]);
    }
  });

  test('a production base URL leaves no localhost anywhere in either manifest, and the valid domain is its host', () => {
    const m = manifests.unifiedManifest({ baseUrl: PRODUCTION });
    const text = JSON.stringify(m);
    expect(text).not.toContain('localhost');
    const urls = urlsIn(m);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect({ url, under: url.indexOf(PRODUCTION) === 0 }).toEqual({ url, under: true });
    expect(m.validDomains).toEqual(['addins.example.nl']);
    // The XML manifest from the same source: no localhost either, not even in its comment.
    expect(manifests.xmlManifest({ baseUrl: PRODUCTION })).not.toContain('localhost');
  });

  test('dist/manifest.json is the build\'s: its base URL and send mode, every URL a file the build made', () => {
    const base = (process.env.SEND_GUARD_BASE_URL || DEV).replace(/\/?$/, '/');
    const mode = process.env.SEND_GUARD_SEND_MODE || 'SoftBlock';
    const built = readBuilt('manifest.json').toString('utf8');
    expect(built).toBe(manifests.unifiedManifestText({ baseUrl: base, sendMode: mode }));
    for (const url of urlsIn(JSON.parse(built))) {
      expect({ url, under: url.indexOf(base) === 0 }).toEqual({ url, under: true });
      readBuilt(url.slice(base.length).split('#')[0]);
    }
    const about = readBuilt('about.html').toString('utf8');
    expect(about).toMatch(/id="privacy"/);
    expect(about).toMatch(/id="terms"/);
  });

  test('the app package holds exactly manifest.json, color.png (192x192), outline.png (32x32, transparent) and nl-nl.json at its root', () => {
    const files = unzipSync(appPackage(DIST));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'nl-nl.json', 'outline.png']);
    expect(Buffer.from(files['nl-nl.json']).toString('utf8')).toBe(manifests.unifiedLocalizationText('nl'));
    const m = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8')) as UnifiedManifest;
    expect(m.id).toBe(ADDIN.id);
    expect(Buffer.from(files['manifest.json']).equals(readBuilt('manifest.json'))).toBe(true);
    expect(pngSize(files[m.icons.color]).slice(0, 2)).toEqual([192, 192]);
    expect(pngSize(files[m.icons.outline])).toEqual([32, 32, 6]);
    expect(Buffer.from(files[m.icons.color]).equals(fs.readFileSync(path.join(ROOT, ADDIN.icons.color)))).toBe(true);
  });
});
