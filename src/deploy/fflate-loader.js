/*
 * webpack loader for fflate in the handler build. The handler starts on every compose change and
 * rarely inflates anything (only zip-based attachments and PDF streams do), but fflate builds its
 * Huffman tables when the module loads: about half of the handler's start-up work. This loader puts
 * the module's body in a function run on the first call, and exports what the handler uses.
 *
 * Also, fflate tests TextDecoder's stream mode inside try/catch; Outlook's JavaScript-only runtime
 * has no TextDecoder, so that test throws, and a throw makes V8 re-parse the code around it for the
 * stack's source positions. Asking first whether there is a TextDecoder avoids the throw.
 */
const THROWING = /try \{\s*td\.decode\(et, \{ stream: true \}\);\s*tds = 1;\s*\}\s*catch \(e\) \{ \}/;

/** What the handler imports from fflate (the build fails on an import that is not here). */
const USED = ['Inflate', 'inflateSync'];

function guardTextDecoder(source) {
  // A newer fflate may test differently: fail the build rather than keep a throw nobody notices.
  if (!THROWING.test(source)) throw new Error('fflate-loader: the TextDecoder test it guards was not found (fflate updated?); check src/deploy/fflate-loader.js');
  return source.replace(THROWING, (test) => 'if (td) ' + test);
}

/** The module's body in a function, run once on first use; `export` statements become plain declarations. */
function deferred(source) {
  const body = source
    .replace(/^export \{[^}]*\};?$/gm, '')
    .replace(/^export (var|function|const|let|class) /gm, '$1 ');
  if (/^(export|import) /m.test(body)) throw new Error('fflate-loader: fflate has an import or export this loader does not handle; check src/deploy/fflate-loader.js');
  const wrappers = USED.map((name) => {
    // Called with or without `new`: an object returned from a constructor is the result of `new`.
    return `export function ${name}(a, b) { var f = fflate().${name}; return this instanceof ${name} ? new f(a, b) : f(a, b); }`;
  });
  return [
    'var loaded;',
    `function fflate() { if (!loaded) loaded = (function () {\n${body}\nreturn { ${USED.join(', ')} };\n})(); return loaded; }`,
    ...wrappers,
  ].join('\n');
}

module.exports = function fflateLoader(source) {
  return deferred(guardTextDecoder(source));
};
module.exports.guardTextDecoder = guardTextDecoder;
