import { z } from 'zod';

/** Marks files made by Waypoint, so a zip from another app is refused on import. */
export const BUNDLE_APP = 'waypoint';

/** One file a bundle needs on the tablet. */
export const bundleFileSchema = z.object({
  /** Site-absolute URL the service worker serves it under, e.g. `/ar/canada/adult/`. */
  url: z.string().startsWith('/'),
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Size in bytes. */
  bytes: z.number().int().nonnegative(),
});
export type BundleFile = z.infer<typeof bundleFileSchema>;

/** `/bundles/{id}.json`: everything one destination's curriculum in one language needs offline. */
export const bundleManifestSchema = z.object({
  /** Always `waypoint`. */
  app: z.literal(BUNDLE_APP),
  /** `{destination}-{locale}`, e.g. `canada-ar`. */
  id: z.string().regex(/^[a-z0-9-]+-[a-zA-Z-]+$/),
  destination: z.string().min(1),
  locale: z.string().min(1),
  /** Content hash of every file: changes whenever any file changes. */
  version: z.string().regex(/^[0-9a-f]{16,64}$/),
  /** Sum of every file's bytes. */
  totalBytes: z.number().int().nonnegative(),
  /** Pages (HTML) and assets (pictures, audio, search index). */
  files: z.array(bundleFileSchema).min(1),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** `/bundles/index.json`: the bundles this hub offers. */
export const bundleIndexSchema = z.object({
  app: z.literal(BUNDLE_APP),
  bundles: z.array(
    bundleManifestSchema.pick({
      id: true,
      destination: true,
      locale: true,
      version: true,
      totalBytes: true,
    }),
  ),
});
export type BundleIndex = z.infer<typeof bundleIndexSchema>;

/** The files to fetch to go from what is installed (if anything) to `target`. */
export function filesToFetch(target: BundleManifest, have: ReadonlySet<string>): BundleFile[] {
  return target.files.filter((file) => !have.has(fileKey(file)));
}

/** Identifies one version of one file: the same URL with other bytes is another file. */
export function fileKey(file: Pick<BundleFile, 'url' | 'sha256'>): string {
  return `${file.url}#${file.sha256}`;
}

export function bytesOf(files: readonly BundleFile[]): number {
  return files.reduce((sum, file) => sum + file.bytes, 0);
}

/**
 * URLs to delete from the tablet when `removed` goes: those no other installed bundle
 * still uses (pictures are shared between bundles and stored once).
 */
export function urlsToDelete(removed: BundleManifest, kept: readonly BundleManifest[]): string[] {
  const stillUsed = new Set(kept.flatMap((bundle) => bundle.files.map((file) => file.url)));
  return removed.files.map((file) => file.url).filter((url) => !stillUsed.has(url));
}

/** The state a bundle is in on this tablet, for the Downloads screen. */
export type BundleState =
  | { kind: 'not-downloaded' }
  | { kind: 'downloading'; doneBytes: number; totalBytes: number }
  | { kind: 'ready' }
  | { kind: 'update-available'; updateBytes: number }
  | { kind: 'failed'; problem: BundleProblem };

/** What the tablet knows about one bundle, from its records and the hub's offer. */
export interface BundleFacts {
  /** Version installed on the tablet, if any. */
  installedVersion?: string | undefined;
  /** Version the hub offers now; unknown while offline. */
  offeredVersion?: string | undefined;
  /** Bytes an update would fetch, once the offered manifest is known. */
  updateBytes?: number | undefined;
  /** A download running in this page. */
  active?: { doneBytes: number; totalBytes: number } | undefined;
  /** A download recorded but not running: it failed, or the page closed mid-way. */
  stopped?: { problem?: BundleProblem | undefined } | undefined;
}

export function bundleState(facts: BundleFacts): BundleState {
  if (facts.active) return { kind: 'downloading', ...facts.active };
  if (facts.stopped)
    return { kind: 'failed', problem: facts.stopped.problem ?? { code: 'interrupted' } };
  if (!facts.installedVersion) return { kind: 'not-downloaded' };
  if (facts.offeredVersion && facts.offeredVersion !== facts.installedVersion) {
    return { kind: 'update-available', updateBytes: facts.updateBytes ?? 0 };
  }
  return { kind: 'ready' };
}

/** Bytes to fetch for `target` given the installed version (only changed files on update). */
export function downloadBytes(
  target: BundleManifest,
  installed: BundleManifest | undefined,
): number {
  const have = new Set((installed?.files ?? []).map(fileKey));
  return bytesOf(filesToFetch(target, have));
}

/** Why a download or import stopped; the Downloads screen words it in the trainer's language. */
export interface BundleProblem {
  code:
    | 'interrupted'
    | 'offline'
    | 'server'
    | 'not-enough-space'
    | 'damaged-file'
    | 'not-a-bundle'
    | 'missing-file'
    | 'changed-file';
  /** The file or status concerned, when there is one. */
  detail?: string;
  /** Bytes needed, for `not-enough-space`. */
  bytes?: number;
}

/** An error carrying a BundleProblem, thrown by downloads and imports. */
export class BundleError extends Error {
  readonly problem: BundleProblem;
  constructor(problem: BundleProblem) {
    super(`${problem.code}${problem.detail ? `: ${problem.detail}` : ''}`);
    this.name = 'BundleError';
    this.problem = problem;
  }
}

/** Installed bundles the hub now serves in another version: updates waiting on Downloads. */
export function outdatedBundles(
  offered: readonly Pick<BundleManifest, 'id' | 'version'>[],
  installed: readonly Pick<BundleManifest, 'id' | 'version'>[],
): string[] {
  const versions = new Map(installed.map((bundle) => [bundle.id, bundle.version]));
  return offered
    .filter((bundle) => versions.has(bundle.id) && versions.get(bundle.id) !== bundle.version)
    .map((bundle) => bundle.id);
}
