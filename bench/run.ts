/*
 * Benchmarks: `npm run bench` bundles this file with esbuild (the engine as it ships: one module
 * scope, as webpack builds it, not tsx's module-by-module loading) and runs it. Figures are ratios
 * against a baseline measured in the same run. `npm run bench -- engine` runs one of them.
 * To add one: export its run function from its module and add it below.
 */
import { runEngineBench } from './engine';
import { runRecipientsBench } from './recipients';
import { run as runOfficeBench } from './extract-office';
import { benchExtractPdf } from './extract-pdf';
import { runLargeTextBench } from './large-text';
import { runComposeBench } from './compose';

const BENCHES: Record<string, () => unknown> = {
  engine: runEngineBench,
  recipients: runRecipientsBench,
  office: runOfficeBench,
  pdf: benchExtractPdf,
  'large-text': runLargeTextBench,
  compose: runComposeBench,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !BENCHES[name]);
  if (unknown.length > 0) {
    process.stderr.write('unknown benchmark: ' + unknown.join(', ') + ' (choose from ' + Object.keys(BENCHES).join(', ') + ')\n');
    process.exitCode = 2;
    return;
  }
  for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) await BENCHES[name]();
}

void main();
