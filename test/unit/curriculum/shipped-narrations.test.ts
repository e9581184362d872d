import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedNarrationUrls } from '../../../src/curriculum/bundles.ts';
import {
  checkNarrationFiles,
  listNarrationFiles,
  shippedNarrationIndex,
} from '../../../src/curriculum/shipped-narrations.ts';
import { fixtureCatalogue, fixtures } from './fixture-catalogue.ts';

describe('narration shipped with the content', () => {
  const catalogue = fixtureCatalogue();

  it('finds the audio files under content/narration/', () => {
    expect(listNarrationFiles(join(fixtures, 'content-valid'))).toEqual([
      { file: 'narration/en/lesson/home-lesson.wav', bytes: 1644 },
    ]);
    expect(listNarrationFiles(join(fixtures, 'content-broken-schema'))).toEqual([]);
  });

  it('turns good files into an index per language', () => {
    const { narrations, problems } = checkNarrationFiles(
      [
        { file: 'narration/en/lesson/home-lesson.wav', bytes: 1644 },
        { file: 'narration/fa-AF/question/home-one-a.ogg', bytes: 5000 },
      ],
      catalogue,
    );
    expect(problems).toEqual([]);
    expect(shippedNarrationIndex(narrations, 'fa-AF')).toEqual({
      'fa-AF/question/home-one-a': '/narration/fa-AF/question/home-one-a.ogg',
    });
    expect(shippedNarrationIndex(narrations, 'ps')).toEqual({});
  });

  it('names the file and what is wrong with it', () => {
    const { narrations, problems } = checkNarrationFiles(
      [
        { file: 'narration/en/home-lesson.wav', bytes: 10 },
        { file: 'narration/tlh/lesson/home-lesson.wav', bytes: 10 },
        { file: 'narration/en/picture/home-lesson.wav', bytes: 10 },
        { file: 'narration/en/lesson/nowhere.wav', bytes: 10 },
        { file: 'narration/en/question/nowhere-a.wav', bytes: 10 },
        { file: 'narration/en/lesson/home-lesson.txt', bytes: 10 },
        { file: 'narration/ar/lesson/home-lesson.ogg', bytes: 0 },
        { file: 'narration/ar/lesson/trip-lesson.ogg', bytes: 9_000_000 },
        { file: 'narration/uk/lesson/home-lesson.ogg', bytes: 10 },
        { file: 'narration/uk/lesson/home-lesson.mp3', bytes: 10 },
      ],
      catalogue,
    );
    expect(narrations.map((n) => n.file)).toEqual(['narration/uk/lesson/home-lesson.ogg']);
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'narration/en/home-lesson.wav (path): expected narration/{locale}/lesson|question/{id}.{ogg, opus, mp3, m4a, webm, wav}',
      'narration/tlh/lesson/home-lesson.wav (locale): "tlh" is not one of Waypoint\'s locales',
      'narration/en/picture/home-lesson.wav (subject): "picture" must be "lesson" or "question"',
      'narration/en/lesson/nowhere.wav (id): no lesson "nowhere" in content/lessons',
      'narration/en/question/nowhere-a.wav (id): no quiz item "nowhere-a" in content/quiz',
      'narration/en/lesson/home-lesson.txt (type): ".txt" is not an audio type Waypoint ships (ogg, opus, mp3, m4a, webm, wav)',
      'narration/ar/lesson/home-lesson.ogg (audio): the file is empty',
      'narration/ar/lesson/trip-lesson.ogg (audio): 9000000 bytes; a narration has at most 8000000',
      'narration/uk/lesson/home-lesson.mp3 (id): narrates the same lesson as narration/uk/lesson/home-lesson.ogg; keep one',
    ]);
  });

  it('a bundle carries its own lessons’ narrations and every question of its language', () => {
    const index = {
      'en/lesson/home-lesson': '/narration/en/lesson/home-lesson.wav',
      'en/lesson/lemuria-only': '/narration/en/lesson/lemuria-only.wav',
      'en/question/home-one-a': '/narration/en/question/home-one-a.ogg',
      'ar/lesson/home-lesson': '/narration/ar/lesson/home-lesson.ogg',
    };
    expect(shippedNarrationUrls(index, 'en', new Set(['home-lesson', 'trip-lesson']))).toEqual([
      '/narration/en/lesson/home-lesson.wav',
      '/narration/en/question/home-one-a.ogg',
    ]);
    expect(() =>
      shippedNarrationUrls({ 'en/lesson/x': 'http://elsewhere/x.ogg' }, 'en', new Set()),
    ).toThrow();
  });
});
