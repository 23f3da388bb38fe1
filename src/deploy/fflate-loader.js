/*
 * webpack loader for fflate in the handler build. At load fflate tests TextDecoder's stream mode
 * inside try/catch; Outlook's JavaScript-only runtime has no TextDecoder, so that test throws on
 * every start, and V8 re-parses the whole bundle to put source positions in the error's stack (about
 * a third of the handler's load time). Asking first whether there is a TextDecoder avoids the throw.
 */
const THROWING = /try \{\s*td\.decode\(et, \{ stream: true \}\);\s*tds = 1;\s*\}\s*catch \(e\) \{ \}/;

module.exports = function fflateLoader(source) {
  // A newer fflate may test differently: fail the build rather than keep a throw nobody notices.
  if (!THROWING.test(source)) throw new Error('fflate-loader: the TextDecoder test it guards was not found (fflate updated?); check src/deploy/fflate-loader.js');
  return source.replace(THROWING, (test) => 'if (td) ' + test);
};
