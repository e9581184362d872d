import type {
  Activity,
  ActivityText,
  Curriculum,
  Destination,
  LessonMeta,
  Module,
  ModuleText,
  Picture,
  QuizItem,
  QuizItemText,
  Source,
} from './schemas.ts';

/** A lesson file in one language: its collection entry id (for rendering) and frontmatter. */
export interface LessonText {
  entryId: string;
  meta: LessonMeta;
}

/** Texts of one item, by locale code. */
export type ByLocale<T> = Map<string, T>;

/** All content, indexed by id: what curriculum resolution and integrity checks read. */
export interface Catalogue {
  sources: Map<string, Source>;
  destinations: Map<string, Destination>;
  /** Keyed by file, e.g. `curricula/canada-adult.yaml`. */
  curricula: Map<string, Curriculum>;
  modules: Map<string, Module>;
  moduleTexts: Map<string, ByLocale<ModuleText>>;
  lessons: Map<string, ByLocale<LessonText>>;
  quizItems: Map<string, QuizItem>;
  quizItemTexts: Map<string, ByLocale<QuizItemText>>;
  pictures: Map<string, Picture>;
  activities: Map<string, Activity>;
  activityTexts: Map<string, ByLocale<ActivityText>>;
}

/** An entry as the content layer gives it: id is the file path under `content/`. */
export interface RawEntry<T> {
  id: string;
  data: T;
}

/** `modules/housing.yaml` → `housing`. */
export function itemId(entryId: string): string {
  return entryId.replace(/^[^/]+\//, '').replace(/\.[a-z]+$/, '');
}

/** `modules/housing/ar.yaml` → `['housing', 'ar']`. */
export function itemAndLocale(entryId: string): [string, string] {
  const [item = '', locale = ''] = itemId(entryId).split('/');
  return [item, locale];
}

function byId<T>(entries: RawEntry<T>[]): Map<string, T> {
  return new Map(entries.map((entry) => [itemId(entry.id), entry.data]));
}

function byItemAndLocale<T, V>(entries: RawEntry<T>[], value: (entry: RawEntry<T>) => V) {
  const index = new Map<string, ByLocale<V>>();
  for (const entry of entries) {
    const [item, locale] = itemAndLocale(entry.id);
    let texts = index.get(item);
    if (!texts) index.set(item, (texts = new Map()));
    texts.set(locale, value(entry));
  }
  return index;
}

/** Raw collections as loaded, before indexing. */
export interface RawCollections {
  sources: RawEntry<Omit<Source, 'id'>>[];
  destinations: RawEntry<Destination>[];
  curricula: RawEntry<Curriculum>[];
  modules: RawEntry<Module>[];
  moduleTexts: RawEntry<ModuleText>[];
  lessons: RawEntry<LessonMeta>[];
  quizItems: RawEntry<QuizItem>[];
  quizItemTexts: RawEntry<QuizItemText>[];
  pictures: RawEntry<Picture>[];
  activities: RawEntry<Activity>[];
  activityTexts: RawEntry<ActivityText>[];
}

export function indexCatalogue(raw: RawCollections): Catalogue {
  return {
    sources: new Map(
      raw.sources.map((entry) => [itemId(entry.id), { ...entry.data, id: itemId(entry.id) }]),
    ),
    destinations: byId(raw.destinations),
    curricula: new Map(raw.curricula.map((entry) => [entry.id, entry.data])),
    modules: byId(raw.modules),
    moduleTexts: byItemAndLocale(raw.moduleTexts, (entry) => entry.data),
    lessons: byItemAndLocale(raw.lessons, (entry) => ({ entryId: entry.id, meta: entry.data })),
    quizItems: byId(raw.quizItems),
    quizItemTexts: byItemAndLocale(raw.quizItemTexts, (entry) => entry.data),
    pictures: byId(raw.pictures),
    activities: byId(raw.activities),
    activityTexts: byItemAndLocale(raw.activityTexts, (entry) => entry.data),
  };
}
