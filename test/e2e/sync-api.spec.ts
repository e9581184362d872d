import { expect, test } from '@playwright/test';

// The sync API as the running hub serves it (the hub suite covers the protocol itself).
test('the hub answers sync requests with a 4xx that says what is wrong', async ({ request }) => {
  const enrol = await request.post('/api/sync/enrol', {
    data: { code: 'AAAA-BBBB-CCCC-DDDD', deviceName: 'Tablet 1' },
  });
  expect(enrol.status()).toBe(403);
  expect(await enrol.json()).toEqual({
    error: 'this enrolment code is not known: check it with the operator',
    problem: 'code-unknown',
  });

  const push = await request.post('/api/sync/push', { data: { sentAt: 'now', records: [] } });
  expect(push.status()).toBe(401);
  expect(await push.json()).toEqual({
    error: 'no device token: enrol the tablet first',
    problem: 'no-token',
  });

  const pull = await request.get('/api/sync/pull?since=0');
  expect(pull.status()).toBe(401);
  expect(await pull.json()).toMatchObject({ problem: 'no-token' });
  const sideways = await request.get('/api/sync/push');
  expect(sideways.status()).toBe(404);

  const malformed = await request.post('/api/sync/enrol', {
    headers: { 'content-type': 'application/json' },
    data: Buffer.from('{"code": '),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()) as { error: string }).toMatchObject({
    error: expect.stringMatching(/^the body is not valid JSON/),
  });

  const unknown = await request.post('/api/sync/pull-everything', { data: {} });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: 'no sync action "pull-everything"' });

  // The hub keeps serving after all of that.
  expect((await request.get('/api/health')).status()).toBe(200);
});
