// Reads which content bundles this hub serves, from the built site, for pulls to offer.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleIndexSchema } from '../domain/bundle-manifest.ts';
import type { OfferedBundle } from '../domain/sync-protocol.ts';

/** The bundle index as built; none when the site has no bundles. */
export async function servedBundles(clientDir: string): Promise<OfferedBundle[]> {
  const text = await readFile(join(clientDir, 'bundles/index.json'), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    },
  );
  if (text === undefined) return [];
  return bundleIndexSchema
    .parse(JSON.parse(text))
    .bundles.map(({ id, destination, locale, version }) => ({ id, destination, locale, version }));
}
