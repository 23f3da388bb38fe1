/** Entry point of policy-studio.html: the studio in the browser's language (Dutch or English). */
import { createRoot } from 'react-dom/client';
import { languageFor } from '../strings/words';
import { Studio } from './Studio';

createRoot(document.getElementById('root') as HTMLElement).render(<Studio initialLang={languageFor(navigator.language, 'en')} />);
