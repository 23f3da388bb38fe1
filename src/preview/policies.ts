/**
 * Policies the preview can switch between, one per way of sending securely, so each can be tried
 * without editing policy.json. The preview answers the add-in's own request for policy.json with
 * the chosen one, so the handler and the task pane read it exactly as they read the real file.
 */
import type { SimLabel } from './office-sim';

export type PreviewPolicyId = 'default' | 'sensitivity-label' | 'subject-tag' | 'header' | 'secure-channel';

/** The preview's label catalog: one label the policy names, one sublabel, one it does not name. */
export const PREVIEW_LABELS: SimLabel[] = [
  { id: '6f0c7a52-1d2e-4c3b-9a8f-0e1d2c3b4a51', name: 'Openbaar', tooltip: 'Geen beperkingen.' },
  {
    id: '6f0c7a52-1d2e-4c3b-9a8f-0e1d2c3b4a52',
    name: 'Vertrouwelijk',
    tooltip: 'Alleen de ontvangers kunnen dit bericht openen.',
    children: [{ id: '6f0c7a52-1d2e-4c3b-9a8f-0e1d2c3b4a53', name: 'Vertrouwelijk – intern', tooltip: 'Alleen voor collega’s.' }],
  },
];

export const PREVIEW_POLICIES: Record<PreviewPolicyId, { title: string; json?: object }> = {
  default: { title: 'Default (no secure-send mechanism)' },
  'sensitivity-label': {
    title: 'Sensitivity label',
    json: { name: 'Voorbeeld: vertrouwelijkheidslabel', secureSend: { mechanism: 'sensitivity-label', sensitivityLabelId: PREVIEW_LABELS[1].id } },
  },
  'subject-tag': { title: 'Subject tag (gateway)', json: { name: 'Voorbeeld: markering in het onderwerp', secureSend: { mechanism: 'subject-tag', subjectTag: '[beveiligd]' } } },
  header: {
    title: 'Header (gateway)',
    json: { name: 'Voorbeeld: kop voor de mailserver', secureSend: { mechanism: 'header', headerName: 'X-Send-Securely', headerValue: 'true' } },
  },
  'secure-channel': {
    title: 'Secure-channel link',
    json: {
      name: 'Voorbeeld: beveiligd kanaal',
      secureSend: { mechanism: 'secure-channel', secureChannelUrl: 'https://veilig-mailen.example/nieuw', secureChannelLabel: 'Via Veilig Mailen versturen' },
    },
  },
};

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * Serves the chosen policy for policy.json requests from this page; every other request, and the
 * default choice, goes to the network as before. Returns the function that picks the policy.
 */
export function installPolicySwitch(win: { fetch: Fetch }): (id: PreviewPolicyId) => void {
  let chosen: PreviewPolicyId = 'default';
  const network = win.fetch.bind(win);
  win.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const json = PREVIEW_POLICIES[chosen].json;
    if (json && /\/policy\.json(\?|$)/.test(url)) return Promise.resolve(new Response(JSON.stringify(json), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    return network(input, init);
  };
  return (id) => {
    chosen = id;
  };
}
