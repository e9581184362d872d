import type { LocaleCode } from './locales.ts';

type Namespace = Record<string, unknown>;

/** Every UI string file under `locales/{code}/{namespace}.json`, bundled at build time. */
const files = import.meta.glob<Namespace>('/locales/*/*.json', { eager: true, import: 'default' });

export type Resources = Record<string, Record<string, Namespace>>;

/** The UI strings of the given namespaces, for every locale (or only the given ones). */
export function uiResources(
  namespaces: readonly string[],
  only?: readonly LocaleCode[],
): Resources {
  const resources: Resources = {};
  for (const [path, strings] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, locale = '', namespace = ''] = match;
    if (!namespaces.includes(namespace)) continue;
    if (only && !(only as readonly string[]).includes(locale)) continue;
    (resources[locale] ??= {})[namespace] = strings;
  }
  return resources;
}
