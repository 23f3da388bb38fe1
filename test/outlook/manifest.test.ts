/**
 * Offline check of manifest.xml (office-addin-manifest validate needs Microsoft's service; `npm run
 * validate` runs it for those online): structure and order per the add-in-only manifest schema,
 * every resid resolves, the handler name and the task pane button agree with the code and the
 * built bundle, icons exist at their pixel sizes, every URL is https under one base.
 */
import * as fs from 'fs';
import * as path from 'path';
import { COMMAND_ID, HANDLER_NAME } from '../../src/on-send/on-send';
import { ATTACHMENTS_HANDLER_NAME, RECIPIENTS_HANDLER_NAME } from '../../src/on-send/compose';
import { ALERT_STRINGS } from '../../src/strings/alert';
import { readBuilt } from '../on-send/built';
import { allElements, child, parseXml, type XmlElement } from './xml';

const ROOT = path.resolve(__dirname, '../..');
const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const manifest = parseXml(source);
const BASE = 'https://localhost:3000/';

/** Children's names must follow `order` (the schema's xs:sequence); `required` must all be there. */
function expectOrder(e: XmlElement, order: string[], required: string[] = []): void {
  const names = e.children.map((c) => c.name);
  for (const n of names) expect({ parent: e.name, child: n, known: order.indexOf(n) >= 0 }).toEqual({ parent: e.name, child: n, known: true });
  const positions = names.map((n) => order.indexOf(n));
  expect({ parent: e.name, children: names, inOrder: positions.every((p, k) => k === 0 || positions[k - 1] <= p) }).toMatchObject({ inOrder: true });
  for (const r of required) expect({ parent: e.name, required: r, present: names.indexOf(r) >= 0 }).toMatchObject({ present: true });
}

const versionOverrides = child(manifest, 'VersionOverrides');
const inner = child(versionOverrides, 'VersionOverrides');
const host = child(child(inner, 'Hosts'), 'Host');
const desktop = child(host, 'DesktopFormFactor');
const resources = child(inner, 'Resources');

function resourceIds(group: string): { [id: string]: XmlElement } {
  const out: { [id: string]: XmlElement } = {};
  for (const r of child(resources, group).children) out[r.attributes.id] = r;
  return out;
}
const images = resourceIds('bt:Images');
const urls = resourceIds('bt:Urls');
const shortStrings = resourceIds('bt:ShortStrings');
const longStrings = resourceIds('bt:LongStrings');

function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  test('is a MailApp with a stable GUID, version 0.1.0.0 and ReadWriteItem', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('MailApp');
    expect(child(manifest, 'Id').text).toBe('e58b4c9b-8639-4036-817a-6cb89c79471b');
    expect(child(manifest, 'Version').text).toBe('0.1.0.0');
    expect(child(manifest, 'Permissions').text).toBe('ReadWriteItem');
  });

  test('elements appear in schema order, required ones present', () => {
    expectOrder(
      manifest,
      ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'DisableEntityHighlighting', 'VersionOverrides'],
      ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'FormSettings', 'Permissions', 'Rule', 'VersionOverrides'],
    );
    expect(versionOverrides.attributes['xsi:type']).toBe('VersionOverridesV1_0');
    expect(inner.attributes['xsi:type']).toBe('VersionOverridesV1_1');
    expectOrder(versionOverrides, ['Description', 'Requirements', 'Hosts', 'Resources', 'VersionOverrides'], ['VersionOverrides']);
    expectOrder(inner, ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo'], ['Requirements', 'Hosts', 'Resources']);
    expectOrder(host, ['Runtimes', 'DesktopFormFactor', 'MobileFormFactor'], ['Runtimes', 'DesktopFormFactor']);
    expectOrder(desktop, ['SupportsSharedFolders', 'FunctionFile', 'ExtensionPoint'], ['ExtensionPoint']);
    expectOrder(resources, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'], ['bt:Images', 'bt:Urls', 'bt:ShortStrings']);
    for (const control of allElements(manifest).filter((e) => e.name === 'Control')) {
      expectOrder(control, ['Label', 'Supertip', 'Icon', 'Action'], ['Label', 'Supertip', 'Icon', 'Action']);
      expectOrder(child(control, 'Supertip'), ['Title', 'Description'], ['Title', 'Description']);
    }
    for (const ep of desktop.children.filter((e) => e.attributes['xsi:type'] === 'LaunchEvent')) expectOrder(ep, ['LaunchEvents', 'SourceLocation'], ['LaunchEvents', 'SourceLocation']);
  });

  test('Mailbox 1.12 is the minimum for the overrides (Smart Alerts)', () => {
    const sets = child(child(inner, 'Requirements'), 'bt:Sets');
    expect(sets.attributes.DefaultMinVersion).toBe('1.12');
    expect(child(sets, 'bt:Set').attributes.Name).toBe('Mailbox');
  });

  test('every resid resolves to a resource of the right kind; ids are unique and at most 32 characters', () => {
    const kinds: { [element: string]: { [id: string]: XmlElement } } = {
      Label: shortStrings,
      Title: shortStrings,
      Description: longStrings,
      'bt:Image': images,
      SourceLocation: urls,
      FunctionFile: urls,
      Runtime: urls,
      Override: urls,
    };
    const used = new Set<string>();
    const withResid = allElements(inner).filter((e) => e.attributes.resid !== undefined);
    expect(withResid.length).toBeGreaterThan(10);
    for (const e of withResid) {
      const table = kinds[e.name];
      expect({ element: e.name, resid: e.attributes.resid, resolves: !!table && !!table[e.attributes.resid] }).toMatchObject({ resolves: true });
      used.add(e.attributes.resid);
    }
    const ids = [images, urls, shortStrings, longStrings].map((t) => Object.keys(t)).reduce((a, b) => a.concat(b), []);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect({ id, length: id.length <= 32 }).toEqual({ id, length: true });
      expect({ id, used: used.has(id) }).toEqual({ id, used: true });
    }
  });

  test('the runtime is commands.html, with handler.js for classic Outlook', () => {
    const runtime = child(child(host, 'Runtimes'), 'Runtime');
    expect(urls[runtime.attributes.resid].attributes.DefaultValue).toBe(BASE + 'commands.html');
    const override = child(runtime, 'Override');
    expect(override.attributes.type).toBe('javascript');
    expect(urls[override.attributes.resid].attributes.DefaultValue).toBe(BASE + 'handler.js');
    const launch = desktop.children.filter((e) => e.attributes['xsi:type'] === 'LaunchEvent')[0];
    expect(child(launch, 'SourceLocation').attributes.resid).toBe(runtime.attributes.resid);
  });

  test('OnMessageSend names the function the built bundle registers, soft block by default', () => {
    const events = allElements(manifest).filter((e) => e.name === 'LaunchEvent');
    expect(events.map((e) => e.attributes.Type)).toEqual(['OnMessageSend', 'OnMessageRecipientsChanged', 'OnMessageAttachmentsChanged']);
    const event = events[0];
    expect(event.attributes.FunctionName).toBe(HANDLER_NAME);
    expect(event.attributes.SendMode).toBe('SoftBlock');
    const bundle = readBuilt('handler.js').toString('utf8');
    // The handler registers through src/outlook/actions.ts: the bundle calls Office.actions.associate
    // and carries the manifest's FunctionName (the vm tests run the registration itself).
    expect(bundle).toContain('.associate(');
    expect(bundle).toContain('"' + event.attributes.FunctionName + '"');
  });

  test('the compose events name the functions the bundle registers, without a send mode', () => {
    const events = allElements(manifest).filter((e) => e.name === 'LaunchEvent').slice(1);
    expect(events.map((e) => e.attributes.FunctionName)).toEqual([RECIPIENTS_HANDLER_NAME, ATTACHMENTS_HANDLER_NAME]);
    // SendMode belongs to OnMessageSend only.
    for (const e of events) expect(e.attributes.SendMode).toBeUndefined();
    const bundle = readBuilt('handler.js').toString('utf8');
    for (const e of events) expect(bundle).toContain('"' + e.attributes.FunctionName + '"');
  });

  test('the copy in dist/ carries the build\'s send mode, base URL and version, and nothing else changed', () => {
    const built = readBuilt('manifest.xml').toString('utf8');
    const mode = process.env.SEND_GUARD_SEND_MODE || 'SoftBlock';
    const base = (process.env.SEND_GUARD_BASE_URL || BASE).replace(/\/?$/, '/');
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version + '.0';
    const expected = source
      .replace('SendMode="SoftBlock"', 'SendMode="' + mode + '"')
      .split(BASE)
      .join(base)
      .replace(/<Version>[^<]*<\/Version>/, '<Version>' + version + '</Version>');
    expect(built).toBe(expected);
  });

  test('the alert button (commandId) is a task pane control on the compose surface', () => {
    const compose = desktop.children.filter((e) => e.attributes['xsi:type'] === 'MessageComposeCommandSurface');
    expect(compose).toHaveLength(1);
    const controls = allElements(compose[0]).filter((e) => e.name === 'Control');
    const button = controls.filter((c) => c.attributes.id === COMMAND_ID);
    expect(button).toHaveLength(1);
    const action = child(button[0], 'Action');
    expect(action.attributes['xsi:type']).toBe('ShowTaskpane');
    expect(urls[child(action, 'SourceLocation').attributes.resid].attributes.DefaultValue).toBe(BASE + 'taskpane.html');
  });

  test('the alert on older Outlook names the ribbon button by its label, in both languages', () => {
    const label = shortStrings['TaskpaneButton.Label'];
    expect(ALERT_STRINGS.en.nextStepRibbon).toContain(label.attributes.DefaultValue);
    const nl = label.children.filter((c) => c.attributes.Locale === 'nl-NL')[0];
    expect(ALERT_STRINGS.nl.nextStepRibbon).toContain(nl.attributes.Value);
  });

  test('icons exist in assets/ at the pixel sizes the manifest says', () => {
    const checks: [string, number][] = [
      [child(manifest, 'IconUrl').attributes.DefaultValue, 64],
      [child(manifest, 'HighResolutionIconUrl').attributes.DefaultValue, 128],
    ];
    for (const img of allElements(inner).filter((e) => e.name === 'bt:Image' && e.attributes.size)) {
      checks.push([images[img.attributes.resid].attributes.DefaultValue, Number(img.attributes.size)]);
    }
    expect(checks.map((c) => c[1]).sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
    for (const [url, size] of checks) {
      expect(url.startsWith(BASE + 'assets/')).toBe(true);
      const file = path.join(ROOT, url.slice(BASE.length));
      expect({ url, exists: fs.existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, size: pngSize(file) }).toEqual({ url, size: [size, size] });
      expect(readBuilt(url.slice(BASE.length)).equals(fs.readFileSync(file))).toBe(true);
    }
  });

  test('every URL is https under the one development base, and names a file the build makes', () => {
    const values: string[] = [];
    for (const e of allElements(manifest)) {
      for (const name of Object.keys(e.attributes)) if (!name.startsWith('xmlns') && e.attributes[name].indexOf('://') >= 0) values.push(e.attributes[name]);
      if (e.text.indexOf('://') >= 0) values.push(e.text.trim());
    }
    expect(values.length).toBeGreaterThanOrEqual(8);
    for (const url of values) {
      expect({ url, https: url.startsWith(BASE) }).toEqual({ url, https: true });
      readBuilt(url.slice(BASE.length));
    }
  });

  test('Dutch (nl-NL) overrides for the name, the description and every label', () => {
    const localised = [child(manifest, 'DisplayName'), child(manifest, 'Description')].concat(Object.keys(shortStrings).map((k) => shortStrings[k]), Object.keys(longStrings).map((k) => longStrings[k]));
    for (const e of localised) {
      const nl = e.children.filter((c) => (c.name === 'Override' || c.name === 'bt:Override') && c.attributes.Locale === 'nl-NL');
      expect({ element: e.attributes.id || e.name, nl: nl.length }).toEqual({ element: e.attributes.id || e.name, nl: 1 });
      expect(nl[0].attributes.Value.length).toBeGreaterThan(0);
    }
    // Schema lengths: ShortString 125, LongString 250.
    for (const k of Object.keys(shortStrings)) expect(shortStrings[k].attributes.DefaultValue.length).toBeLessThanOrEqual(125);
    for (const k of Object.keys(longStrings)) expect(longStrings[k].attributes.DefaultValue.length).toBeLessThanOrEqual(250);
    expect(child(manifest, 'Description').attributes.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test('the tiny XML reader rejects what it cannot read (so the checks above can fail)', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(/does not match/);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<a>')).toThrow(/unclosed/);
  });
});
