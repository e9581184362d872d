// One lunr configuration per language, shared by the build (which writes each bundle's index)
// and the browser (which loads it and answers queries): both sides must fold, tokenise and
// stem words the same way, or a query misses words the index holds.
import lunr from 'lunr';
import lunrArabic from 'lunr-languages/lunr.ar.js';
import lunrFrench from 'lunr-languages/lunr.fr.js';
import lunrStemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import { searchWords, withoutAccents, type SearchWord } from '../domain/search-text.ts';
import { localeInfo, type LocaleCode } from './locales.ts';

lunrStemmerSupport(lunr);
lunrArabic(lunr);
lunrFrench(lunr);

interface LanguagePlugin {
  stopWordFilter: lunr.PipelineFunction;
  stemmer: lunr.PipelineFunction;
}
const plugins = lunr as unknown as { ar: LanguagePlugin; fr: LanguagePlugin };

const accentFold: lunr.PipelineFunction = (token) => token.update(withoutAccents);
lunr.Pipeline.registerFunction(accentFold, 'waypoint-without-accents');

/** Index-time and query-time steps after tokenising; no trimmer: the tokeniser cleans words. */
function pipelines(locale: LocaleCode): {
  index: lunr.PipelineFunction[];
  query: lunr.PipelineFunction[];
} {
  switch (localeInfo(locale).search.stemmer) {
    case 'en':
      return {
        index: [lunr.stopWordFilter, lunr.stemmer, accentFold],
        query: [lunr.stemmer, accentFold],
      };
    case 'fr':
      return {
        index: [plugins.fr.stopWordFilter, plugins.fr.stemmer, accentFold],
        query: [plugins.fr.stemmer, accentFold],
      };
    case 'ar':
      return {
        index: [plugins.ar.stopWordFilter, plugins.ar.stemmer],
        query: [plugins.ar.stemmer],
      };
    case undefined:
      return { index: [], query: [] };
  }
}

function wordsOf(locale: LocaleCode, text: string): SearchWord[] {
  return searchWords(text, localeInfo(locale).search.folding);
}

/** The text of one lesson as the index holds it. */
export interface IndexedLesson {
  title: string;
  body: string;
}

/**
 * Builds the lunr index of a bundle's lessons. A lesson's key is its position in `lessons`,
 * and no word positions are kept: both would repeat in every entry and triple the file a
 * tablet downloads; highlights are found again from the matched terms (`matchedRanges`).
 */
export function buildLessonIndex(locale: LocaleCode, lessons: IndexedLesson[]): lunr.Index {
  return lunr(function () {
    this.tokenizer = Object.assign(
      (text: unknown, metadata: object = {}) =>
        wordsOf(locale, String(text ?? '')).map((word) => new lunr.Token(word.text, metadata)),
      { separator: lunr.tokenizer.separator },
    );
    const { index, query } = pipelines(locale);
    this.pipeline.reset();
    this.pipeline.add(...index);
    this.searchPipeline.reset();
    this.searchPipeline.add(...query);
    this.ref('position');
    this.field('title', { boost: 5 });
    this.field('body');
    lessons.forEach((lesson, position) => this.add({ ...lesson, position: String(position) }));
  });
}

export function loadLessonIndex(serialized: object): lunr.Index {
  return lunr.Index.load(serialized);
}

/** A matching lesson: its position in the indexed list and the index terms it matched. */
export interface LessonHit {
  position: number;
  score: number;
  terms: ReadonlySet<string>;
}

/**
 * Lessons matching what a learner typed, best first. Each word matches itself (stemmed where
 * the language has a stemmer) and, from two letters on, any word it starts, so a half-typed
 * word already finds lessons.
 */
export function findLessons(index: lunr.Index, locale: LocaleCode, text: string): LessonHit[] {
  const words = wordsOf(locale, text);
  if (words.length === 0) return [];
  const latin = localeInfo(locale).search.folding === 'latin';
  return index
    .query((query) => {
      for (const word of words) {
        query.term(word.text, { boost: 10 });
        if (word.text.length >= 2) {
          query.term(latin ? withoutAccents(word.text) : word.text, {
            usePipeline: false,
            wildcard: lunr.Query.wildcard.TRAILING,
          });
        }
      }
    })
    .map((result) => ({
      position: Number(result.ref),
      score: result.score,
      terms: new Set(Object.keys(result.matchData.metadata)),
    }));
}

const indexPipelines = new Map<LocaleCode, lunr.Pipeline>();

/** Where in `text` the words stand that the index holds as one of `terms`. */
export function matchedRanges(
  locale: LocaleCode,
  text: string,
  terms: ReadonlySet<string>,
): [number, number][] {
  let pipeline = indexPipelines.get(locale);
  if (!pipeline) {
    pipeline = new lunr.Pipeline();
    pipeline.add(...pipelines(locale).index);
    indexPipelines.set(locale, pipeline);
  }
  const indexed = pipeline;
  return wordsOf(locale, text)
    .filter((word) => indexed.runString(word.text).some((term) => terms.has(term)))
    .map((word) => [word.start, word.length]);
}
