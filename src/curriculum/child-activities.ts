import type { ChildActivityData } from '../domain/child-activity.ts';
import type { Catalogue } from './catalogue.ts';
import { pictureRef, type PictureRef } from './course.ts';
import { pickLocale } from './localized.ts';

/** A child activity as its screen plays it, with words and pictures in one language. */
export interface ChildActivityView {
  id: string;
  data: ChildActivityData;
  title: string;
  instructions: string;
  /** Words for every item, group or option id (also the pictures' alt text). */
  labels: Record<string, string>;
  pictures: Record<string, PictureRef>;
}

/** The activities of a child-track module, in order. */
export function moduleActivities(
  catalogue: Catalogue,
  moduleId: string,
  locale: string,
): ChildActivityView[] {
  return (catalogue.modules.get(moduleId)?.activities ?? []).flatMap((id) => {
    const activity = catalogue.activities.get(id);
    if (!activity) return [];
    const text = pickLocale(catalogue.activityTexts.get(id), locale).value;
    const { pictures, ...data } = activity;
    return [
      {
        id,
        data: data as ChildActivityData,
        title: text.title,
        instructions: text.instructions,
        labels: text.labels,
        pictures: Object.fromEntries(
          Object.entries(pictures).map(([item, picture]) => [
            item,
            { ...pictureRef(catalogue, picture, locale), alt: text.labels[item] ?? '' },
          ]),
        ),
      },
    ];
  });
}
