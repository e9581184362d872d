import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build is made from: any change here means the built site is stale. */
const buildInputs = ['src', 'content', 'locales', 'public', 'astro.config.mjs', 'package.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

/** Builds the site when there is no build yet or a build input changed since the last one. */
export function buildIfNeeded(root: string, entry: string): void {
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  const changed = Math.max(...buildInputs.map((input) => newestChange(join(root, input))));
  if (built > changed) return;
  console.log(built ? 'Sources changed since the last build: rebuilding…' : 'Building Waypoint…');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
      // Always a production build, whoever starts the hub: under a test runner NODE_ENV is
      // "test", and a build made so leaves out the service worker's registration.
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
    },
  );
  if (result.status !== 0) throw new Error('the build failed (see the messages above)');
}
