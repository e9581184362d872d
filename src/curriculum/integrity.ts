import { isLocaleCode, sourceLocale } from '../i18n/locales.ts';
import type { ByLocale, Catalogue } from './catalogue.ts';
import type { Activity } from './schemas.ts';

/** One thing wrong with the content, named by file (under `content/`) and field. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Content that passed each file's schema but does not fit together. */
export class CurriculumError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Content does not fit together (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map(formatProblem).join('\n') +
        '\nFix the files named above; each field is written as it appears in the file.',
    );
    this.name = 'CurriculumError';
    this.problems = problems;
  }
}

export function formatProblem(problem: ContentProblem): string {
  return `  content/${problem.file} → ${problem.field}: ${problem.message}`;
}

type Report = (file: string, field: string, message: string) => void;

/** Checks the cross-references no single file's schema can see. */
export function findContentProblems(catalogue: Catalogue): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (file, field, message) => problems.push({ file, field, message });
  checkDestinations(catalogue, report);
  checkCurricula(catalogue, report);
  checkModules(catalogue, report);
  checkQuizItems(catalogue, report);
  checkLessons(catalogue, report);
  checkActivities(catalogue, report);
  return problems;
}

function needSource(catalogue: Catalogue, report: Report, file: string, field: string, id: string) {
  if (!catalogue.sources.has(id)) report(file, field, `no source "${id}" in content/sources`);
}

function needPicture(
  catalogue: Catalogue,
  report: Report,
  file: string,
  field: string,
  id: string,
) {
  if (!catalogue.pictures.has(id)) report(file, field, `no picture "${id}" in content/pictures`);
}

function checkDestinations(catalogue: Catalogue, report: Report) {
  for (const [id, d] of catalogue.destinations) {
    const file = `destinations/${id}.yaml`;
    const cite = (field: string, source: string) =>
      needSource(catalogue, report, file, field, source);
    cite('currency.source', d.currency.source);
    cite('climate.source', d.climate.source);
    cite('legalAid.source', d.legalAid.source);
    cite('receivingProgramme.source', d.receivingProgramme.source);
    d.emergency.forEach((line, i) => cite(`emergency[${i}].source`, line.source));
    d.helplines.forEach((line, i) => cite(`helplines[${i}].source`, line.source));
  }
}

function checkCurricula(catalogue: Catalogue, report: Report) {
  for (const [file, curriculum] of catalogue.curricula) {
    if (!catalogue.destinations.has(curriculum.destination)) {
      report(
        file,
        'destination',
        `no destination "${curriculum.destination}" in content/destinations`,
      );
    }
    for (const [plan, days] of Object.entries(curriculum.plans)) {
      const seen = new Set<string>();
      days.forEach((day, d) =>
        day.forEach((moduleId, m) => {
          const field = `plans.${plan}[${d}][${m}]`;
          const module = catalogue.modules.get(moduleId);
          if (!module) report(file, field, `no module "${moduleId}" in content/modules`);
          else if (!module.audiences.includes(curriculum.audience)) {
            report(file, field, `module "${moduleId}" is not for the ${curriculum.audience} track`);
          }
          if (seen.has(moduleId))
            report(file, field, `module "${moduleId}" is already in this plan`);
          seen.add(moduleId);
        }),
      );
    }
    const three = curriculum.plans['three-day'].flat().join(' ');
    if (curriculum.plans['five-day'].flat().join(' ') !== three) {
      report(
        file,
        'plans.five-day',
        'must list the same modules in the same order as plans.three-day',
      );
    }
  }
}

function checkModules(catalogue: Catalogue, report: Report) {
  const forms = new Map<string, Set<string>>();
  for (const item of catalogue.quizItems.values()) {
    forms.set(item.objective, (forms.get(item.objective) ?? new Set()).add(item.form));
  }
  for (const [id, module] of catalogue.modules) {
    const file = `modules/${id}.yaml`;
    needPicture(catalogue, report, file, 'picture', module.picture);
    module.objectives.forEach((objective, i) => {
      const has = forms.get(objective) ?? new Set();
      for (const form of ['A', 'B']) {
        if (!has.has(form)) {
          report(
            file,
            `objectives[${i}]`,
            `objective "${objective}" has no form ${form} quiz item in content/quiz`,
          );
        }
      }
    });
    module.lessons.forEach((lesson, i) => {
      if (!catalogue.lessons.get(lesson.id)?.has(sourceLocale)) {
        report(file, `lessons[${i}].id`, `no content/lessons/${lesson.id}/${sourceLocale}.md`);
      }
      lesson.destinations?.forEach((destination, j) => {
        if (!catalogue.destinations.has(destination)) {
          report(file, `lessons[${i}].destinations[${j}]`, `no destination "${destination}"`);
        }
      });
    });
    module.activities?.forEach((activity, i) => {
      if (!catalogue.activities.has(activity)) {
        report(file, `activities[${i}]`, `no activity "${activity}" in content/activities`);
      }
    });
    const texts = catalogue.moduleTexts.get(id);
    if (texts?.has(sourceLocale) && !texts.get(sourceLocale)?.facilitation) {
      report(
        `modules/${id}/${sourceLocale}.yaml`,
        'facilitation',
        'trainer notes are required in English',
      );
    }
    checkTexts(report, `modules/${id}`, texts, (text, textFile) =>
      checkKeys(report, textFile, 'objectives', module.objectives, Object.keys(text.objectives)),
    );
  }
}

function checkQuizItems(catalogue: Catalogue, report: Report) {
  const objectives = new Set([...catalogue.modules.values()].flatMap((m) => m.objectives));
  for (const [id, item] of catalogue.quizItems) {
    const file = `quiz/${id}.yaml`;
    if (!objectives.has(item.objective))
      report(file, 'objective', `no module has objective "${item.objective}"`);
    if (!item.options.includes(item.answer))
      report(file, 'answer', `"${item.answer}" is not one of the options`);
    if (item.kind === 'picture-choice') {
      item.options.forEach((option, i) => {
        const picture = item.pictures?.[option];
        if (!picture)
          report(file, `pictures.${option}`, `picture-choice option ${i + 1} has no picture`);
        else needPicture(catalogue, report, file, `pictures.${option}`, picture);
      });
    }
    checkTexts(report, `quiz/${id}`, catalogue.quizItemTexts.get(id), (text, textFile) =>
      checkKeys(report, textFile, 'options', item.options, Object.keys(text.options)),
    );
  }
}

function checkLessons(catalogue: Catalogue, report: Report) {
  for (const [id, texts] of catalogue.lessons) {
    for (const [locale, lesson] of texts) {
      const file = `lessons/${id}/${locale}.md`;
      if (!isLocaleCode(locale))
        report(file, '(file name)', `"${locale}" is not a known locale code`);
      if (locale === sourceLocale && lesson.meta.sources.length === 0) {
        report(file, 'sources', 'cite at least one source for the facts this lesson states');
      }
      lesson.meta.sources.forEach((source, i) =>
        needSource(catalogue, report, file, `sources[${i}]`, source),
      );
    }
  }
}

/** Every id an activity shows, each of which needs a picture and a label. */
function activityIds(activity: Activity): string[] {
  switch (activity.kind) {
    case 'matching':
      return activity.pairs.flat();
    case 'sorting':
      return [...activity.groups, ...Object.keys(activity.items)];
    case 'ordering':
      return activity.order;
    case 'picture-question':
      return activity.options;
  }
}

function checkActivities(catalogue: Catalogue, report: Report) {
  for (const [id, activity] of catalogue.activities) {
    const file = `activities/${id}.yaml`;
    const ids = activityIds(activity);
    const pictured = activity.kind === 'sorting' ? Object.keys(activity.items) : ids;
    for (const item of pictured) {
      const picture = activity.pictures[item];
      if (!picture) report(file, `pictures.${item}`, 'no picture for this item');
      else needPicture(catalogue, report, file, `pictures.${item}`, picture);
    }
    if (activity.kind === 'sorting') {
      for (const [item, group] of Object.entries(activity.items)) {
        if (!activity.groups.includes(group)) report(file, `items.${item}`, `no group "${group}"`);
      }
    }
    if (activity.kind === 'picture-question' && !activity.options.includes(activity.answer)) {
      report(file, 'answer', `"${activity.answer}" is not one of the options`);
    }
    checkTexts(report, `activities/${id}`, catalogue.activityTexts.get(id), (text, textFile) =>
      checkKeys(report, textFile, 'labels', [...new Set(ids)], Object.keys(text.labels)),
    );
  }
}

/** Every text file of an item: a known locale, and an English one to fall back on. */
function checkTexts<T>(
  report: Report,
  stem: string,
  texts: ByLocale<T> | undefined,
  check: (text: T, file: string) => void,
) {
  if (!texts?.has(sourceLocale))
    report(`${stem}.yaml`, '(texts)', `no ${stem}/${sourceLocale}.yaml`);
  for (const [locale, text] of texts ?? []) {
    const file = `${stem}/${locale}.yaml`;
    if (!isLocaleCode(locale))
      report(file, '(file name)', `"${locale}" is not a known locale code`);
    check(text, file);
  }
}

/** A text file must give words for exactly the ids its structure file lists. */
function checkKeys(
  report: Report,
  file: string,
  field: string,
  expected: string[],
  actual: string[],
) {
  for (const key of expected) {
    if (!actual.includes(key)) report(file, `${field}.${key}`, 'missing');
  }
  for (const key of actual) {
    if (!expected.includes(key))
      report(file, `${field}.${key}`, 'not listed in the structure file');
  }
}
