import type { ProfileCurriculum } from '../domain/cohort-profile.ts';
import type { Catalogue } from './catalogue.ts';
import { pickLocale } from './localized.ts';

// What the hub's partner pages need of the content: each module's topic and objectives for
// the profile, and the words partners read for modules and key messages.

export function profileCurriculum(catalogue: Catalogue): ProfileCurriculum {
  return new Map(
    [...catalogue.modules].map(([id, module]) => [
      id,
      { topic: module.topic, objectives: module.objectives },
    ]),
  );
}

/** The module's title in the locale, else English; an unknown id shows as itself. */
export function moduleTitle(catalogue: Catalogue, moduleId: string, locale: string): string {
  const texts = catalogue.moduleTexts.get(moduleId);
  return texts ? pickLocale(texts, locale).value.title : moduleId;
}

/** A key message's words in the locale, else English; an unknown id shows as itself. */
export function objectiveText(catalogue: Catalogue, objective: string, locale: string): string {
  for (const [moduleId, module] of catalogue.modules) {
    if (!module.objectives.includes(objective)) continue;
    const texts = catalogue.moduleTexts.get(moduleId);
    const own = texts?.get(locale)?.objectives[objective];
    return own ?? texts?.get('en')?.objectives[objective] ?? objective;
  }
  return objective;
}
