// Owns the GBV module's only records: one per session delivered (a count and the key messages,
// never a person), queued for the hub in the same transaction; and the centre's referral
// contacts, which stay on the tablet.
import { uuidV4 } from '../../domain/feedback.ts';
import { gbvDeliverySchema, type GbvDelivery } from '../../domain/gbv.ts';
import { referralContactSchema, type ReferralContact } from '../../domain/referral-contact.ts';
import { browserClock, type RecordClock } from './cohort-repository.ts';
import type { WaypointDatabase } from './database.ts';

export class GbvRepository {
  readonly #db: WaypointDatabase;
  readonly #clock: RecordClock;
  readonly #random16: () => Uint8Array;

  constructor(
    db: WaypointDatabase,
    clock: RecordClock = browserClock,
    random16 = () => crypto.getRandomValues(new Uint8Array(16)),
  ) {
    this.#db = db;
    this.#clock = clock;
    this.#random16 = random16;
  }

  /** Records that the module was delivered; throws (keeping nothing) on a bad draft. */
  async recordDelivery(draft: Omit<GbvDelivery, 'id' | 'date'>): Promise<GbvDelivery> {
    const now = this.#clock.now();
    // A random id and the day only: a time could be matched against who was in the room.
    const delivery = gbvDeliverySchema.parse({
      ...draft,
      id: uuidV4(this.#random16()),
      date: now.toISOString().slice(0, 10),
    });
    const { gbvDeliveries, outbox } = this.#db;
    await this.#db.transaction('rw', gbvDeliveries, outbox, async () => {
      await gbvDeliveries.put(delivery);
      await outbox.put({
        id: uuidV4(this.#random16()),
        recordType: 'gbv-delivery',
        recordId: delivery.id,
        version: 1,
        queuedAt: `${delivery.date}T00:00:00.000Z`,
        payload: delivery,
      });
    });
    return delivery;
  }

  deliveries(cohortId: string): Promise<GbvDelivery[]> {
    return this.#db.gbvDeliveries.where('cohortId').equals(cohortId).toArray();
  }

  async referralContacts(): Promise<ReferralContact[]> {
    const contacts = await this.#db.referralContacts.toArray();
    return contacts.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  }

  /** Adds a contact; throws a ZodError naming the field on bad input, keeping nothing. */
  async addReferralContact(draft: {
    name: string;
    role?: string | undefined;
    phone: string;
  }): Promise<ReferralContact> {
    const role = draft.role?.trim();
    const contact = referralContactSchema.parse({
      name: draft.name,
      phone: draft.phone,
      ...(role ? { role } : {}),
      id: uuidV4(this.#random16()),
      addedAt: this.#clock.now().toISOString(),
    });
    await this.#db.referralContacts.put(contact);
    return contact;
  }

  removeReferralContact(id: string): Promise<void> {
    return this.#db.referralContacts.delete(id);
  }
}
