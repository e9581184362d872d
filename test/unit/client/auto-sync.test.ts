import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { QUIET_INTERVAL_MS, startAutoSync } from '../../../src/client/sync/auto-sync.ts';
import { sendWaitingRecords } from '../../../src/client/sync/learner-page-sync.ts';
import type { OutboxEntry } from '../../../src/domain/outbox.ts';
import { SyncRefusal } from '../../../src/domain/sync-protocol.ts';
import type { HubLink } from '../../../src/domain/hub-link.ts';
import { FIRST_RETRY_MS } from '../../../src/domain/sync-batches.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const link = { id: 'hub' } as HubLink;

function fakes(online = true) {
  const listeners = new Set<() => void>();
  const connectivity = {
    addEventListener: (_: 'online', listener: () => void) => listeners.add(listener),
    removeEventListener: (_: 'online', listener: () => void) => listeners.delete(listener),
    isOnline: () => online,
    comeOnline: () => listeners.forEach((listener) => listener()),
  };
  const sync = {
    enrolled: undefined as HubLink | undefined,
    outcomes: [] as (Error | undefined)[],
    runs: 0,
    link: async () => sync.enrolled,
    run: async () => {
      sync.runs += 1;
      const outcome = sync.outcomes.shift();
      if (outcome) throw outcome;
      return 0;
    },
  };
  return { connectivity, sync };
}

it('sends nothing before enrolment, and sends at once when asked after it', async () => {
  const { connectivity, sync } = fakes();
  const auto = startAutoSync(sync, () => undefined, connectivity);
  await vi.advanceTimersByTimeAsync(0);
  expect(sync.runs).toBe(0);
  sync.enrolled = link;
  await auto.now();
  expect(sync.runs).toBe(1);
  auto.stop();
});

it('after a failure tries again sooner than usual, backing off, and resets after a success', async () => {
  const { connectivity, sync } = fakes();
  sync.enrolled = link;
  sync.outcomes = [new TypeError('Failed to fetch'), new TypeError('Failed to fetch')];
  const auto = startAutoSync(
    sync,
    () => undefined,
    connectivity,
    () => 1,
  );
  await vi.advanceTimersByTimeAsync(0);
  expect(sync.runs).toBe(1);
  await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
  expect(sync.runs).toBe(2);
  await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
  expect(sync.runs).toBe(2);
  await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS);
  expect(sync.runs).toBe(3);
  await vi.advanceTimersByTimeAsync(QUIET_INTERVAL_MS - 1);
  expect(sync.runs).toBe(3);
  await vi.advanceTimersByTimeAsync(1);
  expect(sync.runs).toBe(4);
  auto.stop();
  await vi.advanceTimersByTimeAsync(QUIET_INTERVAL_MS * 2);
  expect(sync.runs).toBe(4);
});

it('waits for a person after a refusal, and runs when the connection comes back', async () => {
  const { connectivity, sync } = fakes(false);
  sync.enrolled = link;
  sync.outcomes = [new SyncRefusal(403, 'revoked')];
  const states: boolean[] = [];
  const auto = startAutoSync(sync, ({ running }) => states.push(running), connectivity);
  await vi.advanceTimersByTimeAsync(0);
  expect(sync.runs).toBe(0);
  connectivity.comeOnline();
  await vi.advanceTimersByTimeAsync(0);
  expect(sync.runs).toBe(1);
  expect(states).toEqual([true, false]);
  await vi.advanceTimersByTimeAsync(FIRST_RETRY_MS * 4);
  expect(sync.runs).toBe(1);
  auto.stop();
});

it('never runs twice at once', async () => {
  const { connectivity, sync } = fakes();
  sync.enrolled = link;
  const auto = startAutoSync(sync, () => undefined, connectivity);
  await Promise.all([auto.now(), auto.now(), auto.now()]);
  expect(sync.runs).toBe(1);
  auto.stop();
});

it('on a learner page, sends only when the tablet is enrolled and records wait', async () => {
  const { connectivity, sync } = fakes();
  const waiting: OutboxEntry[] = [];
  const learnerPage = { ...sync, unsent: async () => ({ waiting, refused: [] }) };
  expect(await sendWaitingRecords(learnerPage, connectivity)).toBeUndefined();
  sync.enrolled = link;
  expect(await sendWaitingRecords(learnerPage, connectivity)).toBeUndefined();
  expect(sync.runs).toBe(0);
  waiting.push({ id: 'e1' } as OutboxEntry);
  const auto = await sendWaitingRecords(learnerPage, connectivity);
  await vi.advanceTimersByTimeAsync(0);
  expect(sync.runs).toBe(1);
  auto?.stop();
});
