import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const client = join(import.meta.dirname, '../../dist/client');

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [path];
  });
}

// A Svelte component shown only after hydration loses its scoped CSS in the build
// (withastro/astro#16251): its elements carry a `svelte-…` class that no stylesheet, page or
// script defines. Such components need `<svelte:options css="injected" />`.
test('every Svelte component’s scoped styles reach the browser', () => {
  const files = builtFiles(client);
  const defined = new Set<string>();
  for (const file of files.filter((f) => /\.(html|css|js)$/.test(f))) {
    for (const [, hash = ''] of readFileSync(file, 'utf8').matchAll(/\.(svelte-[a-z0-9]+)/g))
      defined.add(hash);
  }
  const unstyled = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    for (const [, hash = ''] of readFileSync(file, 'utf8').matchAll(
      /class="[^"]*\b(svelte-[a-z0-9]+)/g,
    ))
      if (!defined.has(hash)) unstyled.add(`${hash} in ${file.slice(client.length)}`);
  }
  expect([...unstyled]).toEqual([]);
});
