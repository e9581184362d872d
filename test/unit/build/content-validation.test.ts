import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

describe('narration audio shipped with the content', () => {
  it('is served under /narration/, listed per language, and carried by the bundles', () => {
    const { status, output } = buildWith(join(fixtures, 'content-valid'));
    expect(status, output).toBe(0);
    // Where astro.config.mjs puts fixture builds.
    const client = join(root, 'node_modules/.waypoint-fixture/dist/client');
    const audioUrl = '/narration/en/lesson/home-lesson.wav';
    expect(JSON.parse(readFileSync(join(client, 'narration/en.json'), 'utf8'))).toEqual({
      'en/lesson/home-lesson': audioUrl,
    });
    expect(JSON.parse(readFileSync(join(client, 'narration/ar.json'), 'utf8'))).toEqual({});
    expect(readFileSync(join(client, audioUrl))).toEqual(
      readFileSync(join(fixtures, 'content-valid/narration/en/lesson/home-lesson.wav')),
    );
    const bundleUrls = (id: string) =>
      (
        JSON.parse(readFileSync(join(client, `bundles/${id}.json`), 'utf8')) as {
          files: { url: string }[];
        }
      ).files.map((file) => file.url);
    expect(bundleUrls('atlantis-en')).toEqual(
      expect.arrayContaining(['/narration/en.json', audioUrl]),
    );
    expect(bundleUrls('atlantis-ar')).toContain('/narration/ar.json');
    expect(bundleUrls('atlantis-ar')).not.toContain(audioUrl);
  }, 180_000);
});
