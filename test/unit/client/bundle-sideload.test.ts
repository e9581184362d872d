import 'fake-indexeddb/auto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleRepository } from '../../../src/client/db/bundle-repository.ts';
import { NarrationRepository } from '../../../src/client/db/narration-repository.ts';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { BundleDownloader } from '../../../src/client/offline/bundle-downloader.ts';
import { BundleFiles } from '../../../src/client/offline/bundle-files.ts';
import { BundleSideload } from '../../../src/client/offline/bundle-sideload.ts';
import { BUNDLE_CACHE } from '../../../src/domain/bundle-caches.ts';
import { narrationKey } from '../../../src/domain/narration.ts';
import { fakeHub } from './bundle-fixtures.ts';
import { FakeCacheStorage } from './fake-caches.ts';

const databases: WaypointDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

/** A tablet: its own database and caches. */
function tablet(hub = fakeHub({})) {
  const db = new WaypointDatabase(`sideload-${Math.random()}`);
  databases.push(db);
  const caches = new FakeCacheStorage();
  const repository = new BundleRepository(db);
  const files = new BundleFiles(caches.asCacheStorage());
  const downloader = new BundleDownloader({
    repository,
    files,
    fetch: hub.fetch,
    freeBytes: async () => undefined,
  });
  const narrations = new NarrationRepository(db);
  const sideload = new BundleSideload(
    repository,
    files,
    (manifest) => downloader.install(manifest),
    narrations,
  );
  return { caches, repository, downloader, sideload, narrations };
}

const hub = fakeHub({
  '/en/atlantis/': '<h1>Atlantis</h1>',
  '/en/atlantis/adult/': '<h1>Course</h1>',
  '/pictures/plane.svg': '<svg/>',
});

async function exported() {
  const online = tablet(hub);
  await online.downloader.download('atlantis-en');
  return online.sideload.export('atlantis-en');
}

describe('side-loading a bundle', () => {
  it('exports a downloaded bundle and imports it on a tablet that was never online', async () => {
    const zip = await exported();
    const offline = tablet();
    const manifest = await offline.sideload.import(zip);
    expect(manifest.id).toBe('atlantis-en');
    expect(offline.caches.urls(BUNDLE_CACHE)).toEqual([
      '/en/atlantis/',
      '/en/atlantis/adult/',
      '/pictures/plane.svg',
    ]);
    expect((await offline.repository.installed()).map((b) => b.id)).toEqual(['atlantis-en']);
  });

  it('refuses a file with one byte changed, installing nothing', async () => {
    const entries = unzipSync(await exported());
    const page = entries['files/en/atlantis/adult/index.html']!;
    page[5] = page[5]! ^ 1;
    const offline = tablet();
    await expect(offline.sideload.import(zipSync(entries))).rejects.toMatchObject({
      problem: { code: 'changed-file', detail: '/en/atlantis/adult/' },
    });
    expect(offline.caches.urls(BUNDLE_CACHE)).toEqual([]);
    expect(await offline.repository.installed()).toEqual([]);
  });

  it('refuses a truncated file', async () => {
    const zip = await exported();
    await expect(tablet().sideload.import(zip.slice(0, zip.length - 40))).rejects.toMatchObject({
      problem: { code: 'damaged-file' },
    });
  });

  it('refuses a zip that lacks one of its files', async () => {
    const entries = unzipSync(await exported());
    delete entries['files/pictures/plane.svg'];
    await expect(tablet().sideload.import(zipSync(entries))).rejects.toMatchObject({
      problem: { code: 'missing-file', detail: '/pictures/plane.svg' },
    });
  });

  it('refuses a zip that is not a Waypoint bundle', async () => {
    const other = zipSync({
      'waypoint-bundle.json': strToU8(JSON.stringify({ app: 'kolibri', id: 'x' })),
    });
    await expect(tablet().sideload.import(other)).rejects.toMatchObject({
      problem: { code: 'not-a-bundle' },
    });
    await expect(
      tablet().sideload.import(zipSync({ 'notes.txt': strToU8('hi') })),
    ).rejects.toMatchObject({
      problem: { code: 'not-a-bundle' },
    });
  });
});

describe('side-loading the narrations trainers recorded', () => {
  const withLesson = fakeHub({
    '/en/atlantis/': '<h1>Atlantis</h1>',
    '/en/lessons/atlantis-rent/': '<h1>Rent</h1>',
  });
  const rent = narrationKey('en', 'lesson', 'atlantis-rent');
  const otherLesson = narrationKey('en', 'lesson', 'somewhere-else');
  const otherLanguage = narrationKey('ar', 'lesson', 'atlantis-rent');

  async function recordedAndExported() {
    const online = tablet(withLesson);
    await online.downloader.download('atlantis-en');
    for (const key of [rent, otherLesson, otherLanguage]) {
      await online.narrations.save(key, new Uint8Array(300).fill(7).buffer, 'audio/webm');
    }
    return online.sideload.export('atlantis-en');
  }

  it('carries the narrations of the bundle’s lessons in its language, and installs them', async () => {
    const offline = tablet();
    await offline.sideload.import(await recordedAndExported());
    expect((await offline.narrations.get(rent))?.audio.byteLength).toBe(300);
    expect(await offline.narrations.get(otherLesson)).toBeUndefined();
    expect(await offline.narrations.get(otherLanguage)).toBeUndefined();
  });

  it('keeps a newer recording already on the tablet', async () => {
    const zip = await recordedAndExported();
    const offline = tablet();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await offline.narrations.save(rent, new Uint8Array(400).buffer, 'audio/webm');
    await offline.sideload.import(zip);
    expect((await offline.narrations.get(rent))?.audio.byteLength).toBe(400);
  });

  it('refuses the whole file when a narration was changed, installing nothing', async () => {
    const entries = unzipSync(await recordedAndExported());
    const audio = entries['narrations/0.audio']!;
    audio[3] = audio[3]! ^ 1;
    const offline = tablet();
    await expect(offline.sideload.import(zipSync(entries))).rejects.toMatchObject({
      problem: { code: 'changed-file', detail: 'narrations/0.audio' },
    });
    expect(await offline.repository.installed()).toEqual([]);
    expect(await offline.narrations.get(rent)).toBeUndefined();
  });
});
