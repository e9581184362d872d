import { createHash } from 'node:crypto';
import { BUNDLE_APP, type BundleManifest } from '../../../src/domain/bundle-manifest.ts';

/** A tiny hub: files by URL, and the manifest of a bundle made of them. */
export function fakeHub(files: Record<string, string>, id = 'atlantis-en') {
  const encoder = new TextEncoder();
  const manifest = (): BundleManifest => {
    const list = Object.entries(files).map(([url, text]) => ({
      url,
      sha256: createHash('sha256').update(text).digest('hex'),
      bytes: encoder.encode(text).byteLength,
    }));
    return {
      app: BUNDLE_APP,
      id,
      destination: id.split('-')[0]!,
      locale: id.split('-').slice(1).join('-'),
      version: createHash('sha256').update(JSON.stringify(list)).digest('hex').slice(0, 16),
      totalBytes: list.reduce((sum, f) => sum + f.bytes, 0),
      files: list,
    };
  };
  const requested: string[] = [];
  let offlineAfter = Infinity;
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input);
    if (requested.length >= offlineAfter) throw new TypeError('Failed to fetch');
    requested.push(url);
    if (url === `/bundles/${id}.json`) return Response.json(hub.manifest());
    if (url === '/bundles/index.json') {
      const { files: _files, ...summary } = hub.manifest();
      return Response.json({ app: BUNDLE_APP, bundles: [summary] });
    }
    const text = files[url];
    return text === undefined ? new Response('missing', { status: 404 }) : new Response(text);
  };
  const hub = {
    files,
    /** Replaceable, to serve a manifest that no longer matches the files. */
    manifest,
    requested,
    fetch: fetch as typeof globalThis.fetch,
    /** Makes every fetch after the next `count` fail, as if the Wi-Fi dropped. */
    dropAfter(count: number) {
      offlineAfter = requested.length + count;
    },
    reconnect() {
      offlineAfter = Infinity;
    },
  };
  return hub;
}
