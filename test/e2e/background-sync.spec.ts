import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { pullResponseSchema } from '../../src/domain/sync-protocol.ts';
import { serviceWorkerReady } from './bundles-support.ts';
import { enrol, enrolmentCode, panel } from './sync-support.ts';
import { addParticipants, createCohort } from './trainer-support.ts';

/** How many pushes the service worker keeps to send later. */
function queuedPushes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('workbox-background-sync');
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('requests')) return resolve(0);
          const count = database.transaction('requests').objectStore('requests').count();
          count.onsuccess = () => {
            database.close();
            resolve(count.result);
          };
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** A tablet of the same programme, enrolled through the API, to ask the hub what it holds. */
async function checkingTablet(request: APIRequestContext, code: string): Promise<string> {
  const enrolled = await request.post('/api/sync/enrol', {
    data: { code, deviceName: 'Checking tablet' },
  });
  return ((await enrolled.json()) as { token: string }).token;
}

/** How many participants of the cohort the hub holds, as another tablet pulls them. */
async function participantsOnHub(request: APIRequestContext, token: string, cohortId: string) {
  const response = await request.get('/api/sync/pull?since=0', {
    headers: { authorization: `Bearer ${token}` },
  });
  const pulled = pullResponseSchema.parse(await response.json());
  return pulled.records.filter(
    (record) => record.kind === 'participant' && record.payload.cohortId === cohortId,
  ).length;
}

test('a push that failed offline reaches the hub from the service worker, with no page open', async ({
  page,
  request,
}) => {
  const cohortId = await createCohort(page, 'Zahle training centre');
  await addParticipants(page, cohortId, ['Nour']);
  await enrol(page, enrolmentCode(3));
  await expect(panel(page).locator('[data-sync-status]')).toHaveText(/^Everything is sent · /);
  await serviceWorkerReady(page);

  await page.context().setOffline(true);
  await addParticipants(page, cohortId, ['Karim', 'Salma']);
  const status = panel(page);
  await status.getByRole('button', { name: 'Sync now' }).click();
  await expect(status.getByRole('alert')).toContainText('the hub cannot be reached');
  await status.getByRole('button', { name: 'Sync now' }).click();
  await expect(status.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  // Two failed runs, one push kept: the latest.
  expect(await queuedPushes(page)).toBe(1);

  // The trainer closes the page; the connection comes back; the browser fires the sync event.
  const cdp = await page.context().newCDPSession(page);
  const registration = new Promise<{ registrationId: string; scopeURL: string }>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const found = registrations.find((r) => !r.isDeleted);
      if (found) resolve(found);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  const { registrationId, scopeURL } = await registration;
  await page.goto('about:blank');
  await page.context().setOffline(false);
  await cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: new URL(scopeURL).origin,
    registrationId,
    tag: 'workbox-background-sync:waypoint-push',
    lastChance: false,
  });

  // Another tablet of the programme pulls the class: the hub has all three participants.
  const checking = await checkingTablet(request, enrolmentCode(4));
  await expect.poll(() => participantsOnHub(request, checking, cohortId)).toBe(3);
});

test('records waiting on the tablet reach the hub from a learner page', async ({
  page,
  request,
}) => {
  const cohortId = await createCohort(page, 'Jounieh centre');
  await enrol(page, enrolmentCode(7));
  await expect(panel(page).locator('[data-sync-status]')).toHaveText(/^Everything is sent · /);
  // The hub is down while the trainer adds a participant: the record waits on the tablet.
  await page.context().route('**/api/sync/push', (route) =>
    route.fulfill({
      status: 503,
      json: { error: 'down for maintenance', problem: 'hub-failed' },
    }),
  );
  await addParticipants(page, cohortId, ['Lina']);
  // The participant and their consent decision, counted at once without waiting for a sync.
  await expect(panel(page).locator('[data-sync-status]')).toHaveText(/^2 records not yet sent/);
  await panel(page).getByRole('button', { name: 'Sync now' }).click();
  await expect(panel(page).getByRole('alert')).toContainText('the hub could not store the records');
  await page.context().unroute('**/api/sync/push');

  // Learners take the tablet: no trainer screen is open, and the record goes anyway.
  await page.goto('/en/learners/');
  const checking = await checkingTablet(request, enrolmentCode(8));
  await expect.poll(() => participantsOnHub(request, checking, cohortId)).toBe(1);
});
