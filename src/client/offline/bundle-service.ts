import { BundleRepository } from '../db/bundle-repository.ts';
import { NarrationRepository } from '../db/narration-repository.ts';
import { tabletDatabase } from '../db/tablet-database.ts';
import { BundleDownloader } from './bundle-downloader.ts';
import { BundleFiles } from './bundle-files.ts';
import { BundleSideload } from './bundle-sideload.ts';

/** Free bytes the browser allows this site, when it says. */
async function freeBytes(): Promise<number | undefined> {
  const estimate = await navigator.storage?.estimate?.();
  return estimate?.quota !== undefined ? estimate.quota - (estimate.usage ?? 0) : undefined;
}

let service:
  | { repository: BundleRepository; downloader: BundleDownloader; sideload: BundleSideload }
  | undefined;

/** The tablet's bundle services, made once per page: what the Downloads screen uses. */
export function bundleService() {
  if (!service) {
    const repository = new BundleRepository(tabletDatabase());
    const files = new BundleFiles(caches);
    const downloader = new BundleDownloader({
      repository,
      files,
      fetch: (...args) => fetch(...args),
      freeBytes,
    });
    const sideload = new BundleSideload(
      repository,
      files,
      (manifest) => downloader.install(manifest),
      new NarrationRepository(tabletDatabase()),
    );
    service = { repository, downloader, sideload };
  }
  return service;
}

/** Space used and available, and whether storage is persistent. */
export async function storageStatus() {
  const estimate = await navigator.storage?.estimate?.();
  const persisted = (await navigator.storage?.persisted?.()) ?? false;
  return {
    used: estimate?.usage,
    free: estimate?.quota !== undefined ? estimate.quota - (estimate.usage ?? 0) : undefined,
    persisted,
  };
}

/** Asks the browser not to clear downloads under storage pressure; returns whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}
