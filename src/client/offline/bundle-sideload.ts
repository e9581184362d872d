import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import {
  BUNDLE_APP,
  BundleError,
  bundleManifestSchema,
  type BundleFile,
  type BundleManifest,
} from '../../domain/bundle-manifest.ts';
import { sharedLessonOf } from '../../domain/lesson-address.ts';
import {
  narrationEntrySchema,
  narrationsForBundle,
  type Narration,
  type NarrationEntry,
} from '../../domain/narration.ts';
import type { BundleRepository } from '../db/bundle-repository.ts';
import { sha256Hex, type BundleFiles } from './bundle-files.ts';

const MANIFEST = 'waypoint-bundle.json';
const NARRATIONS = 'narrations/index.json';
const narrationFile = (index: number) => `narrations/${index}.audio`;

/** Where sideloading finds and keeps trainers' narrations (NarrationRepository). */
export interface NarrationArchive {
  inLocale(locale: string): Promise<Narration[]>;
  keepNewer(narration: Narration): Promise<boolean>;
}

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
  readonly #narrations: NarrationArchive | undefined;

  constructor(
    repository: BundleRepository,
    files: BundleFiles,
    install: (manifest: BundleManifest) => Promise<void>,
    narrations?: NarrationArchive,
  ) {
    this.#repository = repository;
    this.#files = files;
    this.#install = install;
    this.#narrations = narrations;
  }

  /** The narrations recorded on this tablet for the bundle's lessons and questions. */
  async #narrationEntries(manifest: BundleManifest): Promise<Zippable> {
    if (!this.#narrations) return {};
    const lessons = new Set(
      manifest.files.flatMap((file) => {
        const lesson = sharedLessonOf(file.url);
        return lesson ? [lesson] : [];
      }),
    );
    const chosen = narrationsForBundle(
      await this.#narrations.inLocale(manifest.locale),
      manifest.locale,
      lessons,
    );
    if (chosen.length === 0) return {};
    const entries: Zippable = {};
    const index: NarrationEntry[] = [];
    for (const [position, narration] of chosen.entries()) {
      const audio = new Uint8Array(narration.audio);
      entries[narrationFile(position)] = [audio, { level: 0 }];
      index.push({
        key: narration.key,
        mimeType: narration.mimeType,
        recordedAt: narration.recordedAt,
        sha256: await sha256Hex(audio),
        bytes: audio.byteLength,
      });
    }
    entries[NARRATIONS] = strToU8(JSON.stringify(index));
    return entries;
  }

  /** Narrations in a zip, each checked against its entry; a bad one refuses the whole file. */
  async #verifiedNarrations(entries: Record<string, Uint8Array>): Promise<Narration[]> {
    const indexBytes = entries[NARRATIONS];
    if (!indexBytes) return [];
    const parsed = z.array(narrationEntrySchema).safeParse(JSON.parse(strFromU8(indexBytes)));
    if (!parsed.success) throw new BundleError({ code: 'changed-file', detail: NARRATIONS });
    const narrations: Narration[] = [];
    for (const [position, entry] of parsed.data.entries()) {
      const audio = entries[narrationFile(position)];
      if (!audio) throw new BundleError({ code: 'missing-file', detail: narrationFile(position) });
      if (audio.byteLength !== entry.bytes || (await sha256Hex(audio)) !== entry.sha256) {
        throw new BundleError({ code: 'changed-file', detail: narrationFile(position) });
      }
      narrations.push({
        key: entry.key,
        mimeType: entry.mimeType,
        recordedAt: entry.recordedAt,
        audio: audio.slice().buffer,
      });
    }
    return narrations;
  }

  async export(id: string): Promise<Uint8Array> {
    const bundle = (await this.#repository.installed()).find((installed) => installed.id === id);
    if (!bundle) throw new BundleError({ code: 'missing-file', detail: id });
    const entries: Zippable = {
      [MANIFEST]: strToU8(JSON.stringify(bundle.manifest)),
      ...(await this.#narrationEntries(bundle.manifest)),
    };
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
    let narrations: Narration[];
    try {
      narrations = await this.#verifiedNarrations(entries);
    } catch (error) {
      if (error instanceof BundleError) throw error;
      throw new BundleError({ code: 'changed-file', detail: NARRATIONS });
    }
    for (const [file, bytes] of verified) await this.#files.stage(file, bytes);
    await this.#install(manifest);
    for (const narration of narrations) await this.#narrations?.keepNewer(narration);
    return manifest;
  }
}
