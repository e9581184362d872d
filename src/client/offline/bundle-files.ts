// Owns the files of offline bundles in Cache Storage: staging downloads, promoting a verified
// bundle into the cache the service worker serves from, and deleting files no bundle needs.
import { BUNDLE_CACHE, STAGING_CACHE } from '../../domain/bundle-caches.ts';
import type { BundleFile } from '../../domain/bundle-manifest.ts';

const HASH_HEADER = 'x-waypoint-sha256';

/** Content type by extension, so pages and pictures served from the cache render. */
function contentType(url: string): string {
  if (url.endsWith('.svg')) return 'image/svg+xml';
  if (url.endsWith('.json')) return 'application/json';
  if (url.endsWith('.mp3')) return 'audio/mpeg';
  return 'text/html; charset=utf-8';
}

export class BundleFiles {
  readonly #caches: CacheStorage;

  constructor(caches: CacheStorage) {
    this.#caches = caches;
  }

  /** Keeps a verified file until its whole bundle is verified. */
  async stage(file: BundleFile, bytes: Uint8Array): Promise<void> {
    const staging = await this.#caches.open(STAGING_CACHE);
    await staging.put(
      file.url,
      new Response(bytes.slice().buffer, {
        headers: { 'content-type': contentType(file.url), [HASH_HEADER]: file.sha256 },
      }),
    );
  }

  /** Whether the served cache already holds this exact file (shared with another bundle). */
  async isInstalled(file: BundleFile): Promise<boolean> {
    const cached = await (await this.#caches.open(BUNDLE_CACHE)).match(file.url);
    return cached?.headers.get(HASH_HEADER) === file.sha256;
  }

  async isStaged(file: BundleFile): Promise<boolean> {
    const staged = await (await this.#caches.open(STAGING_CACHE)).match(file.url);
    return staged?.headers.get(HASH_HEADER) === file.sha256;
  }

  /** Moves staged files into the served cache: called only once every file has verified. */
  async promote(files: readonly BundleFile[]): Promise<void> {
    const staging = await this.#caches.open(STAGING_CACHE);
    const served = await this.#caches.open(BUNDLE_CACHE);
    for (const file of files) {
      const staged = await staging.match(file.url);
      if (staged && staged.headers.get(HASH_HEADER) === file.sha256) {
        await served.put(file.url, staged);
        await staging.delete(file.url);
      }
    }
  }

  /** The bytes of an installed file, for export. */
  async read(file: BundleFile): Promise<Uint8Array | undefined> {
    const cached = await (await this.#caches.open(BUNDLE_CACHE)).match(file.url);
    return cached ? new Uint8Array(await cached.arrayBuffer()) : undefined;
  }

  async deleteInstalled(urls: readonly string[]): Promise<void> {
    const served = await this.#caches.open(BUNDLE_CACHE);
    await Promise.all(urls.map((url) => served.delete(url)));
  }

  async deleteStaged(files: readonly BundleFile[]): Promise<void> {
    const staging = await this.#caches.open(STAGING_CACHE);
    await Promise.all(files.map((file) => staging.delete(file.url)));
  }
}

/** SHA-256 of bytes, lowercase hex, with the platform's WebCrypto. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
