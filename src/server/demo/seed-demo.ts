// Owns the demo data a new hub starts with: a demo operator and partner, and a Canada cohort
// pushed by a demo tablet through the real ingest path, so a newcomer sees a full profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, isNull, like, sql } from 'drizzle-orm';
import {
  courseOutlinePath,
  courseOutlineSchema,
  type CourseOutline,
} from '../../domain/course-outline.ts';
import { demoCourse } from '../../domain/demo-course.ts';
import { seededRandom } from '../../domain/seeded-random.ts';
import { pushBatches } from '../../domain/sync-batches.ts';
import { createAccount } from '../auth/accounts.ts';
import { generatePassword } from '../auth/passwords.ts';
import { demoWanted } from '../config.ts';
import type { HubDb } from '../db/connect.ts';
import { accounts, devices, enrolmentCodes, syncRecords } from '../db/schema.ts';
import { assignCohort } from '../partner/cohort-assignments.ts';
import { createEnrolmentCode, enrolDevice } from '../sync/device-auth.ts';
import { ingestPush } from '../sync/ingest.ts';

/** The seed of the demo course: every new hub shows the same class. */
export const DEMO_SEED = 20_260_905;
export const DEMO_PROGRAMME = 'Demo programme';
export const DEMO_ORGANISATION = 'Ottawa Welcome Centre (demo)';
/** Every demo account's email ends so. */
export const DEMO_EMAIL_DOMAIN = '@demo.waypoint';

// Any number no other advisory lock of the hub uses: hubs starting together on one
// PostgreSQL seed one after the other, and the second finds the data already there.
const SEED_LOCK = 0x5eed_de70;

export interface DemoAccount {
  email: string;
  password: string;
}

export interface DemoAccounts {
  operator: DemoAccount;
  partner: DemoAccount & { organisation: string };
}

export interface SeedDemoOptions {
  /** The built site, where the course outline is. */
  clientDir: string;
  env: Record<string, string | undefined>;
  /** Progress, and why nothing was seeded when that is news: one line each. */
  log: (line: string) => void;
  now?: Date;
}

/**
 * Seeds the demo when `WAYPOINT_DEMO` is not `0` and the database holds nothing yet (no account,
 * enrolment code, tablet or record). Returns the demo accounts' passwords, or undefined when it
 * seeded nothing.
 */
export async function seedDemo(
  db: HubDb,
  { clientDir, env, log, now = new Date() }: SeedDemoOptions,
): Promise<DemoAccounts | undefined> {
  if (!demoWanted(env) || (await holdsData(db))) return undefined;
  const file = join(clientDir, courseOutlinePath('canada', 'adult'));
  const outline = readOutline(file);
  if (typeof outline === 'string') {
    log(`No demo data: ${file} ${outline}.`);
    return undefined;
  }
  const course = demoCourse(outline, { now, random: seededRandom(DEMO_SEED) });
  const operator = { email: `operator${DEMO_EMAIL_DOMAIN}`, password: generatePassword() };
  const partner = {
    email: `partner${DEMO_EMAIL_DOMAIN}`,
    password: generatePassword(),
    organisation: DEMO_ORGANISATION,
  };
  log('Empty database: adding the demo accounts and a demo cohort…');
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (await holdsData(tx)) return undefined;
    await createAccount(tx, { ...operator, role: 'operator', organisation: null });
    await createAccount(tx, { ...partner, role: 'partner', destination: 'canada' });
    const { code } = await createEnrolmentCode(tx, {
      programme: DEMO_PROGRAMME,
      expiresAt: new Date(now.getTime() + 60_000),
    });
    const tablet = await enrolDevice(tx, { code, deviceName: 'Demo tablet (Rania)' }, now);
    const device = { id: tablet.deviceId, programme: tablet.programme };
    for (const records of pushBatches(course.records).batches) {
      const refused = (await ingestPush(tx, device, { sentAt: now.toISOString(), records })).find(
        (result) => result.status !== 'accepted',
      );
      if (refused) throw new Error(`the hub refused a demo record: ${JSON.stringify(refused)}`);
    }
    await assignCohort(tx, course.cohort.id, DEMO_ORGANISATION, 'demo');
    return { operator, partner };
  });
}

/** The course outline the build wrote, or why there is none. */
function readOutline(file: string): CourseOutline | string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 'is missing (build Waypoint with npm run build first)';
  }
  try {
    return courseOutlineSchema.parse(JSON.parse(text));
  } catch {
    return 'is not a course outline (build Waypoint again with npm run build)';
  }
}

/** Whether anyone has used this database: then it is never seeded. */
async function holdsData(db: HubDb): Promise<boolean> {
  const result = await db.execute<{ held: boolean }>(sql`select
    exists (select 1 from ${accounts}) or exists (select 1 from ${enrolmentCodes})
    or exists (select 1 from ${devices}) or exists (select 1 from ${syncRecords}) as held`);
  return (result as unknown as { rows: { held: boolean }[] }).rows[0]?.held === true;
}

/**
 * Ends the demo accounts once a real operator exists: their passwords were printed at the
 * first start, and a hub in real use must not keep a way in that a log file holds.
 */
export async function retireDemoAccounts(db: HubDb, now = new Date()): Promise<number> {
  const retired = await db
    .update(accounts)
    .set({ disabledAt: now })
    .where(and(like(accounts.email, `%${DEMO_EMAIL_DOMAIN}`), isNull(accounts.disabledAt)))
    .returning({ id: accounts.id });
  return retired.length;
}
