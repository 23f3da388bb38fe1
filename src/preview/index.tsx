/** Entry point of preview.html: the compose window, the real handler and the real task pane on a simulated Outlook. */
import { choosePolicy, mailbox } from './install-sim';
import '../on-send/handler';
import { createRoot } from 'react-dom/client';
import { forgetPolicy } from '../session/policy';
import { OutlookTaskpane } from '../taskpane/OutlookTaskpane';
import { Preview } from './Preview';

async function loadSample(file: string): Promise<Uint8Array> {
  const response = await fetch(`samples/${encodeURIComponent(file)}`);
  if (!response.ok) throw new Error(`sample ${file}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <Preview
    mailbox={mailbox}
    renderTaskpane={(key) => <OutlookTaskpane key={key} />}
    loadSample={loadSample}
    choosePolicy={(id) => {
      choosePolicy(id);
      // The handler and the pane keep the policy they read; the next read gets the new one.
      forgetPolicy();
    }}
  />,
);
