// Owns sending the outbox to the hub: enrolment, then pushes in batches. An entry leaves the
// tablet only once the hub has answered that it holds it; a refused one stays, marked with
// the hub's reason. Network trouble leaves everything as it was, to be tried again.
import { hubLinkSchema, type HubLink } from '../../domain/hub-link.ts';
import { splitUnsent, type OutboxEntry } from '../../domain/outbox.ts';
import { pushBatches, pushedRecordOf } from '../../domain/sync-batches.ts';
import {
  enrolResponseSchema,
  isSettled,
  pushResponseSchema,
  SyncRefusal,
  type PushRequest,
} from '../../domain/sync-protocol.ts';
import type { WaypointDatabase } from '../db/database.ts';
import { pullAssignments } from './assignment-pull.ts';
import { hubAnswer, problemOf } from './hub-answer.ts';

/** How far a sync run got: records sent of those to send. */
export interface SyncProgress {
  sent: number;
  total: number;
}

function base64(bytes: ArrayBuffer): string {
  let text = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000)
    text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}

export class OutboxSync {
  readonly #db: WaypointDatabase;
  readonly #fetch: typeof fetch;

  constructor(db: WaypointDatabase, fetcher: typeof fetch = (...args) => fetch(...args)) {
    this.#db = db;
    this.#fetch = fetcher;
  }

  link(): Promise<HubLink | undefined> {
    return this.#db.hubLink.get('hub');
  }

  /** Enrols the tablet with the operator's one-time code. */
  async enrol(code: string, deviceName: string): Promise<HubLink> {
    const response = await this.#fetch('/api/sync/enrol', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, deviceName }),
    });
    const enrolled = enrolResponseSchema.parse(await hubAnswer(response));
    const link = hubLinkSchema.parse({
      id: 'hub',
      ...enrolled,
      deviceName,
      enrolledAt: new Date().toISOString(),
    });
    await this.#db.transaction('rw', this.#db.outbox, this.#db.hubLink, async () => {
      const previous = await this.link();
      if (previous && previous.deviceId !== link.deviceId) await this.#rekeyUnsent();
      await this.#db.hubLink.put(link);
    });
    return link;
  }

  /**
   * The hub binds an entry id to the tablet that first sent it, so a replay under another
   * token is refused. A re-enrolled tablet (its old token revoked or lost) is another tablet
   * to the hub: its unsent entries, some perhaps stored under the old token before an answer
   * was lost, go out under new ids, and the hub knows them again by record and version.
   */
  async #rekeyUnsent() {
    const unsent = await this.#db.outbox.toArray();
    await this.#db.outbox.clear();
    await this.#db.outbox.bulkAdd(unsent.map((entry) => ({ ...entry, id: crypto.randomUUID() })));
  }

  /** Entries still to reach the hub: waiting, and refused (needing attention). */
  async unsent(): Promise<{ waiting: OutboxEntry[]; refused: OutboxEntry[] }> {
    return splitUnsent(await this.#db.outbox.orderBy('queuedAt').toArray());
  }

  /**
   * Sends every waiting entry, then takes in the programme's cohorts and rosters from other
   * tablets; returns how many entries the hub now holds.
   */
  async run(onProgress: (progress: SyncProgress) => void = () => undefined): Promise<number> {
    const link = await this.link();
    if (!link) throw new SyncRefusal(401, 'not enrolled');
    const { waiting } = await this.unsent();
    const entries = new Map(waiting.map((entry) => [entry.id, entry]));
    const { batches, oversized } = pushBatches(
      waiting.map((entry) => pushedRecordOf(entry, base64)),
    );
    const now = () => new Date().toISOString();
    await this.#markRefused(
      oversized.map((record) => ({ id: record.id, reason: 'too large to send' })),
      now(),
    );
    let sent = 0;
    let held = 0;
    onProgress({ sent, total: waiting.length });
    try {
      for (const records of batches) {
        const push: PushRequest = { sentAt: now(), records };
        const response = await this.#fetch('/api/sync/push', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${link.token}` },
          body: JSON.stringify(push),
        });
        const { results } = pushResponseSchema.parse(await hubAnswer(response));
        const settled = results.filter(isSettled).map((result) => result.id);
        const refused = results.flatMap((result) =>
          result.status === 'rejected' ? [{ id: result.id, reason: result.reason }] : [],
        );
        await this.#db.transaction('rw', this.#db.outbox, this.#db.hubLink, async () => {
          // Only what the hub named is touched: an entry queued meanwhile stays.
          await this.#db.outbox.bulkDelete(settled.filter((id) => entries.has(id)));
          await this.#markRefused(refused, now());
          await this.#db.hubLink.update('hub', { lastSentAt: now() });
        });
        sent += records.length;
        held += settled.length;
        onProgress({ sent, total: waiting.length });
      }
      // After pushing, so the hub's answer already counts this tablet's newest edits.
      await pullAssignments(this.#db, this.#fetch, link);
      await this.#db.hubLink.update('hub', { lastProblem: undefined, lastProblemCode: undefined });
    } catch (error) {
      await this.#db.hubLink.update('hub', {
        lastProblem: error instanceof Error ? error.message : String(error),
        lastProblemCode: problemOf(error),
      });
      throw error;
    }
    return held;
  }

  /** Puts refused entries back in line, after the trainer has seen them. */
  async retryRefused(): Promise<void> {
    const { refused } = await this.unsent();
    await this.#db.outbox.bulkUpdate(
      refused.map((entry) => ({ key: entry.id, changes: { rejection: undefined } })),
    );
  }

  async #markRefused(refused: { id: string; reason: string }[], at: string) {
    if (refused.length === 0) return;
    await this.#db.outbox.bulkUpdate(
      refused.map(({ id, reason }) => ({ key: id, changes: { rejection: { reason, at } } })),
    );
  }
}
