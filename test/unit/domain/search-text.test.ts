import { describe, expect, it } from 'vitest';
import {
  foldWord,
  markMatches,
  searchSnippet,
  searchWords,
  withoutAccents,
} from '../../../src/domain/search-text.ts';

describe('foldWord', () => {
  it.each([
    ['latin', 'Bank', 'bank'],
    ['cyrillic', 'Сім’я', 'сімя'],
    ['arabic', 'البَنْك', 'البنك'],
    ['arabic', 'بـــنك', 'بنك'],
    ['perso-arabic', 'بانك', 'بانک'],
    ['perso-arabic', 'كمكي', 'کمکی'],
    ['perso-arabic', 'می\u200cدارند', 'میدارند'],
    ['perso-arabic', 'آب', 'اب'],
    ['latin', '٩١١', '911'],
    ['perso-arabic', '۱۱۹', '119'],
  ] as const)('%s: %s → %s', (folding, word, folded) => {
    expect(foldWord(word, folding)).toBe(folded);
  });
});

describe('withoutAccents', () => {
  it('drops accents from Latin letters', () => {
    expect(withoutAccents('école')).toBe('ecole');
    expect(withoutAccents('médecin')).toBe('medecin');
  });
});

describe('searchWords', () => {
  it('splits on punctuation and keeps each word’s place in the original text', () => {
    expect(searchWords('La banque, l’argent!', 'latin')).toEqual([
      { text: 'la', start: 0, length: 2 },
      { text: 'banque', start: 3, length: 6 },
      { text: 'l', start: 11, length: 1 },
      { text: 'argent', start: 13, length: 6 },
    ]);
  });

  it('keeps a Ukrainian word with an apostrophe whole', () => {
    expect(searchWords('Моя сім’я.', 'cyrillic').map((word) => word.text)).toEqual(['моя', 'сімя']);
  });

  it('splits Arabic on the Arabic comma and keeps words with a zero-width non-joiner whole', () => {
    expect(searchWords('بانک، می\u200cدارند', 'perso-arabic')).toEqual([
      { text: 'بانک', start: 0, length: 4 },
      { text: 'میدارند', start: 6, length: 8 },
    ]);
  });

  it('splits Ge’ez text on its word separator', () => {
    expect(searchWords('ባንክ፡ገንዘብ።', 'latin').map((word) => word.text)).toEqual(['ባንክ', 'ገንዘብ']);
  });
});

describe('searchSnippet', () => {
  const text = `${'word '.repeat(60)}the bank is here ${'more '.repeat(60)}`.trim();

  it('shows the text around the first match, with the match marked and cuts marked by …', () => {
    const start = text.indexOf('bank');
    const parts = searchSnippet(text, [[start, 4]], 80);
    expect(parts[0]).toEqual({ text: '… ', match: false });
    expect(parts.filter((part) => part.match)).toEqual([{ text: 'bank', match: true }]);
    expect(parts.at(-1)).toEqual({ text: ' …', match: false });
    const shown = parts.map((part) => part.text).join('');
    expect(shown.length).toBeLessThan(100);
    expect(shown).not.toMatch(/ wor …|… ord/);
  });

  it('marks every match in the window once, even when ranges overlap', () => {
    const parts = searchSnippet('a bank and banks', [
      [2, 4],
      [2, 3],
      [11, 5],
    ]);
    expect(parts).toEqual([
      { text: 'a ', match: false },
      { text: 'bank', match: true },
      { text: ' and ', match: false },
      { text: 'banks', match: true },
    ]);
  });

  it('shows the start of the text when only the title matched', () => {
    const parts = searchSnippet(text, [], 40);
    expect(parts[0]?.text.startsWith('word word')).toBe(true);
    expect(parts.at(-1)).toEqual({ text: ' …', match: false });
  });
});

describe('markMatches', () => {
  it('marks matched words anywhere in a short text such as a title', () => {
    expect(markMatches('Your money at the bank', [[18, 4]])).toEqual([
      { text: 'Your money at the ', match: false },
      { text: 'bank', match: true },
    ]);
  });
});
