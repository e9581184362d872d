import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperatorPage } from '../../../src/domain/operator-console.ts';
import { SIGN_IN_WINDOW_MS } from '../../../src/domain/sign-in-limit.ts';
import { createAccount } from '../../../src/server/auth/accounts.ts';
import { readSession } from '../../../src/server/auth/sessions.ts';
import { signIn } from '../../../src/server/auth/sign-in.ts';
import type { HubDatabase } from '../../../src/server/db/connect.ts';
import { applyMigrations } from '../../../src/server/db/migrations.ts';
import {
  accounts,
  accountSessions,
  auditLog,
  devices,
  enrolmentCodes,
} from '../../../src/server/db/schema.ts';
import {
  createOperatorConsole,
  type OperatorConsole,
} from '../../../src/server/operator/operator-console.ts';
import { createSyncHandlers, type SyncHandlers } from '../../../src/server/sync/sync-http.ts';
import { hubDatabaseFixtures } from './hub-databases.ts';
import { cohortPayload, participantPayload, pushed } from './sync-fixtures.ts';

const hub = 'http://hub.test';
const page = `${hub}/en/operator/`;
const password = 'correct horse battery';
const destinations = ['canada', 'germany'];

function get(cookie?: string, query = '') {
  return new Request(`${page}${query}`, { headers: cookie ? { cookie } : {} });
}

function post(
  fields: Record<string, string>,
  { cookie, origin = hub }: { cookie?: string; origin?: string | null } = {},
) {
  const headers: Record<string, string> = {};
  if (cookie) headers['cookie'] = cookie;
  if (origin) headers['origin'] = origin;
  return new Request(page, { method: 'POST', headers, body: new URLSearchParams(fields) });
}

function expectKind<K extends OperatorPage['kind']>(
  result: OperatorPage,
  kind: K,
): Extract<OperatorPage, { kind: K }> {
  expect(result.kind, JSON.stringify(result)).toBe(kind);
  return result as Extract<OperatorPage, { kind: K }>;
}

for (const fixture of hubDatabaseFixtures()) {
  describe(`operator accounts and page on ${fixture.kind}`, () => {
    let database: HubDatabase;
    let operator: OperatorConsole;
    let sync: SyncHandlers;
    let client = 0;

    beforeAll(async () => {
      database = await fixture.open();
      await applyMigrations(database);
      operator = createOperatorConsole(database.db);
      sync = createSyncHandlers(database.db);
    }, 60_000);
    afterAll(async () => {
      await database?.close();
      await fixture.dispose();
    });

    // Each test signs in from its own address, so one test's failures never lock another's.
    const respond = (request: Request, from = `10.0.0.${client}`) =>
      operator.respond(request, { locale: 'en', client: from, destinations });

    async function addOperator(email: string) {
      await createAccount(database.db, { email, role: 'operator', organisation: null, password });
    }

    async function signedIn(email: string): Promise<{ cookie: string; csrf: string }> {
      const result = expectKind(
        await respond(post({ action: 'sign-in', email, password })),
        'redirect',
      );
      expect(result.location).toBe('/en/operator/');
      const cookie = result.setCookies[0]?.split(';')[0] ?? '';
      const view = expectKind(await respond(get(cookie)), 'console');
      return { cookie, csrf: view.csrfToken };
    }

    /** A tablet enrolled with a code the operator makes on the page, and its push. */
    async function enrolledTablet(session: { cookie: string; csrf: string }, name: string) {
      const made = expectKind(
        await respond(
          post(
            {
              action: 'create-codes',
              csrf: session.csrf,
              programme: name,
              expires: '2099-12-31',
              count: '1',
            },
            { cookie: session.cookie },
          ),
        ),
        'console',
      );
      const enrolled = await sync.enrol(
        new Request(`${hub}/api/sync/enrol`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: made.newCodes?.codes[0], deviceName: name }),
        }),
      );
      const { token } = (await enrolled.json()) as { token: string };
      return (records: unknown[]) =>
        sync.push(
          new Request(`${hub}/api/sync/push`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ sentAt: new Date().toISOString(), records }),
          }),
        );
    }

    it('stores an account’s email once whatever its case, and only an argon2id hash of its password', async () => {
      client += 1;
      await addOperator('Rania@Example.org');
      await expect(addOperator('rania@EXAMPLE.org')).rejects.toThrow(
        'an account for rania@example.org already exists',
      );
      // The database itself refuses a second spelling, whatever a caller forgets to check.
      await expect(
        database.db.insert(accounts).values({
          id: crypto.randomUUID(),
          email: 'RANIA@example.org',
          role: 'operator',
          passwordHash: 'x',
        }),
      ).rejects.toThrow();
      const [row] = await database.db
        .select()
        .from(accounts)
        .where(eq(accounts.email, 'rania@example.org'));
      expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row?.passwordHash).not.toContain(password);
      await expect(
        createAccount(database.db, {
          email: 'short@example.org',
          role: 'operator',
          organisation: null,
          password: 'too short',
        }),
      ).rejects.toThrow('password: the password must be at least 12 characters');
    });

    it('signs in with a Secure, HttpOnly, SameSite=Strict __Host- cookie whose token only the hub’s hash names', async () => {
      client += 1;
      await addOperator('omar@example.org');
      const result = expectKind(
        await respond(post({ action: 'sign-in', email: ' OMAR@example.org', password })),
        'redirect',
      );
      const [cookie] = result.setCookies;
      expect(cookie).toMatch(
        /^__Host-waypoint-session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
      );
      const token = cookie?.split(';')[0]?.split('=')[1] ?? '';
      const stored = await database.db.select().from(accountSessions);
      expect(stored.map((s) => s.tokenHash)).not.toContain(token);
      const view = expectKind(await respond(get(cookie?.split(';')[0])), 'console');
      expect(view.email).toBe('omar@example.org');
    });

    it('answers a wrong password and an unknown email alike, and shows no console to a stranger', async () => {
      client += 1;
      await addOperator('layla@example.org');
      const wrong = await respond(
        post({ action: 'sign-in', email: 'layla@example.org', password: 'not her password' }),
      );
      const unknown = await respond(
        post({ action: 'sign-in', email: 'nobody@example.org', password }),
      );
      expect(wrong).toEqual({
        kind: 'sign-in',
        status: 401,
        setCookies: [],
        problem: 'wrong',
        email: 'layla@example.org',
      });
      expect(unknown).toMatchObject({ status: 401, problem: 'wrong' });
      expect(await respond(post({ action: 'sign-in', email: '', password: '' }))).toMatchObject({
        status: 400,
        problem: 'missing',
      });
      expectKind(await respond(get()), 'sign-in');
      expectKind(await respond(get('__Host-waypoint-session=forged-token')), 'sign-in');
    });

    it('locks an email for the window after five failures, even against the right password', async () => {
      client += 1;
      await addOperator('yusuf@example.org');
      for (let i = 0; i < 5; i += 1)
        await respond(post({ action: 'sign-in', email: 'yusuf@example.org', password: 'wrong!' }));
      const locked = await respond(
        post({ action: 'sign-in', email: 'Yusuf@example.org', password }),
      );
      expect(locked).toMatchObject({ kind: 'sign-in', status: 429, problem: 'locked' });
      expect((locked as { lockedMinutes: number }).lockedMinutes).toBeGreaterThan(13);
      // Another address does not help: the email is what is locked.
      expect(
        (
          await respond(
            post({ action: 'sign-in', email: 'yusuf@example.org', password }),
            '10.9.9.9',
          )
        ).kind,
      ).toBe('sign-in');
      // Once the window has passed, the right password works, and success clears the count.
      const later = new Date(Date.now() + SIGN_IN_WINDOW_MS + 1_000);
      const result = await signIn(
        database.db,
        { email: 'yusuf@example.org', password, client: 'elsewhere' },
        later,
      );
      expect(result.ok).toBe(true);
    });

    it('locks a client address that fails for many emails', async () => {
      client += 1;
      await addOperator('samir@example.org');
      for (let i = 0; i < 30; i += 1)
        await respond(post({ action: 'sign-in', email: `guess${i}@example.org`, password }));
      expect(
        await respond(post({ action: 'sign-in', email: 'samir@example.org', password })),
      ).toMatchObject({ status: 429, problem: 'locked' });
      expectKind(
        await respond(
          post({ action: 'sign-in', email: 'samir@example.org', password }),
          '10.1.1.1',
        ),
        'redirect',
      );
    }, 30_000);

    it('refuses a form without the session’s CSRF token, or from another site, and changes nothing', async () => {
      client += 1;
      await addOperator('hana@example.org');
      const { cookie, csrf } = await signedIn('hana@example.org');
      const codes = {
        action: 'create-codes',
        programme: 'CSRF',
        expires: '2099-01-01',
        count: '1',
      };
      expect(await respond(post(codes, { cookie }))).toMatchObject({
        kind: 'refused',
        status: 403,
        reason: 'csrf',
      });
      expect(
        await respond(post({ ...codes, csrf: `${csrf.slice(1)}x` }, { cookie })),
      ).toMatchObject({ status: 403, reason: 'csrf' });
      expect(
        await respond(post({ ...codes, csrf }, { cookie, origin: 'https://elsewhere.example' })),
      ).toMatchObject({ status: 403, reason: 'csrf' });
      expect(await respond(post({ ...codes, csrf }, { cookie, origin: null }))).toMatchObject({
        status: 403,
        reason: 'csrf',
      });
      // The sign-in form too: a page elsewhere cannot sign a browser in to another account.
      expect(
        await respond(
          post(
            { action: 'sign-in', email: 'hana@example.org', password },
            { origin: 'https://evil.example' },
          ),
        ),
      ).toMatchObject({ kind: 'refused', reason: 'csrf' });
      const made = await database.db
        .select()
        .from(enrolmentCodes)
        .where(eq(enrolmentCodes.programme, 'CSRF'));
      expect(made).toEqual([]);
    });

    it('refuses a signed-out form with 401, and a partner account with 403', async () => {
      client += 1;
      const codes = { action: 'create-codes', programme: 'P', expires: '2099-01-01', count: '1' };
      expect(await respond(post(codes))).toMatchObject({ status: 401, reason: 'signed-out' });
      await createAccount(database.db, {
        email: 'partner@example.org',
        role: 'partner',
        organisation: 'COSTI',
        destination: 'canada',
        password,
      });
      const result = expectKind(
        await respond(post({ action: 'sign-in', email: 'partner@example.org', password })),
        'redirect',
      );
      const cookie = result.setCookies[0]?.split(';')[0] ?? '';
      const refused = expectKind(await respond(get(cookie)), 'refused');
      expect(refused).toMatchObject({ status: 403, reason: 'not-operator' });
      const csrf = refused.csrfToken ?? '';
      expect(await respond(post({ ...codes, csrf }, { cookie }))).toMatchObject({
        status: 403,
        reason: 'not-operator',
      });
      // A partner who arrived here can still sign out.
      expectKind(await respond(post({ action: 'sign-out', csrf }, { cookie })), 'redirect');
    });

    it('makes enrolment codes once, and lists them without the codes themselves', async () => {
      client += 1;
      await addOperator('nadia@example.org');
      const { cookie, csrf } = await signedIn('nadia@example.org');
      const bad = expectKind(
        await respond(
          post(
            { action: 'create-codes', csrf, programme: ' ', expires: '2020-01-01', count: '99' },
            { cookie },
          ),
        ),
        'console',
      );
      expect(bad.status).toBe(400);
      expect(bad.codeForm?.errors).toEqual({
        programme: 'programme',
        expires: 'past',
        count: 'count',
      });

      const made = expectKind(
        await respond(
          post(
            {
              action: 'create-codes',
              csrf,
              programme: 'Amman 2027',
              expires: '2099-12-31',
              count: '3',
            },
            { cookie },
          ),
        ),
        'console',
      );
      expect(made.newCodes?.codes).toHaveLength(3);
      expect(made.newCodes?.expiresAt).toEqual(new Date('2099-12-31T23:59:59.999Z'));
      const listed = made.codes.filter((code) => code.programme === 'Amman 2027');
      expect(listed).toHaveLength(3);
      expect(JSON.stringify(listed)).not.toContain(made.newCodes?.codes[0]);
      // The code works for a tablet, and shows as used.
      const enrolled = await sync.enrol(
        new Request(`${hub}/api/sync/enrol`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code: made.newCodes?.codes[0], deviceName: 'Tablet A' }),
        }),
      );
      expect(enrolled.status).toBe(200);
      const after = expectKind(await respond(get(cookie)), 'console');
      expect(after.codes.filter((c) => c.programme === 'Amman 2027' && c.usedAt)).toHaveLength(1);
      expect(after.tablets.find((t) => t.name === 'Tablet A')).toMatchObject({
        programme: 'Amman 2027',
        revokedAt: null,
      });
    });

    it('revokes a tablet after the confirmation step, and its next push is refused', async () => {
      client += 1;
      await addOperator('karim@example.org');
      const { cookie, csrf } = await signedIn('karim@example.org');
      const made = expectKind(
        await respond(
          post(
            {
              action: 'create-codes',
              csrf,
              programme: 'Revoke',
              expires: '2099-12-31',
              count: '1',
            },
            { cookie },
          ),
        ),
        'console',
      );
      const enrolled = (await (
        await sync.enrol(
          new Request(`${hub}/api/sync/enrol`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ code: made.newCodes?.codes[0], deviceName: 'Tablet R' }),
          }),
        )
      ).json()) as { deviceId: string; token: string };

      const asking = expectKind(
        await respond(get(cookie, `?revoke=${enrolled.deviceId}`)),
        'console',
      );
      expect(asking.confirmRevoke).toMatchObject({ id: enrolled.deviceId, name: 'Tablet R' });
      const [before] = await database.db
        .select()
        .from(devices)
        .where(eq(devices.id, enrolled.deviceId));
      expect(before?.revokedAt).toBeNull();

      expect(
        await respond(
          post({ action: 'revoke-tablet', csrf, tablet: enrolled.deviceId }, { cookie }),
        ),
      ).toEqual({
        kind: 'redirect',
        location: '/en/operator/?done=revoked#tablets',
        setCookies: [],
      });
      const push = await sync.push(
        new Request(`${hub}/api/sync/push`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${enrolled.token}`,
          },
          body: JSON.stringify({ sentAt: new Date().toISOString(), records: [] }),
        }),
      );
      expect(push.status).toBe(403);
      const audit = await database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.subject, `device:${enrolled.deviceId}`));
      expect(audit).toMatchObject([
        { action: 'revoke-device', actor: expect.stringMatching(/^operator:/) },
      ]);
      expect(
        await respond(
          post({ action: 'revoke-tablet', csrf, tablet: enrolled.deviceId }, { cookie }),
        ),
      ).toMatchObject({ status: 404, reason: 'gone' });
      const done = expectKind(
        await respond(get(cookie, `?done=revoked&revoke=${enrolled.deviceId}`)),
        'console',
      );
      expect(done.done).toBe('revoked');
      expect(done.confirmRevoke).toBeUndefined();
    });

    it('shows a conflict side by side and settles it, writing the operator to the audit log', async () => {
      client += 1;
      await addOperator('dina@example.org');
      const { cookie, csrf } = await signedIn('dina@example.org');
      const made = expectKind(
        await respond(
          post(
            {
              action: 'create-codes',
              csrf,
              programme: 'Conflict',
              expires: '2099-12-31',
              count: '2',
            },
            { cookie },
          ),
        ),
        'console',
      );
      const tokens: string[] = [];
      for (const code of made.newCodes?.codes ?? []) {
        const response = await sync.enrol(
          new Request(`${hub}/api/sync/enrol`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ code, deviceName: `Tablet ${code.slice(0, 4)}` }),
          }),
        );
        tokens.push(((await response.json()) as { token: string }).token);
      }
      const push = (token: string, records: unknown[]) =>
        sync.push(
          new Request(`${hub}/api/sync/push`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ sentAt: new Date().toISOString(), records }),
          }),
        );
      const cohort = cohortPayload();
      const person = participantPayload(cohort.id);
      await push(tokens[0] ?? '', [pushed('participant', person)]);
      await push(tokens[0] ?? '', [
        pushed('participant', { ...person, version: 2, literacy: 'functional' }),
      ]);
      const theirs = pushed('participant', { ...person, version: 2, literacy: 'fluent' });
      await push(tokens[1] ?? '', [theirs]);

      const view = expectKind(await respond(get(cookie)), 'console');
      const conflict = view.conflicts.find((c) => c.entryId === theirs.id);
      expect(conflict?.fields.find((f) => f.field === 'literacy')).toEqual({
        field: 'literacy',
        held: '"functional"',
        incoming: '"fluent"',
        differs: true,
      });
      expect(conflict?.fields.filter((f) => f.differs).map((f) => f.field)).toEqual(['literacy']);

      expect(
        await respond(
          post(
            { action: 'resolve-conflict', csrf, conflict: theirs.id, keep: 'incoming' },
            { cookie },
          ),
        ),
      ).toEqual({
        kind: 'redirect',
        location: '/en/operator/?done=resolved#conflicts',
        setCookies: [],
      });
      const [audit] = await database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.subject, `participant:${person.id}@2`));
      expect(audit).toMatchObject({
        actor: 'operator:dina@example.org',
        action: 'resolve-conflict',
      });
      const after = expectKind(await respond(get(cookie)), 'console');
      expect(after.conflicts.some((c) => c.entryId === theirs.id)).toBe(false);
      expect(
        await respond(
          post({ action: 'resolve-conflict', csrf, conflict: theirs.id, keep: 'held' }, { cookie }),
        ),
      ).toMatchObject({ status: 404, reason: 'gone' });
      expect(
        await respond(
          post({ action: 'resolve-conflict', csrf, conflict: theirs.id, keep: 'both' }, { cookie }),
        ),
      ).toMatchObject({ status: 400, reason: 'unknown-action' });
    });

    it('signs out here, or everywhere', async () => {
      client += 1;
      await addOperator('amal@example.org');
      const first = await signedIn('amal@example.org');
      const second = await signedIn('amal@example.org');
      const third = await signedIn('amal@example.org');
      const out = expectKind(
        await respond(post({ action: 'sign-out', csrf: first.csrf }, { cookie: first.cookie })),
        'redirect',
      );
      expect(out.location).toBe('/en/operator/?signed-out=here');
      expect(out.setCookies[0]).toMatch(/^__Host-waypoint-session=; .*Max-Age=0$/);
      expectKind(await respond(get(first.cookie)), 'sign-in');
      expectKind(await respond(get(second.cookie)), 'console');

      expect(
        await respond(
          post({ action: 'sign-out-everywhere', csrf: second.csrf }, { cookie: second.cookie }),
        ),
      ).toMatchObject({ kind: 'redirect', location: '/en/operator/?signed-out=everywhere' });
      expectKind(await respond(get(third.cookie)), 'sign-in');
      expect(await respond(get(undefined, '?signed-out=everywhere'))).toMatchObject({
        kind: 'sign-in',
        signedOut: 'everywhere',
      });
    });

    it('ends a session left idle, and any session of a disabled account', async () => {
      client += 1;
      await addOperator('idle@example.org');
      const result = await signIn(database.db, {
        email: 'idle@example.org',
        password,
        client: 'x',
      });
      if (!result.ok) throw new Error('could not sign in');
      expect(await readSession(database.db, result.token)).toBeDefined();
      const later = new Date(Date.now() + 13 * 60 * 60_000);
      expect(await readSession(database.db, result.token, later)).toBeUndefined();
      await database.db
        .update(accounts)
        .set({ disabledAt: new Date() })
        .where(eq(accounts.id, result.account.id));
      expect(await readSession(database.db, result.token)).toBeUndefined();
      expect(
        await signIn(database.db, { email: 'idle@example.org', password, client: 'x' }),
      ).toEqual({ ok: false, reason: 'wrong' });
    });

    it('adds a partner, showing its generated password once, keeping only its hash, and audits who did it', async () => {
      client += 1;
      await addOperator('sara@example.org');
      const session = await signedIn('sara@example.org');
      const made = expectKind(
        await respond(
          post(
            {
              action: 'create-partner',
              csrf: session.csrf,
              email: ' Intake@COSTI.org ',
              organisation: ' COSTI ',
              destination: 'canada',
              cities: 'Toronto, Ottawa',
            },
            { cookie: session.cookie },
          ),
        ),
        'console',
      );
      expect(made.status).toBe(200);
      const shown = made.newPartner?.password ?? '';
      expect(made.newPartner).toEqual({
        email: 'intake@costi.org',
        organisation: 'COSTI',
        password: expect.stringMatching(/^[A-Za-z2-9]{6}(-[A-Za-z2-9]{6}){3}$/),
      });
      const [row] = await database.db
        .select()
        .from(accounts)
        .where(eq(accounts.email, 'intake@costi.org'));
      expect(row).toMatchObject({
        role: 'partner',
        organisation: 'COSTI',
        destination: 'canada',
        cities: ['Toronto', 'Ottawa'],
      });
      expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row?.passwordHash).not.toContain(shown);
      expect(
        await signIn(database.db, { email: 'intake@costi.org', password: shown, client: 'x' }),
      ).toMatchObject({ ok: true });
      const audit = await database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.subject, `account:${row?.id}`));
      expect(audit).toMatchObject([
        {
          actor: 'operator:sara@example.org',
          action: 'create-partner',
          detail: { email: 'intake@costi.org', organisation: 'COSTI', destination: 'canada' },
        },
      ]);

      const later = expectKind(await respond(get(session.cookie)), 'console');
      expect(later.newPartner).toBeUndefined();
      expect(JSON.stringify(later)).not.toContain(shown);
      expect(later.partners.find((p) => p.email === 'intake@costi.org')).toEqual({
        email: 'intake@costi.org',
        organisation: 'COSTI',
        destination: 'canada',
        cities: ['Toronto', 'Ottawa'],
        createdAt: expect.any(Date),
      });
    });

    it('refuses a partner without an organisation, with a destination the content lacks, or an email in use, naming the field', async () => {
      client += 1;
      await addOperator('tariq@example.org');
      const { cookie, csrf } = await signedIn('tariq@example.org');
      const partner = {
        action: 'create-partner',
        csrf,
        email: 'caseworker@isans.ca',
        organisation: 'ISANS',
        destination: 'canada',
        cities: '',
      };
      const refusal = async (change: Record<string, string>) => {
        const page = expectKind(
          await respond(post({ ...partner, ...change }, { cookie })),
          'console',
        );
        expect(page.status).toBe(400);
        expect(page.newPartner).toBeUndefined();
        return page.partnerForm;
      };
      expect(await refusal({ organisation: '  ' })).toEqual({
        values: {
          email: 'caseworker@isans.ca',
          organisation: '  ',
          destination: 'canada',
          cities: '',
        },
        errors: { organisation: 'organisation' },
      });
      expect((await refusal({ destination: 'atlantis' }))?.errors).toEqual({
        destination: 'destination',
      });
      expect((await refusal({ destination: '', email: 'caseworker' }))?.errors).toEqual({
        email: 'email',
        destination: 'destination',
      });
      const none = await database.db
        .select()
        .from(accounts)
        .where(eq(accounts.email, 'caseworker@isans.ca'));
      expect(none).toEqual([]);

      expectKind(await respond(post(partner, { cookie })), 'console');
      expect(
        (await refusal({ email: 'CaseWorker@ISANS.ca', organisation: 'Other' }))?.errors,
      ).toEqual({
        email: 'taken',
      });
      // Without the session's token nothing is made.
      expect(
        await respond(post({ ...partner, csrf: '', email: 'forged@isans.ca' }, { cookie })),
      ).toMatchObject({ kind: 'refused', status: 403, reason: 'csrf' });
      const made = await database.db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'create-partner'),
            eq(auditLog.actor, 'operator:tariq@example.org'),
          ),
        );
      expect(made).toHaveLength(1);
    });

    it('assigns a cohort to a partner organisation in its destination, with the CSRF token only, and audits it', async () => {
      client += 1;
      await addOperator('mona@example.org');
      const session = await signedIn('mona@example.org');
      const { cookie, csrf } = session;
      const push = await enrolledTablet(session, 'Assign');
      const cohort = cohortPayload();
      expect((await push([pushed('cohort', cohort)])).status).toBe(200);

      const empty = expectKind(await respond(get(cookie)), 'console');
      expect(empty.cohorts.find((c) => c.id === cohort.id)).toEqual({
        id: cohort.id,
        destination: 'canada',
        destinationCity: 'Ottawa',
        location: 'Beirut training centre',
        departure: '2026-12-10',
        organisations: [],
      });
      await respond(
        post(
          {
            action: 'create-partner',
            csrf,
            email: 'ottawa@ociso.ca',
            organisation: 'OCISO',
            destination: 'canada',
            cities: 'Ottawa',
          },
          { cookie },
        ),
      );
      const assign = { action: 'assign-cohort', cohort: cohort.id, organisation: 'OCISO' };
      expect(await respond(post(assign, { cookie }))).toMatchObject({
        status: 403,
        reason: 'csrf',
      });
      expect(
        await respond(post({ ...assign, csrf }, { cookie, origin: 'https://elsewhere.example' })),
      ).toMatchObject({ status: 403, reason: 'csrf' });
      const before = expectKind(await respond(get(cookie)), 'console');
      expect(before.cohorts.find((c) => c.id === cohort.id)?.organisations).toEqual([]);

      expect(await respond(post({ ...assign, csrf }, { cookie }))).toEqual({
        kind: 'redirect',
        location: '/en/operator/?done=assigned#cohorts',
        setCookies: [],
      });
      const after = expectKind(await respond(get(cookie, '?done=assigned')), 'console');
      expect(after.done).toBe('assigned');
      expect(after.cohorts.find((c) => c.id === cohort.id)?.organisations).toEqual(['OCISO']);
      const audit = await database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.subject, `cohort:${cohort.id}`));
      expect(audit).toMatchObject([
        {
          actor: 'operator:mona@example.org',
          action: 'assign-cohort',
          detail: { organisation: 'OCISO' },
        },
      ]);
    });

    it('says why a cohort was not assigned: no partner of that organisation there, or no such cohort', async () => {
      client += 1;
      await addOperator('rami@example.org');
      const session = await signedIn('rami@example.org');
      const push = await enrolledTablet(session, 'Refuse');
      const cohort = cohortPayload();
      await push([pushed('cohort', cohort)]);
      await respond(
        post(
          {
            action: 'create-partner',
            csrf: session.csrf,
            email: 'berlin@caritas.de',
            organisation: 'Caritas',
            destination: 'germany',
            cities: '',
          },
          { cookie: session.cookie },
        ),
      );
      const assign = async (cohortId: string, organisation: string) => {
        const page = expectKind(
          await respond(
            post(
              { action: 'assign-cohort', csrf: session.csrf, cohort: cohortId, organisation },
              { cookie: session.cookie },
            ),
          ),
          'console',
        );
        expect(page.status).toBe(400);
        return page.assignProblem;
      };
      // Caritas receives cohorts in Germany only; this one goes to Canada.
      expect(await assign(cohort.id, 'Caritas')).toEqual({
        problem: 'no-partner',
        cohortId: cohort.id,
        organisation: 'Caritas',
      });
      expect(await assign('not-a-cohort', 'Caritas')).toMatchObject({ problem: 'no-cohort' });
      const audit = await database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.subject, `cohort:${cohort.id}`));
      expect(audit).toEqual([]);
    });

    it('shows the newest audit rows first, at most 100, each action or only one', async () => {
      client += 1;
      await addOperator('lina@example.org');
      const { cookie } = await signedIn('lina@example.org');
      const start = Date.parse('2030-01-01T00:00:00.000Z');
      await database.db.insert(auditLog).values(
        Array.from({ length: 105 }, (_, i) => ({
          id: crypto.randomUUID(),
          at: new Date(start + i * 60_000),
          actor: 'partner:intake@costi.org',
          action: i % 2 === 0 ? 'view-profile' : 'export-csv',
          subject: `cohort:test-${i}`,
          detail: i === 104 ? { format: 'csv', rows: 12 } : { note: 'x'.repeat(300) },
        })),
      );
      const all = expectKind(await respond(get(cookie)), 'console');
      expect(all.audit).toHaveLength(100);
      expect(all.audit.slice(0, 3).map((entry) => entry.subject)).toEqual([
        'cohort:test-104',
        'cohort:test-103',
        'cohort:test-102',
      ]);
      expect(all.audit[0]).toMatchObject({
        at: new Date(start + 104 * 60_000),
        actor: 'partner:intake@costi.org',
        action: 'view-profile',
        detail: 'rows: 12; format: csv',
      });
      expect(all.audit[1]?.detail).toMatch(/^note: x{113}…$/);
      const times = all.audit.map((entry) => entry.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));

      const views = expectKind(await respond(get(cookie, '?action=export-csv')), 'console');
      expect(views.auditAction).toBe('export-csv');
      expect(views.audit.map((entry) => entry.action)).toEqual(Array(52).fill('export-csv'));
      expect(views.audit[0]?.subject).toBe('cohort:test-103');
      const none = expectKind(await respond(get(cookie, '?action=drop-tables')), 'console');
      expect(none.audit).toEqual([]);
      await database.db.delete(auditLog).where(like(auditLog.subject, 'cohort:test-%'));
    });
  });
}
