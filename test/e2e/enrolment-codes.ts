import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/**
 * One-time enrolment codes made with the operator's command (`npm run hub -- enrol-code`) on
 * the database `env` names (DATA_DIR or DATABASE_URL). Throws with what the command said when
 * it made fewer than asked.
 */
export function makeEnrolmentCodes(
  env: Record<string, string | undefined>,
  count: number,
  programme = 'Tests',
): string[] {
  const made = spawnSync(
    process.execPath,
    [
      'src/server/hub-cli.ts',
      'enrol-code',
      '--programme',
      programme,
      '--expires',
      '1d',
      '--count',
      String(count),
    ],
    { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  const codes = made.stdout.match(/[A-Z2-9]{4}(-[A-Z2-9]{4}){3}/g) ?? [];
  if (codes.length !== count)
    throw new Error(
      `npm run hub -- enrol-code made ${codes.length} of ${count} codes:\n${made.stderr}`,
    );
  return codes;
}
