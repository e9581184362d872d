import { GBV_TOPIC } from '../domain/gbv.ts';
import type { LearnerQuizItem } from '../domain/learner-quiz.ts';
import type { Catalogue } from './catalogue.ts';
import { findCurriculum, moduleOutline, pictureRef, type CourseKey } from './course.ts';
import { pickLocale } from './localized.ts';

/**
 * The quiz items of a course a learner answers, in teaching order, with their words in the
 * course's language. GBV items are left out: answers to them are never kept per person.
 */
export function courseQuizItems(catalogue: Catalogue, key: CourseKey): LearnerQuizItem[] {
  return courseModuleIds(catalogue, key)
    .filter((id) => catalogue.modules.get(id)?.topic !== GBV_TOPIC)
    .flatMap((id) => moduleQuizItems(catalogue, key, id));
}

/**
 * The GBV module's questions, answered anonymously on its page: shown with their answers and
 * never stored (src/domain/gbv.ts).
 */
export function gbvQuizItems(catalogue: Catalogue, key: CourseKey): LearnerQuizItem[] {
  return courseModuleIds(catalogue, key)
    .filter((id) => catalogue.modules.get(id)?.topic === GBV_TOPIC)
    .flatMap((id) => moduleQuizItems(catalogue, key, id));
}

function courseModuleIds(catalogue: Catalogue, key: CourseKey): string[] {
  return findCurriculum(catalogue, key.destination, key.audience).plans['three-day'].flat();
}

function moduleQuizItems(catalogue: Catalogue, key: CourseKey, moduleId: string) {
  return moduleOutline(catalogue, key, moduleId).objectives.flatMap(({ id: objective }) =>
    [...catalogue.quizItems]
      .filter(([, item]) => item.objective === objective)
      .map(([id, item]): LearnerQuizItem => {
        const text = pickLocale(catalogue.quizItemTexts.get(id), key.locale).value;
        return {
          id,
          objective,
          form: item.form,
          kind: item.kind,
          prompt: text.prompt,
          answer: item.answer,
          options: item.options.map((option) => {
            const picture = item.pictures?.[option];
            return {
              id: option,
              text: text.options[option] ?? option,
              picture: picture && pictureRef(catalogue, picture, key.locale).src,
            };
          }),
        };
      }),
  );
}
