// Owns participants and their consent events on the tablet. What is queued for the hub goes
// through `participantForHub`, so names and intake leave only with consent to share.
import { consentEventSchema, type ConsentEvent } from '../../domain/consent.ts';
import type { OutboxEntry } from '../../domain/outbox.ts';
import { familyPseudonyms, participantForHub } from '../../domain/participant-for-hub.ts';
import {
  isDuplicate,
  participantDraftSchema,
  participantSchema,
  type Participant,
  type ParticipantDraft,
} from '../../domain/participant.ts';
import { uuidV7 } from '../../domain/record-id.ts';
import { browserClock, type RecordClock } from './cohort-repository.ts';
import type { WaypointDatabase } from './database.ts';

/** A decision about sharing, as the trainer records it. */
export type ConsentDecision = Pick<ConsentEvent, 'granted' | 'date' | 'explainedBy' | 'language'>;

/** Thrown when the same person is already in the cohort. */
export class DuplicateParticipantError extends Error {
  override name = 'DuplicateParticipantError';
}

export class ParticipantRepository {
  readonly #db: WaypointDatabase;
  readonly #clock: RecordClock;

  constructor(db: WaypointDatabase, clock: RecordClock = browserClock) {
    this.#db = db;
    this.#clock = clock;
  }

  inCohort(cohortId: string): Promise<Participant[]> {
    return this.#db.participants.where('cohortId').equals(cohortId).sortBy('createdAt');
  }

  consentsInCohort(participantIds: readonly string[]): Promise<ConsentEvent[]> {
    return this.#db.consentEvents
      .where('participantId')
      .anyOf([...participantIds])
      .toArray();
  }

  /** Adds a participant with a first consent decision; all in one transaction with the outbox. */
  async add(
    cohortId: string,
    draft: ParticipantDraft,
    consent: ConsentDecision,
  ): Promise<Participant> {
    const valid = participantDraftSchema.parse(draft);
    const { participants, consentEvents, outbox } = this.#db;
    return this.#db.transaction('rw', participants, consentEvents, outbox, async () => {
      const cohort = await this.inCohort(cohortId);
      if (isDuplicate(valid, cohort)) throw new DuplicateParticipantError(valid.name);
      const now = this.#clock.now();
      const participant = participantSchema.parse({
        id: this.#id(now),
        cohortId,
        version: 1,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        draft: valid,
      });
      await participants.put(participant);
      const event = await this.#recordConsent(participant.id, consent, now);
      await this.#queue(participant, [...cohort, participant], [event], now);
      return participant;
    });
  }

  /** Records a new consent decision (e.g. a withdrawal) and re-queues the participant accordingly. */
  async decide(participantId: string, consent: ConsentDecision): Promise<void> {
    const { participants, consentEvents, outbox } = this.#db;
    await this.#db.transaction('rw', participants, consentEvents, outbox, async () => {
      const participant = await participants.get(participantId);
      if (!participant) throw new Error(`no participant ${participantId}`);
      const now = this.#clock.now();
      await this.#recordConsent(participantId, consent, now);
      const events = await consentEvents.where('participantId').equals(participantId).toArray();
      const updated = {
        ...participant,
        version: participant.version + 1,
        updatedAt: now.toISOString(),
      };
      await participants.put(updated);
      await this.#queue(updated, await this.inCohort(participant.cohortId), events, now);
    });
  }

  async #recordConsent(
    participantId: string,
    consent: ConsentDecision,
    now: Date,
  ): Promise<ConsentEvent> {
    const event = consentEventSchema.parse({
      ...consent,
      id: this.#id(now),
      participantId,
      purpose: 'share-with-partner',
      recordedAt: now.toISOString(),
    });
    await this.#db.consentEvents.put(event);
    await this.#db.outbox.put(this.#entry('consent', event.id, 1, event, now));
    return event;
  }

  async #queue(
    participant: Participant,
    cohort: readonly Participant[],
    events: ConsentEvent[],
    now: Date,
  ) {
    const payload = participantForHub(participant, events, familyPseudonyms(cohort));
    await this.#db.outbox.put(
      this.#entry('participant', participant.id, participant.version, payload, now),
    );
  }

  #entry(
    recordType: OutboxEntry['recordType'],
    recordId: string,
    version: number,
    payload: unknown,
    now: Date,
  ) {
    return {
      id: this.#id(now),
      recordType,
      recordId,
      version,
      queuedAt: now.toISOString(),
      payload,
    };
  }

  #id(now: Date): string {
    return uuidV7(now.getTime(), this.#clock.random());
  }
}
