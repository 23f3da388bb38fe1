/** The task pane as Outlook opens it: load the policy, build the Office-backed host, show the app. */
import { useEffect, useState } from 'react';
import { loadPolicy } from '../session/policy';
import { App } from './App';
import type { TaskpaneHost } from './host';
import { createOutlookHost } from './outlook-host';

export function OutlookTaskpane({ onLanguage }: { onLanguage?: (lang: string) => void }) {
  const [host, setHost] = useState<TaskpaneHost | undefined>();
  useEffect(() => {
    let live = true;
    void loadPolicy().then((policy) => {
      if (!live) return;
      const created = createOutlookHost(policy);
      if (onLanguage) onLanguage(created.language);
      setHost(created);
    });
    return () => {
      live = false;
    };
  }, [onLanguage]);
  return host ? <App host={host} /> : null;
}
