import { createHash } from 'node:crypto';
import {
  BUNDLE_APP,
  type BundleFile,
  type BundleIndex,
  type BundleManifest,
} from '../domain/bundle-manifest.ts';
import { isNarrationInBundle, shippedNarrationIndexSchema } from '../domain/narration.ts';

/** A built file: its URL and bytes. */
export interface BuiltFile {
  url: string;
  bytes: Uint8Array;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A built page's URL: `/ar/canada/adult/index.html` is served as `/ar/canada/adult/`. */
export function pageUrl(htmlPath: string): string {
  return `/${htmlPath}`.replace(/index\.html$/, '');
}

/** Pictures and other assets a page refers to by site-absolute URL. */
export function assetUrls(html: string): string[] {
  return [
    ...new Set(
      [...html.matchAll(/["'(](\/pictures\/[a-z0-9-]+\.svg)["')]/g)].map((m) => m[1] ?? ''),
    ),
  ];
}

/** The shipped narrations' audio a bundle carries: for its lessons and its language's questions. */
export function shippedNarrationUrls(
  index: unknown,
  locale: string,
  lessonIds: ReadonlySet<string>,
): string[] {
  return Object.entries(shippedNarrationIndexSchema.parse(index))
    .filter(([key]) => isNarrationInBundle(key, locale, lessonIds))
    .map(([, url]) => url);
}

/** The manifest of one (destination, locale) bundle: files sorted, version from their hashes. */
export function bundleManifest(
  destination: string,
  locale: string,
  built: BuiltFile[],
): BundleManifest {
  const files: BundleFile[] = built
    .map((file) => ({ url: file.url, sha256: sha256(file.bytes), bytes: file.bytes.byteLength }))
    .sort((a, b) => a.url.localeCompare(b.url));
  const version = createHash('sha256')
    .update(files.map((file) => `${file.url} ${file.sha256}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  return {
    app: BUNDLE_APP,
    id: `${destination}-${locale}`,
    destination,
    locale,
    version,
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files,
  };
}

export function bundleIndex(manifests: BundleManifest[]): BundleIndex {
  return {
    app: BUNDLE_APP,
    bundles: manifests.map(({ id, destination, locale, version, totalBytes }) => ({
      id,
      destination,
      locale,
      version,
      totalBytes,
    })),
  };
}
