import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const client = join(import.meta.dirname, '../../dist/client');

/** Edits a built file for one test, the way a new deployment would, and puts it back after. */
export function editBuiltFile(
  path: string,
  edit: (text: string) => string,
): { restore: () => void } {
  const file = join(client, path);
  const original = readFileSync(file);
  writeFileSync(file, edit(original.toString('utf8')));
  return { restore: () => writeFileSync(file, original) };
}

/** Rewrites a bundle's manifest and the index after one of its files changed, as a rebuild does. */
export function republishBundle(
  id: string,
  changedUrl: string,
  builtPath: string,
): { restore: () => void } {
  const bytes = readFileSync(join(client, builtPath));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const version = createHash('sha256').update(`${id} ${sha256}`).digest('hex').slice(0, 16);
  let totalBytes = 0;
  const manifest = editBuiltFile(`bundles/${id}.json`, (text) => {
    const parsed = JSON.parse(text) as {
      files: { url: string; sha256: string; bytes: number }[];
      version: string;
      totalBytes: number;
    };
    parsed.files = parsed.files.map((f) =>
      f.url === changedUrl ? { ...f, sha256, bytes: bytes.byteLength } : f,
    );
    parsed.totalBytes = totalBytes = parsed.files.reduce((sum, f) => sum + f.bytes, 0);
    parsed.version = version;
    return JSON.stringify(parsed);
  });
  const index = editBuiltFile('bundles/index.json', (text) => {
    const parsed = JSON.parse(text) as {
      bundles: { id: string; version: string; totalBytes: number }[];
    };
    parsed.bundles = parsed.bundles.map((b) => (b.id === id ? { ...b, version, totalBytes } : b));
    return JSON.stringify(parsed);
  });
  return {
    restore: () => {
      manifest.restore();
      index.restore();
    },
  };
}
