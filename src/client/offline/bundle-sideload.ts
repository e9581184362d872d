import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import {
  BUNDLE_APP,
  BundleError,
  bundleManifestSchema,
  type BundleFile,
  type BundleManifest,
} from '../../domain/bundle-manifest.ts';
import type { BundleRepository } from '../db/bundle-repository.ts';
import { sha256Hex, type BundleFiles } from './bundle-files.ts';

const MANIFEST = 'waypoint-bundle.json';

/** Where a file sits inside the zip: its URL without the leading slash, `index.html` for pages. */
function entryName(url: string): string {
  return `files${url.endsWith('/') ? `${url}index.html` : url}`;
}

/**
 * Moves bundles between tablets as one zip file (USB stick, SD card). Import checks every
 * file against the manifest's hashes before anything is installed.
 */
export class BundleSideload {
  readonly #repository: BundleRepository;
  readonly #files: BundleFiles;
  readonly #install: (manifest: BundleManifest) => Promise<void>;

  constructor(
    repository: BundleRepository,
    files: BundleFiles,
    install: (manifest: BundleManifest) => Promise<void>,
  ) {
    this.#repository = repository;
    this.#files = files;
    this.#install = install;
  }

  async export(id: string): Promise<Uint8Array> {
    const bundle = (await this.#repository.installed()).find((installed) => installed.id === id);
    if (!bundle) throw new BundleError({ code: 'missing-file', detail: id });
    const entries: Zippable = { [MANIFEST]: strToU8(JSON.stringify(bundle.manifest)) };
    for (const file of bundle.manifest.files) {
      const bytes = await this.#files.read(file);
      if (!bytes) throw new BundleError({ code: 'missing-file', detail: file.url });
      entries[entryName(file.url)] = [
        bytes,
        { level: file.url.endsWith('.svg') || file.url.endsWith('/') ? 6 : 0 },
      ];
    }
    return zipSync(entries);
  }

  /** Checks a zip completely, then installs it; on any problem nothing is installed. */
  async import(zip: Uint8Array): Promise<BundleManifest> {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(zip);
    } catch {
      throw new BundleError({ code: 'damaged-file' });
    }
    const manifestBytes = entries[MANIFEST];
    if (!manifestBytes) throw new BundleError({ code: 'not-a-bundle' });
    let manifest: BundleManifest;
    try {
      const parsed = bundleManifestSchema.safeParse(JSON.parse(strFromU8(manifestBytes)));
      if (!parsed.success || parsed.data.app !== BUNDLE_APP)
        throw new Error('not a Waypoint manifest');
      manifest = parsed.data;
    } catch {
      throw new BundleError({ code: 'not-a-bundle' });
    }
    const verified: [BundleFile, Uint8Array][] = [];
    for (const file of manifest.files) {
      const bytes = entries[entryName(file.url)];
      if (!bytes) throw new BundleError({ code: 'missing-file', detail: file.url });
      if (bytes.byteLength !== file.bytes || (await sha256Hex(bytes)) !== file.sha256) {
        throw new BundleError({ code: 'changed-file', detail: file.url });
      }
      verified.push([file, bytes]);
    }
    for (const [file, bytes] of verified) await this.#files.stage(file, bytes);
    await this.#install(manifest);
    return manifest;
  }
}
