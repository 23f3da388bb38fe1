/**
 * The handler build's two helpers: fflate's load-time TextDecoder test guarded (a throw at load
 * makes V8 re-parse the whole bundle), and one async-function runner that behaves as TypeScript's.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import * as vm from 'vm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fflateLoader: ((source: string) => string) & { guardTextDecoder: (source: string) => string } = require('../../src/deploy/fflate-loader.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { __awaiter } = require('../../src/deploy/async-runner.js') as {
  __awaiter: (self: unknown, args: unknown, P: unknown, body: (...a: unknown[]) => Generator<unknown, unknown, unknown>) => Promise<unknown>;
};

describe('fflate-loader', () => {
  const source = readFileSync(join(__dirname, '..', '..', 'node_modules', 'fflate', 'esm', 'browser.js'), 'utf8');

  it('fflate as installed throws at load where there is no TextDecoder, and not once guarded', () => {
    // Only fflate's TextDecoder part, run in a context without TextDecoder (as the handler's runtime).
    const upToTest = (s: string) => 'var et = new Uint8Array(0);\n' + s.slice(s.indexOf('// text decoder\n'), s.indexOf('// decode UTF8'));
    const count = (s: string) => {
      const context = vm.createContext({ thrown: 0 });
      // Each catch clause counts what it caught: the test's throw is caught inside fflate.
      vm.runInContext(upToTest(s).replace(/catch \(e\) \{ \}/g, 'catch (e) { thrown++; }'), context);
      return (context as { thrown: number }).thrown;
    };
    expect(count(source)).toBe(1);
    expect(count(fflateLoader.guardTextDecoder(source))).toBe(0);
  });

  it('puts the module body in a function run on first use, exporting what the handler imports', () => {
    const out = fflateLoader(source);
    expect(out).not.toMatch(/^export (var|const|let|class|\{)/m);
    expect(out.match(/^export function (\w+)/gm)).toEqual(['export function Inflate', 'export function inflateSync']);
    // Load the loader's output as a CommonJS module: nothing of fflate runs until the first call.
    const exports: Record<string, (...a: unknown[]) => unknown> = {};
    const cjs = out.replace(/^export function (\w+)/gm, 'exports.$1 = $1; function $1');
    new Function('exports', 'TextDecoder', cjs)(exports, undefined);
    const deflated = new Uint8Array([0x4b, 0x4c, 0x4a, 0x06, 0x00]); // "abc", raw deflate
    expect(Array.from(exports.inflateSync(deflated) as Uint8Array)).toEqual([97, 98, 99]);
    const chunks: number[] = [];
    const Inflate = exports.Inflate as unknown as new (cb: (chunk: Uint8Array) => void) => { push(d: Uint8Array, final: boolean): void };
    const inflater = new Inflate((chunk) => chunks.push(...Array.from(chunk)));
    inflater.push(deflated, true);
    expect(chunks).toEqual([97, 98, 99]);
  });

  it('fails the build when the code it guards is gone', () => {
    expect(() => fflateLoader('var td = 1;')).toThrow(/fflate-loader/);
  });
});

describe('async-runner', () => {
  it('runs an async body: awaits values and promises, returns, and passes a throw on', async () => {
    const result = await __awaiter(null, [2], undefined, function* (n: unknown) {
      const a = (yield 40) as number;
      const b = (yield Promise.resolve(n)) as number;
      return a + b;
    });
    expect(result).toBe(42);
    await expect(
      __awaiter(null, [], undefined, function* () {
        yield Promise.resolve();
        throw new Error('inside');
      }),
    ).rejects.toThrow('inside');
    const caught = await __awaiter(null, [], undefined, function* () {
      try {
        yield Promise.reject(new Error('awaited'));
        return 'not caught';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(caught).toBe('awaited');
  });
});
