/* How Send Guard's files must be served: one source for the dev server, the nginx test and the
   admin documentation (a test checks the README quotes these exactly). CommonJS: webpack.config.js
   and the tests read it. */
'use strict';

/** Hosts that show the task pane in their frame: Outlook on the web, new Outlook, Microsoft 365. */
const OUTLOOK_FRAME_ANCESTORS = [
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.outlook.com',
  'https://*.live.com',
  'https://*.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.officeapps.live.com',
];

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Office.js comes from Microsoft's CDN; nothing else runs.
  "script-src 'self' https://appsforoffice.microsoft.com",
  // Fluent UI v9 (Griffel) inserts its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  // Only the add-in's own origin (policy.json): no message content leaves the client.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors ' + OUTLOOK_FRAME_ANCESTORS.join(' '),
].join('; ');

/** Response headers for the HTML pages. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Content types by file extension. */
const CONTENT_TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'text/xml',
  '.png': 'image/png',
  '.md': 'text/markdown',
};

module.exports = { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, CONTENT_TYPES };
