/* How Send Guard's files must be served: one source for the dev server, the nginx test and the
   admin documentation (a test checks docs/admin-deployment.md quotes these exactly). CommonJS: webpack.config.js
   and the tests read it. */
'use strict';

/** Hosts that show the task pane in their frame: Outlook on the web, new Outlook, Microsoft 365. */
const OUTLOOK_FRAME_ANCESTORS = [
  "'self'",
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.outlook.com',
  'https://*.live.com',
  'https://*.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.officeapps.live.com',
];

/**
 * The Content-Security-Policy of a page. `officeJs`: the page loads Office.js from Microsoft's CDN.
 * `frameAncestors`: only in the response header (a <meta> policy cannot carry it).
 */
function contentSecurityPolicy(options) {
  const { officeJs = true, frameAncestors = true } = options || {};
  const directives = [
    "default-src 'self'",
    // Office.js comes from Microsoft's CDN; nothing else runs.
    "script-src 'self'" + (officeJs ? ' https://appsforoffice.microsoft.com' : ''),
    // Fluent UI v9 (Griffel) inserts its styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    // Only the add-in's own origin (policy.json): no message content leaves the client.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  if (frameAncestors) directives.push('frame-ancestors ' + OUTLOOK_FRAME_ANCESTORS.join(' '));
  return directives.join('; ');
}

const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

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
  '.ico': 'image/x-icon',
  '.md': 'text/markdown',
};

module.exports = { contentSecurityPolicy, CONTENT_SECURITY_POLICY, SECURITY_HEADERS, CONTENT_TYPES };
