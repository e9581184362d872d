import { expect, it } from 'vitest';
import { offlinePagePath } from '../../../src/domain/offline-page.ts';

it.each([
  ['/ar/canada/adult/housing/', '/ar/offline/index.html'],
  ['/en/no-such-page/', '/en/offline/index.html'],
  ['/', '/en/offline/index.html'],
  ['/partner/cohorts', '/en/offline/index.html'],
  ['/fa-AF/x', '/fa-AF/offline/index.html'],
])('%s offline shows %s', (path, expected) => {
  expect(offlinePagePath(path)).toBe(expected);
});
