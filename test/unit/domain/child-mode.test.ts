import { describe, expect, it } from 'vitest';
import {
  childModeAllows,
  childModeCookie,
  childModeFromCookies,
  childModeHome,
} from '../../../src/domain/child-mode.ts';

const home = childModeHome('ar', 'canada');

describe('childModeAllows', () => {
  it.each([
    ['/ar/canada/child/', true],
    ['/en/canada/child/child-journey/', true],
    ['/ar/canada/child/child-journey/child-journey-bag-and-airport/', true],
    ['/ar/child-mode/', true],
    ['/ar/canada/adult/', false],
    ['/ar/canada/adult/gbv-help/gbv-your-rights/', false],
    ['/ar/canada/youth/gbv-help/', false],
    ['/ar/lessons/gbv-your-rights/', false],
    ['/ar/germany/child/', false],
    ['/ar/trainer/', false],
    ['/ar/downloads/', false],
    ['/ar/search/', false],
    ['/ar/learners/', false],
    ['/ar/canada/', false],
    ['/', false],
  ])('%s → %s', (path, allowed) => {
    expect(childModeAllows(path, home)).toBe(allowed);
  });
});

describe('the child mode cookie', () => {
  it('carries the child track’s home, and an expired one ends child mode', () => {
    const on = childModeCookie(home).split(';')[0] ?? '';
    expect(childModeFromCookies(`other=1; ${on}`)).toBe('/ar/canada/child/');
    const off = childModeCookie(undefined).split(';')[0] ?? '';
    expect(childModeFromCookies(off)).toBeUndefined();
    expect(childModeFromCookies('')).toBeUndefined();
  });
});
