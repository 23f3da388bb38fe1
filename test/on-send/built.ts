/** The build output the tests check. A missing build is a failure with a clear message, never a skip. */
import * as fs from 'fs';
import * as path from 'path';

export const DIST = path.resolve(__dirname, '../../dist');

export function readBuilt(name: string): Buffer {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) {
    throw new Error(`dist/${name} is missing: build first with \`npm run build\` (\`npm test\` builds before it runs jest).`);
  }
  return fs.readFileSync(file);
}
