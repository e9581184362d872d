import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleRepository } from '../../../src/client/db/bundle-repository.ts';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { BundleDownloader } from '../../../src/client/offline/bundle-downloader.ts';
import { BundleFiles } from '../../../src/client/offline/bundle-files.ts';
import { BUNDLE_CACHE, STAGING_CACHE } from '../../../src/domain/bundle-caches.ts';
import { BundleError } from '../../../src/domain/bundle-manifest.ts';
import { fakeHub } from './bundle-fixtures.ts';
import { FakeCacheStorage } from './fake-caches.ts';

const databases: WaypointDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

function setup(hub: ReturnType<typeof fakeHub>, freeBytes?: number) {
  const db = new WaypointDatabase(`bundles-${databases.length}-${Math.random()}`);
  databases.push(db);
  const caches = new FakeCacheStorage();
  const repository = new BundleRepository(db);
  const downloader = new BundleDownloader({
    repository,
    files: new BundleFiles(caches.asCacheStorage()),
    fetch: hub.fetch,
    freeBytes: async () => freeBytes,
    concurrency: 1,
  });
  return { db, caches, repository, downloader };
}

const pages = {
  '/en/atlantis/': '<h1>Atlantis</h1>',
  '/en/atlantis/adult/': '<h1>Course</h1>',
  '/en/atlantis/adult/trip/': '<h1>Trip</h1>',
  '/pictures/plane.svg': '<svg/>',
};

describe('BundleDownloader', () => {
  it('downloads every file, verifies it and installs the bundle, reporting progress', async () => {
    const hub = fakeHub({ ...pages });
    const { caches, repository, downloader } = setup(hub);
    const progress: number[] = [];
    await downloader.download('atlantis-en', (done) => progress.push(done));
    expect(caches.urls(BUNDLE_CACHE)).toEqual(Object.keys(pages).sort());
    expect(caches.urls(STAGING_CACHE)).toEqual([]);
    expect((await repository.installed()).map((b) => b.id)).toEqual(['atlantis-en']);
    expect(progress.at(-1)).toBe(hub.manifest().totalBytes);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('resumes an interrupted download without fetching finished files again, and installs nothing before', async () => {
    const hub = fakeHub({ ...pages });
    const { caches, repository, downloader } = setup(hub);
    hub.dropAfter(3); // the manifest and two files, then the Wi-Fi drops
    await expect(downloader.download('atlantis-en')).rejects.toMatchObject({
      problem: { code: 'offline' },
    });
    expect(caches.urls(BUNDLE_CACHE)).toEqual([]);
    expect(await repository.installed()).toEqual([]);
    expect((await repository.download('atlantis-en'))?.error).toMatchObject({ code: 'offline' });

    hub.reconnect();
    const before = hub.requested.length;
    await downloader.download('atlantis-en');
    const fetchedOnResume = hub.requested
      .slice(before)
      .filter((url) => !url.startsWith('/bundles/'));
    expect(fetchedOnResume).toHaveLength(2);
    expect(caches.urls(BUNDLE_CACHE)).toEqual(Object.keys(pages).sort());
    expect(await repository.download('atlantis-en')).toBeUndefined();
  });

  it('refuses a file whose bytes do not match the manifest', async () => {
    const hub = fakeHub({ ...pages });
    const { caches, downloader } = setup(hub);
    const honest = hub.manifest();
    hub.files['/en/atlantis/adult/'] = '<h1>Tampered</h1>';
    hub.manifest = () => honest;
    await expect(downloader.download('atlantis-en')).rejects.toMatchObject({
      problem: { code: 'changed-file', detail: '/en/atlantis/adult/' },
    });
    expect(caches.urls(BUNDLE_CACHE)).toEqual([]);
  });

  it('says how much space is needed before starting when there is not enough', async () => {
    const hub = fakeHub({ ...pages });
    const { downloader } = setup(hub, 10);
    const attempt = downloader.download('atlantis-en');
    await expect(attempt).rejects.toBeInstanceOf(BundleError);
    await expect(attempt).rejects.toMatchObject({
      problem: { code: 'not-enough-space', bytes: hub.manifest().totalBytes },
    });
    expect(hub.requested.filter((url) => !url.startsWith('/bundles/'))).toEqual([]);
  });

  it('updates by fetching only the files that changed, and drops files the new version lost', async () => {
    const hub = fakeHub({ ...pages, '/en/atlantis/adult/old/': '<h1>Old</h1>' });
    const { caches, repository, downloader } = setup(hub);
    await downloader.download('atlantis-en');
    hub.files['/en/atlantis/adult/trip/'] = '<h1>Trip, revised</h1>';
    delete hub.files['/en/atlantis/adult/old/'];
    const before = hub.requested.length;
    await downloader.download('atlantis-en');
    expect(hub.requested.slice(before).filter((url) => !url.startsWith('/bundles/'))).toEqual([
      '/en/atlantis/adult/trip/',
    ]);
    expect(caches.urls(BUNDLE_CACHE)).not.toContain('/en/atlantis/adult/old/');
    expect((await repository.installed())[0]?.manifest.version).toBe(hub.manifest().version);
  });

  it('removes a bundle but keeps pictures another installed bundle shares', async () => {
    const english = fakeHub({ ...pages }, 'atlantis-en');
    const arabic = fakeHub(
      { '/ar/atlantis/': '<h1>أتلانتس</h1>', '/pictures/plane.svg': '<svg/>' },
      'atlantis-ar',
    );
    const { caches, downloader, repository } = setup(english);
    await downloader.download('atlantis-en');
    const second = new BundleDownloader({
      repository,
      files: new BundleFiles(caches.asCacheStorage()),
      fetch: arabic.fetch,
      freeBytes: async () => undefined,
    });
    await second.download('atlantis-ar');
    expect(arabic.requested).not.toContain('/pictures/plane.svg');

    await downloader.remove('atlantis-en');
    expect(caches.urls(BUNDLE_CACHE)).toEqual(['/ar/atlantis/', '/pictures/plane.svg']);
  });

  it('cancels a download: staged files go, nothing is installed', async () => {
    const hub = fakeHub({ ...pages });
    const { caches, repository, downloader } = setup(hub);
    hub.dropAfter(2);
    await expect(downloader.download('atlantis-en')).rejects.toThrow();
    expect(caches.urls(STAGING_CACHE)).toHaveLength(1);
    await downloader.cancel('atlantis-en');
    expect(caches.urls(STAGING_CACHE)).toEqual([]);
    expect(await repository.downloads()).toEqual([]);
  });
});
