import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_EMAIL } from '../../../src/domain/sign-in-limit.ts';
import { createAccount } from '../../../src/server/auth/accounts.ts';
import { signIn } from '../../../src/server/auth/sign-in.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import { hubDatabaseFixtures } from './hub-databases.ts';

for (const fixture of hubDatabaseFixtures()) {
  describe(`signing in on ${fixture.kind}`, () => {
    let database: HubDatabase;
    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
      await createAccount(database.db, {
        email: 'rania@example.org',
        role: 'operator',
        organisation: null,
        password: 'the right long password',
      });
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    it('lets no more guesses through than the limit, even sent all at once', async () => {
      const guesses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          signIn(database.db, {
            email: 'rania@example.org',
            password: `guess number ${i}`,
            client: `10.0.0.${i}`,
          }),
        ),
      );
      const checked = guesses.filter((g) => !g.ok && g.reason === 'wrong').length;
      expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_EMAIL);
      expect(guesses.filter((g) => !g.ok && g.reason === 'locked').length).toBeGreaterThan(0);
    });
  });
}
