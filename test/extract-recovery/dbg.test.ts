import { extractAttachment } from '../../src/extract';
import { defaultPolicy } from '../../src/policy/defaults';
import { seeded } from '../../test/seeded';
import { fixtures, MUTATION_KINDS, mutate } from '../../test/extract-recovery/mutants';
test('dbg', () => {
  const want = (process.env.DBG || '').split(',');
  const SEED = 20261204;
  const h = (text: string) => { let x = 2166136261; for (let i = 0; i < text.length; i++) x = Math.imul(x ^ text.charCodeAt(i), 16777619); return x >>> 0; };
  for (const f of fixtures()) {
    if (f.file !== want[0]) continue;
    const rnd = seeded(SEED ^ h(f.file));
    for (const kind of MUTATION_KINDS) for (let i = 0; i < Number(process.env.PER || 4); i++) {
      const m = mutate(f, kind, rnd);
      if (kind === want[1] && String(i) === want[2]) {
        const r = extractAttachment(f.file, m.bytes, { limits: defaultPolicy().limits, deadline: Infinity, now: () => 0 });
        console.log(JSON.stringify(r, null, 1).slice(0, 3000));
        require('fs').writeFileSync('/tmp/zipw/mutant-' + f.file, m.bytes);
      }
    }
  }
});
