/** Entry point of taskpane.html: waits for office.js, then shows the pane in the user's language. */
import { createRoot } from 'react-dom/client';
import { whenOfficeReady } from '../outlook/pane';
import { OutlookTaskpane } from './OutlookTaskpane';

const setPageLanguage = (lang: string) => {
  document.documentElement.lang = lang;
};

void whenOfficeReady().then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(<OutlookTaskpane onLanguage={setPageLanguage} />);
});
