// `npm run hub -- <command>`: the operator's commands on the hub database.
//   enrol-code --programme <name> --expires <YYYY-MM-DD | 7d> [--count N]
//                                                              one-time codes for tablets
//   devices                                                    enrolled tablets
//   revoke-device <device id>                                  refuse a tablet's next sync
//   conflicts                                                  two tablets' edits of one version
//   resolve-conflict <entry id> --keep held|incoming           settle one
//   operator-add --email <address> [--password-stdin]          an operator account
//   sign-out-everywhere --email <address>                      end all of an account's sessions
//   partner-add --email <address> --organisation <name> --destination <id> [--city <name>]...
//                                                              a partner account
//   cohorts                                                    cohorts on the hub, and their partners
//   assign-cohort <cohort id> --organisation <name>            give a cohort to a partner
import { parseArgs } from 'node:util';
import { HubConfigError, readHubConfig } from './config.ts';
import { openHubDatabase } from './db/connect.ts';
import { applyMigrations } from './db/migrations.ts';
import { devices } from './db/schema.ts';
import { createAccount, findAccount } from './auth/accounts.ts';
import { generatePassword } from './auth/passwords.ts';
import { endAllSessions } from './auth/sessions.ts';
import { SyncRefusal } from '../domain/sync-protocol.ts';
import { DEMO_EMAIL_DOMAIN, retireDemoAccounts } from './demo/seed-demo.ts';
import { assignCohort, hubCohorts } from './partner/cohort-assignments.ts';
import { openConflicts, resolveConflict } from './sync/conflicts.ts';
import { createEnrolmentCode, revokeDevice } from './sync/device-auth.ts';

const usage = `Usage:
  npm run hub -- enrol-code --programme "<programme>" --expires <YYYY-MM-DD or 7d> [--count N]
  npm run hub -- devices
  npm run hub -- revoke-device <device id>
  npm run hub -- conflicts
  npm run hub -- resolve-conflict <entry id> --keep held|incoming
  npm run hub -- operator-add --email <address> [--password-stdin]
  npm run hub -- sign-out-everywhere --email <address>
  npm run hub -- partner-add --email <address> --organisation "<name>" --destination <id> [--city <name>]... [--password-stdin]
  npm run hub -- cohorts
  npm run hub -- assign-cohort <cohort id> --organisation "<name>"`;

/** The password piped in, without the line break `echo` adds. */
async function readPassword(stdin: AsyncIterable<Buffer | string>): Promise<string> {
  let text = '';
  for await (const chunk of stdin) text += chunk.toString();
  return text.replace(/\r?\n$/, '');
}

/** `2026-12-31` (end of that day, UTC) or `7d` (seven days from now). */
export function parseExpiry(text: string, now = new Date()): Date {
  const days = /^(\d{1,3})d$/.exec(text)?.[1];
  if (days) return new Date(now.getTime() + Number(days) * 86_400_000);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T23:59:59.999Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new SyncRefusal(
    400,
    `--expires "${text}" is not a date (YYYY-MM-DD) or a number of days (7d)`,
  );
}

async function main(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      programme: { type: 'string' },
      expires: { type: 'string' },
      count: { type: 'string', default: '1' },
      keep: { type: 'string' },
      email: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      organisation: { type: 'string' },
      destination: { type: 'string' },
      city: { type: 'string', multiple: true, default: [] },
    },
  });
  const [command, ...rest] = positionals;
  if (!command) throw new SyncRefusal(400, usage);
  const database = await openHubDatabase(readHubConfig(process.env));
  try {
    await applyMigrations(database);
    if (command === 'enrol-code') {
      if (!values.programme || !values.expires) throw new SyncRefusal(400, usage);
      const expiresAt = parseExpiry(values.expires);
      if (expiresAt <= new Date())
        throw new SyncRefusal(400, `--expires ${values.expires} is in the past`);
      const count = Number(values.count);
      if (!Number.isInteger(count) || count < 1 || count > 100)
        throw new SyncRefusal(400, `--count ${values.count} is not a number from 1 to 100`);
      const codes: string[] = [];
      for (let i = 0; i < count; i += 1) {
        codes.push(
          (await createEnrolmentCode(database.db, { programme: values.programme, expiresAt })).code,
        );
      }
      return `Enrolment code${count > 1 ? 's' : ''} for "${values.programme}", each valid once until ${expiresAt.toISOString()}:\n\n${codes.map((code) => `  ${code}`).join('\n')}\n\nGive one to the trainer who enrols each tablet. The hub keeps only their hashes: write them down now.`;
    }
    if (command === 'devices') {
      const rows = await database.db.select().from(devices);
      if (rows.length === 0) return 'No tablets enrolled yet.';
      return rows
        .map(
          (d) =>
            `${d.id}  ${d.programme}  ${d.name}  enrolled ${d.enrolledAt.toISOString()}${d.revokedAt ? `  REVOKED ${d.revokedAt.toISOString()}` : ''}`,
        )
        .join('\n');
    }
    if (command === 'revoke-device') {
      const [id] = rest;
      if (!id || !/^[0-9a-f-]{36}$/i.test(id)) throw new SyncRefusal(400, usage);
      return (await revokeDevice(database.db, id, 'operator:cli'))
        ? `Revoked ${id}: its next sync will be refused.`
        : `No active tablet ${id} (unknown, or already revoked).`;
    }
    if (command === 'conflicts') {
      const open = await openConflicts(database.db);
      if (open.length === 0) return 'No open conflicts.';
      return open
        .map(
          (c) =>
            `${c.entryId}  ${c.kind} ${c.recordId} version ${c.version}, received ${c.receivedAt.toISOString()}\n` +
            c.differences
              .map(
                (key) =>
                  `    ${key}: held ${JSON.stringify(c.held[key])} · incoming ${JSON.stringify(c.incoming[key])}`,
              )
              .join('\n'),
        )
        .join('\n');
    }
    if (command === 'resolve-conflict') {
      const [entryId] = rest;
      if (!entryId || (values.keep !== 'held' && values.keep !== 'incoming'))
        throw new SyncRefusal(400, usage);
      await resolveConflict(database.db, entryId, values.keep, 'operator:cli');
      return `Resolved ${entryId}: kept the ${values.keep} edit; the other is in the audit log.`;
    }
    if (command === 'operator-add') {
      if (!values.email) throw new SyncRefusal(400, usage);
      const generated = !values['password-stdin'];
      const password = generated ? generatePassword() : await readPassword(process.stdin);
      const { email } = await createAccount(database.db, {
        email: values.email,
        role: 'operator',
        organisation: null,
        password,
      });
      const retired = email.endsWith(DEMO_EMAIL_DOMAIN) ? 0 : await retireDemoAccounts(database.db);
      const created = generated
        ? `Operator ${email} created. Password (shown once, the hub keeps only its hash):\n\n  ${password}\n\nSign in at /en/operator/ on the hub.`
        : `Operator ${email} created. Sign in at /en/operator/ on the hub.`;
      return retired > 0
        ? `${created}\nDemo accounts that can no longer sign in: ${retired}.`
        : created;
    }
    if (command === 'partner-add') {
      if (!values.email || !values.organisation || !values.destination)
        throw new SyncRefusal(400, usage);
      const generated = !values['password-stdin'];
      const password = generated ? generatePassword() : await readPassword(process.stdin);
      const { email } = await createAccount(database.db, {
        email: values.email,
        role: 'partner',
        organisation: values.organisation,
        destination: values.destination,
        cities: values.city,
        password,
      });
      const where = values.city.length > 0 ? values.city.join(', ') : 'every city';
      return `Partner ${email} (${values.organisation}) created for ${values.destination}, ${where}.${
        generated ? `\nPassword (shown once, the hub keeps only its hash):\n\n  ${password}\n` : ''
      }\nSign in at /en/partner/ on the hub.`;
    }
    if (command === 'cohorts') {
      const cohorts = await hubCohorts(database.db);
      if (cohorts.length === 0) return 'No cohorts on the hub yet.';
      return cohorts
        .map(
          (c) =>
            `${c.id}  ${c.destination}/${c.destinationCity}  departs ${c.departure}  from ${c.location}  partners: ${c.organisations.join(', ') || 'none'}`,
        )
        .join('\n');
    }
    if (command === 'assign-cohort') {
      const [cohortId] = rest;
      if (!cohortId || !/^[0-9a-f-]{36}$/i.test(cohortId) || !values.organisation)
        throw new SyncRefusal(400, usage);
      await assignCohort(database.db, cohortId, values.organisation, 'operator:cli');
      return `Cohort ${cohortId} assigned to ${values.organisation}.`;
    }
    if (command === 'sign-out-everywhere') {
      if (!values.email) throw new SyncRefusal(400, usage);
      const account = await findAccount(database.db, values.email);
      if (!account) throw new SyncRefusal(404, `no account ${values.email}`);
      const ended = await endAllSessions(database.db, account.id);
      return `Signed ${account.email} out everywhere (${ended} session${ended === 1 ? '' : 's'} ended).`;
    }
    throw new SyncRefusal(400, `Unknown command "${command}".\n${usage}`);
  } finally {
    await database.close();
  }
}

if (import.meta.main) {
  main(process.argv.slice(2)).then(
    (output) => console.log(output),
    (error: unknown) => {
      console.error(
        error instanceof SyncRefusal || error instanceof HubConfigError
          ? error.message
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error),
      );
      process.exit(1);
    },
  );
}
