import type { APIRoute } from 'astro';
import { loadCatalogue } from '~/curriculum/load.ts';
import { objectiveText, profileCurriculum } from '~/curriculum/profile-curriculum.ts';
import type { ExportColumn } from '~/domain/cohort-export.ts';
import { partnerExports, type PartnerExport } from '~/domain/partner-portal.ts';
import { isLocaleCode } from '~/i18n/locales.ts';
import { pageTranslator } from '~/i18n/page-translator.ts';

export const prerender = false;

/** `/{locale}/partner/cohorts/{id}/{file}`: a partner's downloads (the dictionary in `locale`). */
export const GET: APIRoute = async ({ params, request, locals }) => {
  const { locale = '', cohort = '', file = '' } = params;
  if (!isLocaleCode(locale) || !(partnerExports as readonly string[]).includes(file))
    return Response.json({ error: `no download "${file}"` }, { status: 404 });
  if (!locals.hub)
    return Response.json(
      { error: 'No hub database: start Waypoint with `npm start`.' },
      { status: 503 },
    );
  const t = pageTranslator(locale);
  const catalogue = await loadCatalogue();
  const describe = (column: ExportColumn): string => {
    if (column.kind === 'day') return t('partner:columns.day', { day: column.day });
    if (column.kind === 'pre' || column.kind === 'post')
      return t(`partner:columns.${column.kind}`, {
        objective: objectiveText(catalogue, column.objective, locale),
      });
    return t(`partner:columns.${column.kind}`);
  };
  return locals.hub.partner.exportFile(request, {
    cohortId: cohort,
    file: file as PartnerExport,
    curriculum: profileCurriculum(catalogue),
    describe,
  });
};
