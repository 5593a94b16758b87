// `npm start`: build the web app if there is no build yet, then run the server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'web/dist/index.html'))) {
  console.log('No web build found: building the web app once (npm run build)…');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
process.chdir(root);
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../server/src/cli.ts');
process.exitCode = await main(['serve']);
