import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../../src/i18n/locales.ts';
import { createTranslator } from '../../../src/i18n/translator.ts';

const root = join(import.meta.dirname, '../../../locales');
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function strings(locale: string) {
  return Object.fromEntries(
    readdirSync(join(root, locale)).map((file) => [
      file.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(root, locale, file), 'utf8')) as Record<string, unknown>,
    ]),
  );
}

describe('locales/', () => {
  it('has a folder for every locale in the locale table, and no other', () => {
    expect(readdirSync(root).sort()).toEqual([...localeCodes].sort());
  });

  const english = strings('en');
  for (const { code } of locales) {
    it(`${code} has every English key (plural forms as its language needs)`, () => {
      const own = strings(code);
      const missing: string[] = [];
      for (const [namespace, file] of Object.entries(english)) {
        const have = new Set(keys(own[namespace]));
        for (const key of keys(file)) {
          const base = key.replace(pluralSuffix, '');
          const found = pluralSuffix.test(key)
            ? new Intl.PluralRules(code)
                .resolvedOptions()
                .pluralCategories.every((c) => have.has(`${base}_${c}`))
            : have.has(key);
          if (!found) missing.push(`${namespace}:${key}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});

describe('createTranslator', () => {
  const resources = { en: strings('en'), ar: strings('ar') };

  it.each([
    [1, 'درس واحد'],
    [2, 'درسان'],
    [3, '3 دروس'],
    [11, '11 درساً'],
    [100, '100 درس'],
  ])('uses Arabic plural forms: %i lessons → %s', (count, expected) => {
    const t = createTranslator('ar', resources, ['learn']);
    expect(t('course.lessons', { count })).toBe(expected);
  });

  it('falls back to English for a key a translation lacks', () => {
    const partial = { en: resources.en, ar: { common: {} } };
    const t = createTranslator('ar', partial, ['common']);
    expect(t('appName')).toBe('Waypoint');
  });
});
