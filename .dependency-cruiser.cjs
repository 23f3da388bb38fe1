/**
 * The house rules: each folder of src/ is one layer and imports only from the layers below it.
 * `npm run lint` runs these; `npm run graph` draws the layers (docs/architecture.md).
 *
 * Floors, bottom up:
 *   0 model                        the shapes: message, finding, ids
 *   1 codec, strings               bytes and text encodings; the words people read (nl, en)
 *   2 crypto                       hashes and ciphers
 *   3 policy, detection            the policy type and rules; text -> findings
 *   4 extract, recipients          attachment bytes -> text; recipients -> findings
 *   5 scan, encrypt                a whole message -> report and verdict; an attachment -> its encrypted copy
 *   6 outlook, cli, masking        the door to Office.js; the command line; masking values in the message
 *   7 session                      what the handler and the task pane share about a send
 *   8 on-send, taskpane            the Smart Alerts handler; the task pane UI
 *   9 preview, studio              the local simulator page; the admins' policy studio
 */
const FLOORS = [
  ['model'],
  ['codec', 'strings'],
  ['crypto'],
  ['policy', 'detection'],
  ['extract', 'recipients'],
  ['scan', 'encrypt'],
  ['outlook', 'cli', 'masking'],
  ['session'],
  ['on-send', 'taskpane'],
  ['preview', 'studio'],
];

const floorOf = {};
FLOORS.forEach((names, i) => names.forEach((n) => (floorOf[n] = i)));
const all = Object.keys(floorOf);


const layerRules = all.map((name) => {
  const allowed = all.filter((other) => other === name || floorOf[other] < floorOf[name]);
  const forbidden = all.filter((o) => !allowed.includes(o));
  return {
    name: `layer-${name}`,
    comment: `src/${name}/ imports only from the floors below it (${allowed.filter((o) => o !== name).join(', ') || 'nothing'}).`,
    severity: 'error',
    from: { path: `^src/${name}/` },
    to: { path: `^src/(${forbidden.join('|')})/` },
  };
}).filter((rule) => !rule.to.path.endsWith('()/'));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import circles, type-only ones included.', from: {}, to: { circular: true } },
    ...layerRules,
    {
      name: 'office-only-in-outlook',
      severity: 'error',
      comment: 'Office.js is reached only through src/outlook/ (the preview simulates it).',
      from: { path: '^src/', pathNot: '^src/(outlook|preview)/' },
      to: { path: '@microsoft/office-js|office-js' },
    },
    {
      name: 'ui-only-in-ui',
      severity: 'error',
      comment: 'React and Fluent UI only in the task pane, the preview and the policy studio.',
      from: { path: '^src/', pathNot: '^src/(taskpane|preview|studio)/' },
      to: { path: 'node_modules/(react|react-dom|@fluentui)/' },
    },
    {
      name: 'src-not-test',
      severity: 'error',
      comment: 'Product code never imports tests or benches.',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/deploy/' },
    // `npm run graph`: one box per folder of src/, the floors top (preview) to bottom (model).
    reporterOptions: {
      archi: { collapsePattern: '^src/[^/]+/', theme: { graph: { rankdir: 'TB', splines: 'true', ranksep: '0.4' } } },
    },
  },
};
