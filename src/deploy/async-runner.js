/*
 * One copy of the runner for async functions in the handler bundle. TypeScript, writing ES2016,
 * turns each async function into a generator that `__awaiter` runs, and puts its own copy of
 * `__awaiter` into every module that has one; the handler build (webpack.config.js) tells
 * TypeScript to leave those out and hands every module this one instead.
 */
function __awaiter(thisArg, args, PromiseType, body) {
  var P = PromiseType || Promise;
  return new P(function (resolve, reject) {
    var generator = body.apply(thisArg, args || []);
    function step(method, value) {
      var result;
      try {
        result = generator[method](value);
      } catch (e) {
        reject(e);
        return;
      }
      if (result.done) {
        resolve(result.value);
        return;
      }
      var awaited = result.value instanceof P ? result.value : new P(function (done) { done(result.value); });
      // ES5 syntax: this file is bundled as it is (no trailing comma in a call, which ES2016 lacks).
      awaited.then(
        function (v) { step('next', v); },
        function (e) { step('throw', e); }
      );
    }
    step('next', undefined);
  });
}

module.exports = { __awaiter: __awaiter };
