/* Benchmarks: run with `npm run bench`. Figures are ratios against a baseline measured in the same run. */
process.stdout.write('send-guard bench: no benchmarks yet\n');
import './recipients';
