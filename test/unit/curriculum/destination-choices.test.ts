import { describe, expect, it } from 'vitest';
import { choiceName, destinationChoices } from '../../../src/curriculum/destination-choices.ts';

const entries: { id: string; data: { names: { en: string } & Record<string, string> } }[] = [
  { id: 'destinations/germany.yaml', data: { names: { en: 'Germany', ar: 'ألمانيا' } } },
  { id: 'destinations/canada.yaml', data: { names: { en: 'Canada', ar: 'كندا' } } },
  { id: 'destinations/australia.yaml', data: { names: { en: 'Australia' } } },
];

describe('destinationChoices', () => {
  it('gives each destination’s content id and its name in the page’s language, in that order', () => {
    expect(destinationChoices(entries, 'en')).toEqual([
      { id: 'australia', name: 'Australia' },
      { id: 'canada', name: 'Canada' },
      { id: 'germany', name: 'Germany' },
    ]);
  });

  it('sorts by the local name as that language does, and names an untranslated one in English', () => {
    // Arabic collation puts its own script before Latin.
    expect(destinationChoices(entries, 'ar').map((d) => d.name)).toEqual([
      'ألمانيا',
      'كندا',
      'Australia',
    ]);
  });
});

describe('choiceName', () => {
  it('names a destination, and shows an id the content no longer has as it is', () => {
    const choices = destinationChoices(entries, 'ar');
    expect(choiceName(choices, 'canada')).toBe('كندا');
    expect(choiceName(choices, 'atlantis')).toBe('atlantis');
  });
});
