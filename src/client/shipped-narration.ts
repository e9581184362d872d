// Narration audio shipped with the content, found through the language's index (part of
// every bundle in that language, so it works offline once a bundle is downloaded).
import {
  shippedNarrationIndexPath,
  shippedNarrationIndexSchema,
  type ShippedNarrationIndex,
} from '../domain/narration.ts';

const indexes = new Map<string, Promise<ShippedNarrationIndex>>();

function indexFor(locale: string): Promise<ShippedNarrationIndex> {
  let index = indexes.get(locale);
  if (!index) {
    // No index (offline without the bundle, or an older build) means no shipped narration:
    // read-aloud falls back to the device's voice rather than failing.
    index = fetch(shippedNarrationIndexPath(locale))
      .then(async (response) =>
        response.ok ? shippedNarrationIndexSchema.parse(await response.json()) : {},
      )
      .catch(() => ({}));
    indexes.set(locale, index);
  }
  return index;
}

/** The URL of the shipped narration for a narration key, if the content has one. */
export async function shippedNarrationUrl(key: string): Promise<string | undefined> {
  const locale = key.split('/')[0] ?? '';
  return (await indexFor(locale))[key];
}

/** The shipped narration's audio, fetched whole so it plays offline from the bundle cache. */
export async function shippedNarrationAudio(
  url: string,
): Promise<{ audio: ArrayBuffer; mimeType: string }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const blob = await response.blob();
  return { audio: await blob.arrayBuffer(), mimeType: blob.type };
}
