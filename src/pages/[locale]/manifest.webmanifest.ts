import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, localeInfo, type LocaleCode } from '~/i18n/locales.ts';
import { localizedPath } from '~/i18n/paths.ts';
import { pageTranslator } from '~/i18n/page-translator.ts';

export const getStaticPaths: GetStaticPaths = () =>
  localeCodes.map((locale) => ({ params: { locale } }));

/** The web app manifest in one language: installing from an Arabic page installs Arabic Waypoint. */
export const GET: APIRoute = ({ params }) => {
  const locale = params['locale'] as LocaleCode;
  const t = pageTranslator(locale);
  return Response.json({
    name: t('appName'),
    short_name: t('appName'),
    description: t('tagline'),
    lang: locale,
    dir: localeInfo(locale).dir,
    id: '/',
    start_url: localizedPath(locale),
    scope: '/',
    display: 'standalone',
    background_color: '#faf7f2',
    theme_color: '#0a6b66',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  });
};
