import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../../src/curriculum/integrity.ts';
import { loadContentFolder } from '../../../src/curriculum/content-files.ts';

const root = join(import.meta.dirname, '../../..');
const fixtures = join(root, 'test/fixtures');

/** Runs a real `astro build` over a fixture content folder; returns its exit code and output. */
function buildWith(contentDir: string) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: {
      ...process.env,
      WAYPOINT_CONTENT_DIR: contentDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('invalid content fails the build, naming the file and the field', () => {
  it('the fixtures differ from valid content only by the break under test', () => {
    const { catalogue, problems } = loadContentFolder(join(fixtures, 'content-valid'));
    expect(problems).toEqual([]);
    expect(findContentProblems(catalogue)).toEqual([]);
  });

  it('a field that breaks its schema (a lesson without a title)', () => {
    const { status, output } = buildWith(join(fixtures, 'content-broken-schema'));
    expect(status).not.toBe(0);
    expect(output).toContain('content-broken-schema/lessons/trip-lesson/en.md');
    expect(output).toContain('title: Required');
  }, 120_000);

  it('a reference to content that does not exist (a course naming a missing module)', () => {
    const { status, output } = buildWith(join(fixtures, 'content-broken-references'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'curricula/atlantis-adult.yaml → plans.three-day[0][1]: no module "nowhere"',
    );
  }, 120_000);
});
