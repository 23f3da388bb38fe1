/* about.html: what Send Guard does, what it keeps and on what terms, in English and Dutch. The
   unified manifest's developer links (website, privacy, terms of use) point here, so an admin who
   clicks them in the Microsoft 365 admin center reads the facts instead of a 404. Static: no script. */
'use strict';
const { ADDIN } = require('./addin');
const { contentSecurityPolicy } = require('./hosting');

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const TEXT = {
  en: {
    privacy: 'Privacy',
    privacyBody: [
      'Send Guard checks the message you are sending inside Outlook, on your own device. The message, its attachments and what Send Guard finds in them never leave Outlook: the only requests it makes are for its own files and for your organisation\'s policy (policy.json) on the server this page came from.',
      'While you write, Send Guard keeps its findings for the message with the message itself (Outlook\'s session data or the item\'s custom properties), so the task pane can show them. It writes no logs with message content.',
    ],
    terms: 'Terms of use',
    termsBody: [
      'Send Guard is provided by your organisation\'s IT department under your organisation\'s own rules for e-mail and personal data. It helps you notice personal data before you send; it does not decide for you, and a message without findings is not proof that it holds none.',
    ],
  },
  nl: {
    privacy: 'Privacy',
    privacyBody: [
      'Send Guard controleert het bericht dat je verstuurt in Outlook, op je eigen apparaat. Het bericht, de bijlagen en wat Send Guard erin vindt verlaten Outlook nooit: Send Guard vraagt alleen zijn eigen bestanden op en het beleid van je organisatie (policy.json) bij de server waar deze pagina vandaan komt.',
      'Terwijl je schrijft, bewaart Send Guard zijn bevindingen bij het bericht zelf (de sessiegegevens of aangepaste eigenschappen van het bericht in Outlook), zodat het taakvenster ze kan tonen. Het schrijft geen logboeken met inhoud van berichten.',
    ],
    terms: 'Gebruiksvoorwaarden',
    termsBody: [
      'Send Guard wordt aangeboden door de IT-afdeling van je organisatie, onder de eigen regels van je organisatie voor e-mail en persoonsgegevens. Het helpt je persoonsgegevens op te merken voordat je verstuurt; het beslist niet voor je, en een bericht zonder bevindingen is geen bewijs dat er geen persoonsgegevens in staan.',
    ],
  },
};

function section(lang, id) {
  const t = TEXT[lang];
  const anchor = lang === 'en' ? id : `${id}-${lang}`;
  return `  <section id="${anchor}" lang="${lang}">
    <h2>${escape(t[id])}</h2>
${t[id + 'Body'].map((p) => `    <p>${escape(p)}</p>`).join('\n')}
  </section>`;
}

/** The page's HTML. */
function aboutPage() {
  const policy = contentSecurityPolicy({ officeJs: false, frameAncestors: false });
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta http-equiv="Content-Security-Policy" content="${policy}" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${escape(ADDIN.name.en)}</title>
  <link rel="icon" href="favicon.ico" />
</head>
<body>
<main>
  <h1>${escape(ADDIN.name.en)}</h1>
  <p>${escape(ADDIN.description.en)}</p>
  <p lang="nl">${escape(ADDIN.description.nl)}</p>
${section('en', 'privacy')}
${section('nl', 'privacy')}
${section('en', 'terms')}
${section('nl', 'terms')}
</main>
</body>
</html>
`;
}

module.exports = { aboutPage };
