/**
 * Coalescing compose changes: a burst of changes starts one run, not one per change. A change waits
 * a short quiet time; changes that arrive while a run is going are folded into the next run. Every
 * request is answered once, when the run that included it has ended (well or not).
 */

export interface CoalescerOptions {
  /** How long to wait for more changes before a run starts. */
  quietMs: number;
  /** setTimeout where the runtime has one; without it a run starts on the next microtask. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export type Coalescer<C> = (change: C) => Promise<void>;

export function createCoalescer<C>(run: (changes: C[]) => Promise<void>, options: CoalescerOptions): Coalescer<C> {
  let pending: { change: C; done: () => void }[] = [];
  let running = false;
  let timer: unknown;
  let timerSet = false;
  // A steady stream of changes must not hold a run off for ever.
  let restarts = 0;
  const MAX_RESTARTS = 10;

  const start = (): void => {
    timerSet = false;
    restarts = 0;
    if (running || pending.length === 0) return;
    const batch = pending;
    pending = [];
    running = true;
    const finish = (): void => {
      running = false;
      for (const p of batch) p.done();
      if (pending.length > 0) schedule();
    };
    let started: Promise<void>;
    try {
      started = run(batch.map((p) => p.change));
    } catch (e) {
      started = Promise.reject(e);
    }
    started.then(finish, finish);
  };

  const schedule = (): void => {
    if (running) return;
    if (options.setTimer) {
      // Debounce: each new change restarts the quiet time.
      if (timerSet) {
        if (!options.clearTimer || restarts >= MAX_RESTARTS) return;
        options.clearTimer(timer);
        restarts++;
      }
      timerSet = true;
      timer = options.setTimer(start, options.quietMs);
    } else if (!timerSet) {
      timerSet = true;
      Promise.resolve().then(start);
    }
  };

  return (change: C) =>
    new Promise<void>((resolve) => {
      pending.push({ change, done: resolve });
      schedule();
    });
}
