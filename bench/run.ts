/* Benchmarks: run with `npm run bench`. Figures are ratios against a baseline measured in the same run.
   To add one: import its module (or its run function) and add a line below. */
import { runEngineBench } from './engine';
import './recipients';
import { run as runOfficeBench } from './extract-office';
import { benchExtractPdf } from './extract-pdf';

async function main(): Promise<void> {
  runEngineBench();
  await runOfficeBench();
  await benchExtractPdf();
}

void main();
