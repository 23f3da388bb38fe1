/** Entry point of the `send-guard` CLI (built by webpack into dist/cli/send-guard.js). */
import { performance } from 'perf_hooks';
import { runEncryptCommand } from './encrypt';
import { runCli } from './run';

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

function internalError(error: unknown): void {
  // A bug, not the user's fault: say so in one line (no message content) and exit 2.
  process.stderr.write(`send-guard: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}

// Encryption is asynchronous (WebCrypto); the other commands are not.
if (process.argv[2] === 'encrypt') {
  runEncryptCommand(process.argv.slice(3), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readStdin,
  }).then((code) => {
    process.exitCode = code;
  }, internalError);
} else {
  try {
    process.exitCode = runCli(process.argv.slice(2), {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      now: () => performance.now(),
    });
  } catch (error) {
    internalError(error);
  }
}
