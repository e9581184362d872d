import { expect, test } from '@playwright/test';

// First, so a stray server on the port (somebody else's page) fails loudly rather than
// making every other spec fail for a confusing reason.
test('the server on the test port is Waypoint on its embedded database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const health = await response.json();
  expect(health).toMatchObject({
    status: 'ok',
    database: 'pglite',
    migrations: { current: true },
  });
});

test('an unknown URL is answered with 404 and the not-found page', async ({ request }) => {
  const response = await request.get('/en/no-such-page/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('We could not find this page');
});
