import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/**
 * An operator account made with the operator's command (`npm run hub -- operator-add
 * --password-stdin`) on the database `env` names. Throws with what the command said if it failed.
 */
export function addOperator(
  env: Record<string, string | undefined>,
  email: string,
  password: string,
): void {
  const made = spawnSync(
    process.execPath,
    ['src/server/hub-cli.ts', 'operator-add', '--email', email, '--password-stdin'],
    { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', input: `${password}\n` },
  );
  if (made.status !== 0)
    throw new Error(`npm run hub -- operator-add failed:\n${made.stderr || made.stdout}`);
}
