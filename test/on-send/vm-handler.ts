/** Loads the BUILT dist/handler.js into a bare vm context: only what the JavaScript-only runtime gives. */
import * as vm from 'vm';
import { OfficeSim, type SendResult, type SimSetup } from '../../src/preview/office-sim';
import { readBuilt } from './built';

export function bundle(): string {
  return readBuilt('handler.js').toString('utf8');
}

/** A fresh bare context wired to a new simulated mailbox; `timers` false leaves out setTimeout too. */
export function loadBuiltHandler(setup: SimSetup, timers = true): { sim: OfficeSim; send(): Promise<SendResult> } {
  const sim = new OfficeSim(setup);
  const quiet = { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  const globals: { [name: string]: unknown } = { Office: sim.office, console: quiet };
  if (timers) Object.assign(globals, { setTimeout, clearTimeout });
  const context = vm.createContext(globals);
  // V8 gives every context Intl; the old JavaScript-only runtime may not have it.
  vm.runInContext('delete globalThis.Intl;', context);
  const present = vm.runInContext(
    "['window','document','TextDecoder','TextEncoder','atob','btoa','Intl','fetch','Blob','XMLHttpRequest','localStorage','Buffer','process','require'].filter(function (n) { return typeof globalThis[n] !== 'undefined'; })",
    context,
  ) as string[];
  if (present.length > 0) throw new Error('the bare context has ' + Array.from(present).join(', '));
  // globalThis is ES2020: the ES2016 engine of classic Outlook before 2403 has no such name.
  vm.runInContext('delete globalThis.globalThis;', context);
  if (vm.runInContext('typeof globalThis', context) !== 'undefined') throw new Error('could not remove globalThis from the bare context');
  vm.runInContext(bundle(), context, { filename: 'dist/handler.js' });
  const expected = 'onMessageSendHandler,onMessageRecipientsChangedHandler,onMessageAttachmentsChangedHandler';
  if (Object.keys(sim.actions).join() !== expected) throw new Error('handler.js did not associate ' + expected + ' (got: ' + Object.keys(sim.actions).join() + ')');
  return { sim, send: () => sim.fireSend('onMessageSendHandler') };
}
