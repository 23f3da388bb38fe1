/** Shared by the encryption tests: fixtures, a temporary folder, and running the real readers. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const PDF_FIXTURES = path.join(ROOT, 'test', 'extract', 'pdf', 'fixtures');
export const FIXTURES = path.join(ROOT, 'test', 'extract', 'fixtures');
export const OFFICE_FIXTURES = path.join(ROOT, 'test', 'extract', 'office', 'fixtures');

export function readFixture(folder: string, name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(folder, name)));
}

export function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'send-guard-encrypt-'));
}

export function run(command: string, args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', input, timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
