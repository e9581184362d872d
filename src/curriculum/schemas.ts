import { z } from 'astro/zod';

/** Kebab-case id used in file names and URLs. */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

/** Id of a source in `content/sources/`. Every fact cites one. */
const sourceRef = slug;

/** How far a text can be trusted: the original, a draft translation, or one a speaker reviewed. */
export const translationStatus = z.enum(['source', 'draft', 'reviewed']);

export const audience = z.enum(['adult', 'youth', 'child']);

/** A text per locale code, e.g. `{ en: 'Canada', ar: 'كندا' }`; English is required as the fallback. */
export const localizedText = z.object({ en: z.string().min(1) }).catchall(z.string().min(1));

/** `content/sources/{id}.yaml`: one publication or page that facts are taken from. */
export const sourceSchema = z.object({
  /** Who published it. */
  publisher: z.string().min(1),
  /** Its title, with enough detail to find the passage. */
  title: z.string().min(1),
  /** Where it can be read. */
  url: z.url(),
  /** The day a person last checked the fact against it. */
  checked: z.coerce.date(),
});

/** A phone line or service people can reach. Never invented: no number means "see findIt". */
const helplineSchema = z
  .object({
    /** What the line is for. */
    kind: z.enum(['domestic-violence', 'gbv', 'child', 'legal-aid', 'health', 'settlement']),
    /** Its name. */
    name: localizedText,
    /** The number as dialled, when known from the source. */
    number: z
      .string()
      .regex(/^[0-9 +-]+$/, 'digits, spaces, + and - only, as dialled')
      .optional(),
    /** A web address, when the source gives one. */
    url: z.url().optional(),
    /** When it answers, e.g. "24 hours, every day". */
    hours: localizedText.optional(),
    /** Languages it answers in, as the source states them. */
    languages: z.array(z.string().min(1)).optional(),
    /** Where to find the number when none is given here. */
    findIt: localizedText.optional(),
    /** Source of every fact above. */
    source: sourceRef,
  })
  .refine((line) => line.number || line.url || line.findIt, {
    message: 'give a number, a url, or findIt (never invent a number)',
    path: ['findIt'],
  });

/** `content/destinations/{id}.yaml`: a receiving country's profile. */
export const destinationSchema = z.object({
  /** The country's name in each locale. */
  names: localizedText,
  /** ISO 4217 currency code, and its source. */
  currency: z.object({
    code: z.string().regex(/^[A-Z]{3}$/, 'use a three-letter ISO 4217 code such as CAD'),
    source: sourceRef,
  }),
  /** The climate in two sentences. */
  climate: z.object({ text: localizedText, source: sourceRef }),
  /** Numbers to call in an emergency, each with its source. */
  emergency: z
    .array(
      z.object({
        /** Which service the number reaches. */
        service: z.enum(['emergency', 'police', 'ambulance', 'fire']),
        /** The number as dialled. */
        number: z.string().regex(/^[0-9 +]+$/, 'digits only, as dialled'),
        /** Source id. */
        source: sourceRef,
      }),
    )
    .min(1),
  /** National helplines: domestic violence / GBV, children, and others. */
  helplines: z.array(helplineSchema).min(1),
  /** How to get free or low-cost legal help. */
  legalAid: z.object({ text: localizedText, source: sourceRef }),
  /** The programme that receives resettled refugees on arrival. */
  receivingProgramme: z.object({
    /** Its name in each locale. */
    names: localizedText,
    /** Who meets refugees on arrival and what the programme does, in two or three sentences. */
    whoMeets: localizedText,
    /** Source id. */
    source: sourceRef,
  }),
});

/** A plan: module ids per course day, in teaching order. */
const plan = z.array(z.array(slug).min(1));

/** `content/curricula/{destination}-{audience}.yaml`: the course plans for one track. */
export const curriculumSchema = z.object({
  /** Destination id (a file name in content/destinations). */
  destination: slug,
  /** Who the course is for. */
  audience,
  /** The same modules, in the same order, spread over three days and over five. */
  plans: z.object({ 'three-day': plan.length(3), 'five-day': plan.length(5) }),
});

/** `content/modules/{id}.yaml`: a topic's structure, shared by every language. */
export const moduleSchema = z.object({
  /** The PDO topic the module covers. */
  topic: z.enum([
    'journey',
    'first-days',
    'housing',
    'health',
    'employment-money',
    'education',
    'settlement-services',
    'rights-laws',
    'cultural-adaptation',
    'family-gender',
    'gbv',
    'online-safety',
    'feelings',
    'safety',
  ]),
  /** Tracks the module may be taught in. */
  audiences: z.array(audience).min(1),
  /** Picture id (public/pictures/{id}.svg, alt text in content/pictures/{id}.yaml). */
  picture: slug,
  /** Ids of the key messages this module teaches, in order. */
  objectives: z.array(slug).min(3).max(6),
  /** Lessons in teaching order; a lesson limited to some destinations lists them. */
  lessons: z
    .array(
      z.object({
        /** Lesson id (a folder in content/lessons). */
        id: slug,
        /** Only these destinations show the lesson; absent means all. */
        destinations: z.array(slug).optional(),
      }),
    )
    .min(1),
  /** Child-track activities (content/activities), in order. */
  activities: z.array(slug).optional(),
});

/** How a trainer runs a module. */
const facilitationSchema = z.object({
  /** The main classroom activity, step by step. */
  activity: z.string().min(1),
  /** Questions to open a discussion. */
  discussion: z.array(z.string().min(1)).min(1),
  /** How long, and how the time splits. */
  timing: z.string().min(1),
  /** What to bring. */
  materials: z.array(z.string().min(1)).min(1),
});

/** `content/modules/{id}/{locale}.yaml`: a module's words in one language. */
export const moduleTextSchema = z.object({
  /** Translation status, shown to trainers. */
  status: translationStatus,
  /** The module's title. */
  title: z.string().min(1),
  /** One sentence on what the module is about. */
  summary: z.string().min(1),
  /** Each objective id's key message, in plain words. */
  objectives: z.record(slug, z.string().min(1)),
  /** Trainer notes; required in English, translations may fall back to it. */
  facilitation: facilitationSchema.optional(),
});

/** `content/lessons/{id}/{locale}.md` frontmatter: one screenful of teaching. */
export const lessonSchema = z.object({
  /** The lesson's title. */
  title: z.string().min(1),
  /** Translation status, shown to trainers. */
  status: translationStatus,
  /** Source ids for the facts the lesson states (at least one). */
  sources: z.array(sourceRef),
});

/** `content/quiz/{id}.yaml`: a quiz item's structure and answer key. */
export const quizItemSchema = z.object({
  /** The objective id the item checks. */
  objective: slug,
  /** Pre/post test form: half the class takes A first, the other half B. */
  form: z.enum(['A', 'B']),
  /** How the item is answered. */
  kind: z.enum(['single-choice', 'true-false', 'picture-choice', 'oral']),
  /** Option ids, in display order (`true`, `false` for true-false items). */
  options: z.array(slug).min(2),
  /** The correct option id. */
  answer: slug,
  /** Picture id per option, for picture-choice items. */
  pictures: z.record(slug, slug).optional(),
});

/** `content/quiz/{id}/{locale}.yaml`: a quiz item's words in one language. */
export const quizItemTextSchema = z.object({
  /** Translation status, shown to trainers. */
  status: translationStatus,
  /** The question. */
  prompt: z.string().min(1),
  /** Each option id's text (also the alt text of its picture). */
  options: z.record(slug, z.string().min(1)),
});

/** `content/pictures/{id}.yaml`: alt text for `public/pictures/{id}.svg`. */
export const pictureSchema = z.object({
  /** What the picture shows, per locale. */
  alt: localizedText,
});

/** `content/activities/{id}.yaml`: a child-track activity the activity engine plays. */
export const activitySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('matching'),
    /** Pairs of item ids that belong together. */
    pairs: z.array(z.tuple([slug, slug])).min(2),
    /** Picture per item id. */
    pictures: z.record(slug, slug),
  }),
  z.object({
    kind: z.literal('sorting'),
    /** Group ids, e.g. `in-the-bag`, `stays-home`. */
    groups: z.array(slug).min(2),
    /** Each item id and the group it belongs in. */
    items: z.record(slug, slug),
    /** Picture per item id. */
    pictures: z.record(slug, slug),
  }),
  z.object({
    kind: z.literal('ordering'),
    /** Item ids in the right order. */
    order: z.array(slug).min(3),
    /** Picture per item id. */
    pictures: z.record(slug, slug),
  }),
  z.object({
    kind: z.literal('picture-question'),
    /** Option ids. */
    options: z.array(slug).min(2),
    /** The right option id. */
    answer: slug,
    /** Picture per option id. */
    pictures: z.record(slug, slug),
  }),
]);

/** `content/activities/{id}/{locale}.yaml`: an activity's words in one language. */
export const activityTextSchema = z.object({
  /** Translation status. */
  status: translationStatus,
  /** The activity's title. */
  title: z.string().min(1),
  /** What the child does, said aloud. */
  instructions: z.string().min(1),
  /** Words for every item, group or option id. */
  labels: z.record(slug, z.string().min(1)),
});

export type Source = z.infer<typeof sourceSchema> & { id: string };
export type Destination = z.infer<typeof destinationSchema>;
export type Curriculum = z.infer<typeof curriculumSchema>;
export type PlanName = keyof Curriculum['plans'];
export type Module = z.infer<typeof moduleSchema>;
export type ModuleText = z.infer<typeof moduleTextSchema>;
export type LessonMeta = z.infer<typeof lessonSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
export type QuizItemText = z.infer<typeof quizItemTextSchema>;
export type Picture = z.infer<typeof pictureSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type ActivityText = z.infer<typeof activityTextSchema>;
export type Audience = z.infer<typeof audience>;
export type TranslationStatus = z.infer<typeof translationStatus>;
