/** Entry point of the `send-guard` CLI (built by webpack into dist/cli/send-guard.js). */
import { performance } from 'perf_hooks';
import { runCli } from './run';

try {
  process.exitCode = runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    now: () => performance.now(),
  });
} catch (error) {
  // A bug, not the user's fault: say so in one line (no message content) and exit 2.
  process.stderr.write(`send-guard: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
