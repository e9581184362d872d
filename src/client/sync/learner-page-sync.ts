// A tablet in learners' hands may not show a trainer screen for hours. While a learner page is
// open, records waiting in the outbox go to the hub too, quietly: how it went is for the
// trainer screens to show.
import { startAutoSync, type AutoSync, type Connectivity } from './auto-sync.ts';
import type { OutboxSync } from './outbox-sync.ts';

/** Starts sending if the tablet is enrolled and records wait; undefined when there is nothing to do. */
export async function sendWaitingRecords(
  sync: Pick<OutboxSync, 'link' | 'run' | 'unsent'>,
  connectivity?: Connectivity,
): Promise<AutoSync | undefined> {
  if (!(await sync.link())) return undefined;
  if ((await sync.unsent()).waiting.length === 0) return undefined;
  return startAutoSync(sync, () => undefined, connectivity);
}
