/**
 * How a language's words are made comparable before indexing and querying, so a learner's
 * typing finds the lesson's spelling: a word typed without diacritics, with another form of
 * yeh or kaf, or with Eastern Arabic digits still matches.
 */
export type SearchFolding = 'latin' | 'cyrillic' | 'arabic' | 'perso-arabic';

/** One word of a text: its comparable form and where it stands in the original text. */
export interface SearchWord {
  text: string;
  start: number;
  length: number;
}

/** Letters, combining marks and digits make words; Cyrillic words keep their apostrophe. */
const wordPattern = {
  latin: /[\p{L}\p{M}\p{N}]+/gu,
  cyrillic: /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu,
  arabic: /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu,
  'perso-arabic': /[\p{L}\p{M}\p{N}\u200c\u200d]+/gu,
} satisfies Record<SearchFolding, RegExp>;

// Arabic-Indic (U+0660) and Extended Arabic-Indic (U+06F0) digits read as 0–9.
function asciiDigits(word: string): string {
  return word.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) =>
    String((digit.codePointAt(0) ?? 0) & 0xf),
  );
}

// Harakat, tatweel and zero-width joiners are spelling choices, not different words.
function bareArabic(word: string): string {
  return word.replace(/[\u064b-\u065f\u0670\u0640\u200c\u200d]/g, '');
}

// Dari and Pashto keyboards and texts mix Arabic and Persian forms of the same letters.
const persoArabicLetters: Record<string, string> = {
  ك: 'ک',
  ي: 'ی',
  ى: 'ی',
  ئ: 'ی',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ۀ: 'ه',
};

/** The comparable form of one word. */
export function foldWord(word: string, folding: SearchFolding): string {
  const lower = asciiDigits(word.toLowerCase());
  switch (folding) {
    case 'latin':
      return lower;
    case 'cyrillic':
      return lower.replace(/['’ʼ]/g, '');
    case 'arabic':
      return bareArabic(lower);
    case 'perso-arabic':
      return [...bareArabic(lower)].map((letter) => persoArabicLetters[letter] ?? letter).join('');
  }
}

/** Accents dropped (é → e), for Latin-script words after stemming, so "ecole" finds "école". */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of a text in order, each folded and with its place in the original text. */
export function searchWords(text: string, folding: SearchFolding): SearchWord[] {
  return [...text.matchAll(wordPattern[folding])].flatMap((match) => {
    const folded = foldWord(match[0], folding);
    return folded ? [{ text: folded, start: match.index, length: match[0].length }] : [];
  });
}

/** A piece of a result's snippet; `match` pieces are highlighted. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** `[start, length]` of a matched word in the original text. */
export type TextRange = readonly [number, number];

function mergedRanges(ranges: readonly TextRange[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, length] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[0] + last[1]) {
      last[1] = Math.max(last[1], start + length - last[0]);
    } else {
      merged.push([start, length]);
    }
  }
  return merged;
}

/** Moves `index` back to the start of the word it falls in (to a space or the text's start). */
function wordStart(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index);
  return space < 0 ? 0 : space + 1;
}

/** Moves `index` forward to the end of the word it falls in. */
function wordEnd(text: string, index: number): number {
  const space = text.indexOf(' ', index);
  return space < 0 ? text.length : space;
}

/** `text[from, to)` in pieces, with the words inside `ranges` marked as matches. */
export function markMatches(
  text: string,
  ranges: readonly TextRange[],
  from = 0,
  to = text.length,
): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = from;
  for (const [start, length] of mergedRanges(ranges)) {
    if (start + length > to) break;
    if (start < at) continue;
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, start + length), match: true });
    at = start + length;
  }
  if (at < to) parts.push({ text: text.slice(at, to), match: false });
  return parts;
}

/**
 * About `width` characters of `text` around its first match, cut at word boundaries with
 * "…" where text was left out, and the matched words marked. Without matches, the start.
 */
export function searchSnippet(
  text: string,
  ranges: readonly TextRange[],
  width = 180,
): SnippetPart[] {
  const first = Math.min(...ranges.map(([start]) => start), text.length);
  const lead = Math.floor(width / 4);
  const from = first >= text.length || first < lead ? 0 : wordStart(text, first - lead);
  const to = from + width >= text.length ? text.length : wordEnd(text, from + width);
  return [
    ...(from > 0 ? [{ text: '… ', match: false }] : []),
    ...markMatches(text, ranges, from, to),
    ...(to < text.length ? [{ text: ' …', match: false }] : []),
  ];
}
