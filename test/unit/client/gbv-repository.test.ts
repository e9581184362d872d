import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import { GbvRepository } from '../../../src/client/db/gbv-repository.ts';

const cohortId = '0193a8f0-0000-7000-8000-0000000000c0';
const clock = {
  now: () => new Date('2026-12-07T10:42:13.000Z'),
  random: () => crypto.getRandomValues(new Uint8Array(10)),
};

it('records a delivered session with its outbox entry, by the day and with a random id', async () => {
  const db = new WaypointDatabase(`gbv-${Math.random()}`);
  const repository = new GbvRepository(db, clock);
  const delivery = await repository.recordDelivery({
    cohortId,
    moduleId: 'gbv-help',
    group: 'men',
    attending: 8,
    reemphasise: ['gbv-against-the-law'],
  });
  expect(delivery.date).toBe('2026-12-07');
  expect(delivery.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
  expect(await repository.deliveries(cohortId)).toEqual([delivery]);
  const [queued] = await db.outbox.toArray();
  // The entry's own id is random too: a time-ordered id would tell when the session was.
  expect(queued?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
  expect(queued).toMatchObject({
    recordType: 'gbv-delivery',
    recordId: delivery.id,
    queuedAt: '2026-12-07T00:00:00.000Z',
    payload: delivery,
  });
  await db.delete();
});

it('keeps nothing when the count is wrong', async () => {
  const db = new WaypointDatabase(`gbv-${Math.random()}`);
  const repository = new GbvRepository(db, clock);
  await expect(
    repository.recordDelivery({
      cohortId,
      moduleId: 'gbv-help',
      group: 'everyone',
      attending: 0,
      reemphasise: ['gbv-against-the-law'],
    }),
  ).rejects.toThrow(/at least one person attends/);
  expect(await db.gbvDeliveries.count()).toBe(0);
  expect(await db.outbox.count()).toBe(0);
  await db.delete();
});

it('keeps the centre’s referral contacts in the order they were added, and removes them', async () => {
  const db = new WaypointDatabase(`gbv-${Math.random()}`);
  const repository = new GbvRepository(db, clock);
  const first = await repository.addReferralContact({
    name: 'Focal point',
    role: '  ',
    phone: '0791 234 567',
  });
  expect(first.role).toBeUndefined();
  await expect(repository.addReferralContact({ name: '', phone: '0791' })).rejects.toThrow(
    /the name is required/,
  );
  expect((await repository.referralContacts()).map((c) => c.name)).toEqual(['Focal point']);
  await repository.removeReferralContact(first.id);
  expect(await repository.referralContacts()).toEqual([]);
  // Nothing about contacts is sent anywhere.
  expect(await db.outbox.count()).toBe(0);
  await db.delete();
});
