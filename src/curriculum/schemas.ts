import { z } from 'astro/zod';

/** Kebab-case id used in file names and URLs. */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens');

/** How far a text can be trusted: the original, a draft translation, or one a speaker reviewed. */
export const translationStatus = z.enum(['source', 'draft', 'reviewed']);

export const audience = z.enum(['adult', 'youth', 'child']);

/** A text per locale code, e.g. `{ en: 'Canada', ar: 'كندا' }`; English is required as the fallback. */
const localizedName = z.object({ en: z.string().min(1) }).catchall(z.string().min(1));

/** `content/sources.yaml`: one publication or page that facts are taken from. */
export const sourceSchema = z.object({
  /** Id that lessons and destinations cite. */
  id: slug,
  /** Who published it. */
  publisher: z.string().min(1),
  /** Its title, with enough detail to find the passage. */
  title: z.string().min(1),
  /** Where it can be read. */
  url: z.url(),
  /** The day a person last checked the fact against it. */
  checked: z.coerce.date(),
});

/** `content/destinations/{id}.yaml`: a receiving country's profile. */
export const destinationSchema = z.object({
  /** The country's name in each locale. */
  names: localizedName,
  /** ISO 4217 currency code. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'use a three-letter ISO 4217 code such as CAD'),
  /** Numbers to call in an emergency, each with its source. */
  emergency: z
    .array(
      z.object({
        /** Which service the number reaches. */
        service: z.enum(['emergency', 'police', 'ambulance', 'fire']),
        /** The number as dialled. */
        number: z.string().regex(/^[0-9 +]+$/, 'digits only, as dialled'),
        /** Source id from content/sources.yaml. */
        source: slug,
      }),
    )
    .min(1),
  /** The programme that receives resettled refugees on arrival. */
  receivingProgramme: z.object({
    /** Its name in each locale. */
    names: localizedName,
    /** Source id from content/sources.yaml. */
    source: slug,
  }),
});

/** `content/curricula/{destination}-{audience}.yaml`: one course plan. */
export const curriculumSchema = z.object({
  /** Destination id (a file name in content/destinations). */
  destination: slug,
  /** Who the course is for. */
  audience,
  /** Course days in order; each lists the module ids taught that day. */
  days: z.array(z.object({ modules: z.array(slug).min(1) })).min(1),
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
  ]),
  /** Tracks the module may be taught in. */
  audiences: z.array(audience).min(1),
  /** Ids of the key messages this module teaches, in order. */
  objectives: z.array(slug).min(1),
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
});

/** `content/lessons/{id}/{locale}.md` frontmatter: one screenful of teaching. */
export const lessonSchema = z.object({
  /** The lesson's title. */
  title: z.string().min(1),
  /** Translation status, shown to trainers. */
  status: translationStatus,
  /** Source ids for the facts the lesson states. */
  sources: z.array(slug),
});

/** `content/quiz/{id}.yaml`: a quiz item's structure and answer key. */
export const quizItemSchema = z.object({
  /** The objective id the item checks. */
  objective: slug,
  /** How the item is answered. */
  kind: z.enum(['single-choice', 'true-false', 'picture-choice', 'oral']),
  /** Which tests use it. */
  forms: z.array(z.enum(['pre', 'post', 'practice'])).min(1),
  /** Option ids, in display order. */
  options: z.array(slug).min(2),
  /** The correct option id. */
  answer: slug,
});

/** `content/quiz/{id}/{locale}.yaml`: a quiz item's words in one language. */
export const quizItemTextSchema = z.object({
  /** Translation status, shown to trainers. */
  status: translationStatus,
  /** The question. */
  prompt: z.string().min(1),
  /** Each option id's text. */
  options: z.record(slug, z.string().min(1)),
});

export type Source = z.infer<typeof sourceSchema>;
export type Destination = z.infer<typeof destinationSchema>;
export type Curriculum = z.infer<typeof curriculumSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type ModuleText = z.infer<typeof moduleTextSchema>;
export type LessonMeta = z.infer<typeof lessonSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;
export type QuizItemText = z.infer<typeof quizItemTextSchema>;
export type Audience = z.infer<typeof audience>;
export type TranslationStatus = z.infer<typeof translationStatus>;
