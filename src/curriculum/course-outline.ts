import type { CourseOutline } from '../domain/course-outline.ts';
import { GBV_TOPIC } from '../domain/gbv.ts';
import type { Catalogue } from './catalogue.ts';
import { findCurriculum } from './course.ts';
import type { Audience } from './schemas.ts';

/** A course's plan, objectives and quiz item ids: the outline records refer to. */
export function courseOutline(
  catalogue: Catalogue,
  destination: string,
  audience: Audience,
): CourseOutline {
  const curriculum = findCurriculum(catalogue, destination, audience);
  const days = curriculum.plans['five-day'];
  const moduleOf = (moduleId: string) => {
    const module = catalogue.modules.get(moduleId);
    if (!module) throw new Error(`unknown module "${moduleId}"`);
    return module;
  };
  const modules = days.flat().map((moduleId) => ({
    id: moduleId,
    objectives: moduleOf(moduleId).objectives.map((objective) => ({
      id: objective,
      items: [...catalogue.quizItems]
        .filter(([, item]) => item.objective === objective)
        .map(([itemId, item]) => ({ id: itemId, form: item.form }))
        .sort((a, b) => a.form.localeCompare(b.form) || a.id.localeCompare(b.id)),
    })),
  }));
  const gbvId = days.flat().find((moduleId) => moduleOf(moduleId).topic === GBV_TOPIC);
  return {
    destination,
    audience,
    days: days.map((day) => [...day]),
    modules,
    gbv: gbvId ? { moduleId: gbvId, objectives: [...moduleOf(gbvId).objectives] } : null,
  };
}
