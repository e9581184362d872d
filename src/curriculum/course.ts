import { GBV_TOPIC } from '../domain/gbv.ts';
import { sourceLocale, type LocaleCode } from '../i18n/locales.ts';
import { localizedPath } from '../i18n/paths.ts';
import type { Catalogue } from './catalogue.ts';
import { localName, pickLocale } from './localized.ts';
import type { Audience, Curriculum, ModuleText, PlanName, TranslationStatus } from './schemas.ts';

/** Where a learner is: the three choices made before the course overview. */
export interface CourseKey {
  locale: LocaleCode;
  destination: string;
  audience: Audience;
}

/** How trustworthy the text on screen is, for the badge trainers see. */
export interface TextState {
  status: TranslationStatus;
  /** True when the learner's language had no text and English is shown. */
  fallback: boolean;
}

export interface LessonLink extends TextState {
  id: string;
  moduleId: string;
  title: string;
}

/** A picture as a page shows it: its file and its alt text in the learner's language. */
export interface PictureRef {
  src: string;
  alt: string;
}

export interface ModuleOutline extends TextState {
  id: string;
  picture: PictureRef;
  title: string;
  summary: string;
  objectives: { id: string; text: string }[];
  lessons: LessonLink[];
  /**
   * GBV content: facilitated, shown only while the trainer has opened it, never tracked per
   * person, with a quick exit (src/domain/gbv.ts).
   */
  gbv: boolean;
  /** The module's quiz items with their answers, for the trainer, by form. */
  checkQuestions: CheckQuestion[];
  /** How a trainer runs the module, in the learner's language or else English. */
  facilitation: (NonNullable<ModuleText['facilitation']> & { fallback: boolean }) | undefined;
}

/** A quiz item as the trainer's answer key shows it. */
export interface CheckQuestion extends TextState {
  id: string;
  form: 'A' | 'B';
  objective: string;
  prompt: string;
  options: { id: string; text: string; correct: boolean }[];
}

export interface CourseDay {
  /** 1-based day number. */
  number: number;
  modules: ModuleOutline[];
}

export function pictureRef(catalogue: Catalogue, id: string, locale: string): PictureRef {
  const picture = catalogue.pictures.get(id);
  return { src: `/pictures/${id}.svg`, alt: picture ? localName(picture.alt, locale) : '' };
}

export function destinationName(catalogue: Catalogue, id: string, locale: string): string {
  const destination = catalogue.destinations.get(id);
  if (!destination) throw new Error(`unknown destination "${id}"`);
  return localName(destination.names, locale);
}

/** Every curriculum, as destination × audience pairs in file order. */
export function courseChoices(catalogue: Catalogue): Curriculum[] {
  return [...catalogue.curricula.values()];
}

export function findCurriculum(catalogue: Catalogue, destination: string, audience: Audience) {
  const curriculum = courseChoices(catalogue).find(
    (c) => c.destination === destination && c.audience === audience,
  );
  if (!curriculum) throw new Error(`no curriculum for ${destination} × ${audience}`);
  return curriculum;
}

function lessonLinks(catalogue: Catalogue, key: CourseKey, moduleId: string): LessonLink[] {
  const module = catalogue.modules.get(moduleId);
  if (!module) throw new Error(`unknown module "${moduleId}"`);
  return module.lessons
    .filter((lesson) => !lesson.destinations || lesson.destinations.includes(key.destination))
    .map((lesson) => {
      const text = pickLocale(catalogue.lessons.get(lesson.id), key.locale);
      return {
        id: lesson.id,
        moduleId,
        title: text.value.meta.title,
        status: text.value.meta.status,
        fallback: text.fallback,
      };
    });
}

export function moduleOutline(
  catalogue: Catalogue,
  key: CourseKey,
  moduleId: string,
): ModuleOutline {
  const module = catalogue.modules.get(moduleId);
  if (!module) throw new Error(`unknown module "${moduleId}"`);
  const text = pickLocale(catalogue.moduleTexts.get(moduleId), key.locale);
  return {
    id: moduleId,
    picture: pictureRef(catalogue, module.picture, key.locale),
    title: text.value.title,
    summary: text.value.summary,
    status: text.value.status,
    fallback: text.fallback,
    objectives: module.objectives.map((id) => ({ id, text: text.value.objectives[id] ?? id })),
    lessons: lessonLinks(catalogue, key, moduleId),
    gbv: module.topic === GBV_TOPIC,
    facilitation: facilitation(catalogue, moduleId, key.locale),
    checkQuestions: checkQuestions(catalogue, module.objectives, key.locale),
  };
}

export const planNames: readonly PlanName[] = ['three-day', 'five-day'];

function checkQuestions(
  catalogue: Catalogue,
  objectives: string[],
  locale: string,
): CheckQuestion[] {
  return [...catalogue.quizItems]
    .filter(([, item]) => objectives.includes(item.objective))
    .sort(
      ([, a], [, b]) =>
        a.form.localeCompare(b.form) ||
        objectives.indexOf(a.objective) - objectives.indexOf(b.objective),
    )
    .map(([id, item]) => {
      const text = pickLocale(catalogue.quizItemTexts.get(id), locale);
      return {
        id,
        form: item.form,
        objective: item.objective,
        prompt: text.value.prompt,
        status: text.value.status,
        fallback: text.fallback,
        options: item.options.map((option) => ({
          id: option,
          text: text.value.options[option] ?? option,
          correct: option === item.answer,
        })),
      };
    });
}

function facilitation(catalogue: Catalogue, moduleId: string, locale: string) {
  const texts = catalogue.moduleTexts.get(moduleId);
  const own = texts?.get(locale)?.facilitation;
  if (own) return { ...own, fallback: false };
  const english = texts?.get(sourceLocale)?.facilitation;
  return english && { ...english, fallback: locale !== sourceLocale };
}

/** A course plan: modules by day, in the learner's language. */
export function courseDays(
  catalogue: Catalogue,
  key: CourseKey,
  plan: PlanName = 'three-day',
): CourseDay[] {
  const curriculum = findCurriculum(catalogue, key.destination, key.audience);
  return curriculum.plans[plan].map((day, index) => ({
    number: index + 1,
    modules: day.map((id) => moduleOutline(catalogue, key, id)),
  }));
}

/**
 * Every lesson of the course in teaching order: the path "next lesson" walks. Both plans
 * teach the same modules in the same order (the content check enforces it), so one plan
 * gives the sequence for both.
 */
export function lessonSequence(catalogue: Catalogue, key: CourseKey): LessonLink[] {
  return openLessonSequence(courseDays(catalogue, key).flatMap((day) => day.modules));
}

/**
 * The lessons a learner moves through with Next and Previous, and that search finds: the GBV
 * module is left out, since it shows only while the trainer has opened it.
 */
export function openLessonSequence(modules: readonly ModuleOutline[]): LessonLink[] {
  return modules.filter((m) => !m.gbv).flatMap((m) => m.lessons);
}

/**
 * The lessons before and after one in a course's modules, for Previous and Next. GBV lessons
 * lead only to each other: Next never walks into or out of the GBV module.
 */
export function neighbouringLessons(
  modules: readonly ModuleOutline[],
  lessonId: string,
): { previous: LessonLink | undefined; next: LessonLink | undefined } {
  const module = modules.find((m) => m.lessons.some((lesson) => lesson.id === lessonId));
  const sequence = module?.gbv ? module.lessons : openLessonSequence(modules);
  const at = sequence.findIndex((lesson) => lesson.id === lessonId);
  if (at < 0) return { previous: undefined, next: undefined };
  return { previous: sequence[at - 1], next: sequence[at + 1] };
}

/**
 * Where the quick exit leaves GBV content for: the course's first ordinary lesson, which
 * looks like any other lesson to someone glancing at the screen.
 */
export function neutralLessonHref(
  modules: readonly ModuleOutline[],
  locale: LocaleCode,
  destination: string,
  audience: string,
): string {
  const [lesson] = openLessonSequence(modules);
  return lesson
    ? localizedPath(locale, destination, audience, lesson.moduleId, lesson.id)
    : localizedPath(locale);
}

/** The lessons before and after one lesson in the course, across module boundaries. */
export function neighbours(catalogue: Catalogue, key: CourseKey, lessonId: string) {
  const sequence = lessonSequence(catalogue, key);
  const index = sequence.findIndex((lesson) => lesson.id === lessonId);
  if (index < 0) throw new Error(`lesson "${lessonId}" is not in this course`);
  return { previous: sequence[index - 1], next: sequence[index + 1] };
}
