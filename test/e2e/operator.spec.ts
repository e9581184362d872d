import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import xapiValidation from '@learninglocker/xapi-validation';
import { parse } from 'csv-parse/sync';
import { courseOutlinePath, courseOutlineSchema } from '../../src/domain/course-outline.ts';
import { demoCourse } from '../../src/domain/demo-course.ts';
import { partnerExports } from '../../src/domain/partner-portal.ts';
import { seededRandom } from '../../src/domain/seeded-random.ts';
import { MAX_PUSH_RECORDS } from '../../src/domain/sync-protocol.ts';
import { cohortPayload, participantPayload, pushed } from '../unit/server/sync-fixtures.ts';

// One signed-in operator walks through the page; the steps share the hub's state (and the
// audit log's order), so the partner's own walk-through comes last, here too.
test.describe.configure({ mode: 'serial' });

/** The validator is CommonJS: Node's own loader gives its exports object as the default. */
const validate =
  (xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation;

/** The partner account the operator adds below, for the partner portal's test. */
let costiPassword = '';

/** The operator run.ts made with `npm run hub -- operator-add` before the hub started. */
function operator(): { email: string; password: string } {
  const file = join(process.env['WAYPOINT_E2E_DATA_DIR'] ?? '', 'operator.json');
  return JSON.parse(readFileSync(file, 'utf8')) as { email: string; password: string };
}

async function signIn(page: Page, email: string, password: string, locale = 'en') {
  await page.goto(`/${locale}/operator/`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type=submit]').click();
}

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function enrol(request: APIRequestContext, code: string, deviceName: string) {
  const response = await request.post('/api/sync/enrol', { data: { code, deviceName } });
  expect(response.status()).toBe(200);
  return (await response.json()) as { deviceId: string; token: string };
}

function push(request: APIRequestContext, token: string, records: unknown[]) {
  return request.post('/api/sync/push', {
    headers: { authorization: `Bearer ${token}` },
    data: { sentAt: new Date().toISOString(), records },
  });
}

test('signed out, the page offers only the sign-in form and refuses every action', async ({
  page,
  baseURL,
}) => {
  await page.goto('/en/operator/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Enrolment codes' })).toHaveCount(0);
  await expectAxeClean(page);
  const refused = await page.request.post('/en/operator/', {
    headers: { origin: baseURL ?? '' },
    form: { action: 'create-codes', programme: 'X', expires: '2099-01-01', count: '1' },
  });
  expect(refused.status()).toBe(401);
  expect(await refused.text()).toContain('You are not signed in. Sign in and try again.');

  await page.goto('/ar/operator/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { name: 'تسجيل الدخول' })).toBeVisible();
  await expectAxeClean(page);
});

test('a wrong password is named, and repeated failures lock the email for a while', async ({
  page,
}) => {
  const { email } = operator();
  await signIn(page, email, 'not the password at all');
  await expect(page.getByRole('alert')).toHaveText('Wrong email or password.');
  await expect(page.locator('#email')).toHaveValue(email);

  for (let i = 0; i < 5; i += 1) await signIn(page, 'visitor@example.org', 'guess number one');
  await signIn(page, 'visitor@example.org', 'guess number one');
  await expect(page.getByRole('alert')).toHaveText(
    /^Too many failed sign-ins for this email\. Try again in 1[45] minutes\.$/,
  );
});

test('an operator makes codes, sees the tablet they enrol, settles a conflict and revokes a tablet', async ({
  page,
  baseURL,
}) => {
  const { email, password } = operator();
  await signIn(page, email, password);
  await expect(page.getByText(/^Signed in as /)).toContainText(email);
  await expectAxeClean(page);

  await page.getByLabel('Programme').fill('Operator E2E');
  await page.getByLabel('How many codes (1–50)').fill('2');
  await page.getByRole('button', { name: 'Make codes' }).click();
  const shown = page.getByLabel('The new codes, one per line');
  const codes = (await shown.inputValue()).trim().split('\n');
  expect(codes).toHaveLength(2);
  for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  // Listed afterwards without the codes themselves.
  await page.goto('/en/operator/');
  const recent = page.getByRole('region', { name: 'Recent codes' });
  await expect(recent.getByRole('row', { name: /Operator E2E .* Not used/ })).toHaveCount(2);
  await expect(page.getByText(codes[0] ?? '')).toHaveCount(0);

  const first = await enrol(page.request, codes[0] ?? '', 'Tablet North');
  const second = await enrol(page.request, codes[1] ?? '', 'Tablet South');
  const cohortId = '0193a8f0-0000-7000-8000-0000000000c1';
  const person = participantPayload(cohortId);
  const anotherRecord = () => [pushed('participant', participantPayload(cohortId))];
  expect((await push(page.request, first.token, [pushed('participant', person)])).status()).toBe(
    200,
  );
  await push(page.request, first.token, [
    pushed('participant', { ...person, version: 2, literacy: 'functional' }),
  ]);
  await push(page.request, second.token, [
    pushed('participant', { ...person, version: 2, literacy: 'fluent' }),
  ]);

  await page.goto('/en/operator/');
  const tablets = page.getByRole('region', { name: 'Tablets' });
  await expect(tablets.getByRole('row', { name: /Tablet North Operator E2E/ })).toBeVisible();
  await expect(recent.getByRole('row', { name: /Operator E2E .* Used / })).toHaveCount(2);

  const conflict = page.locator('article.conflict', { hasText: person.id });
  await expect(conflict.locator('tr.differs')).toHaveCount(1);
  await expect(conflict.locator('tr.differs')).toContainText('literacy');
  await expect(conflict.locator('tr.differs')).toContainText('"functional"');
  await expect(conflict.locator('tr.differs')).toContainText('"fluent"');
  await expectAxeClean(page);
  await conflict.getByRole('button', { name: 'Keep incoming' }).click();
  await expect(page).toHaveURL(/\?done=resolved#conflicts$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'The conflict is settled' }),
  ).toBeVisible();
  await expect(page.locator('article.conflict', { hasText: person.id })).toHaveCount(0);

  await tablets.getByRole('link', { name: 'Revoke Tablet South' }).click();
  await expect(page.getByRole('heading', { name: 'Revoke Tablet South?' })).toBeVisible();
  expect((await push(page.request, second.token, anotherRecord())).status()).toBe(200);
  await page.getByRole('button', { name: 'Yes, revoke this tablet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The tablet is revoked' })).toBeVisible();
  await expect(tablets.getByRole('row', { name: /Tablet South .* Revoked / })).toBeVisible();
  const refused = await push(page.request, second.token, anotherRecord());
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({
    error: 'this tablet was revoked by the operator: enrol it again',
    problem: 'revoked',
  });

  // A form without the session's token is refused, though the browser is signed in.
  const forged = await page.request.post('/en/operator/', {
    headers: { origin: baseURL ?? '' },
    form: { action: 'revoke-tablet', tablet: first.deviceId },
  });
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain('This form did not come from an open operator page');
  expect((await push(page.request, first.token, anotherRecord())).status()).toBe(200);

  await page.goto('/ar/operator/');
  await expect(page.getByRole('heading', { name: 'الأجهزة اللوحية' })).toBeVisible();
  await expectAxeClean(page);

  await page.getByRole('button', { name: 'تسجيل الخروج من كل مكان' }).click();
  await expect(page.getByRole('status')).toHaveText('لقد سجّلت الخروج من كل المتصفحات.');
  await page.goto('/en/operator/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('an operator adds a partner, assigns it a class a tablet pushed, and reads both in the audit log', async ({
  page,
}) => {
  const { email, password } = operator();
  await signIn(page, email, password);

  const partners = page.locator('#partners');
  await partners.getByLabel('Email').fill('Intake@COSTI.org');
  await partners.getByLabel('Organisation').fill('COSTI');
  await partners.getByLabel('Destination').selectOption({ label: 'Canada' });
  await partners.getByLabel('Cities').fill('Toronto, Ottawa');
  await partners.getByRole('button', { name: 'Add partner' }).click();
  const shown = page.getByRole('status').filter({ hasText: 'Account for intake@costi.org' });
  await expect(shown).toContainText('Shown once');
  const partnerPassword = await shown.getByLabel('The password').inputValue();
  costiPassword = partnerPassword;
  expect(partnerPassword).toMatch(/^[A-Za-z2-9]{6}(-[A-Za-z2-9]{6}){3}$/);
  await expect(
    page
      .getByRole('region', { name: 'Partner accounts' })
      .getByRole('row', { name: /intake@costi\.org COSTI Canada Toronto, Ottawa/ }),
  ).toBeVisible();
  await expectAxeClean(page);

  // The same email again is named as the problem, and the password is not shown again.
  await page.goto('/en/operator/');
  await partners.getByLabel('Email').fill('intake@costi.org');
  await partners.getByLabel('Organisation').fill('COSTI');
  await partners.getByLabel('Destination').selectOption({ label: 'Canada' });
  await partners.getByRole('button', { name: 'Add partner' }).click();
  await expect(partners.getByLabel('Email')).toHaveAccessibleDescription(
    'An account with this email already exists.',
  );
  await expect(page.getByText(partnerPassword)).toHaveCount(0);

  await page.getByLabel('Programme').fill('Partners E2E');
  await page.getByRole('button', { name: 'Make codes' }).click();
  const [code] = (await page.getByLabel('The new codes, one per line').inputValue()).split('\n');
  const tablet = await enrol(page.request, code ?? '', 'Tablet Partners');
  const cohort = cohortPayload();
  expect((await push(page.request, tablet.token, [pushed('cohort', cohort)])).status()).toBe(200);

  await page.goto('/en/operator/');
  const classes = page.getByRole('region', { name: 'Classes' });
  const row = classes.getByRole('row', { name: /Canada, Ottawa Beirut training centre/ });
  await expect(row).toContainText('Not assigned');
  await row.getByRole('combobox').selectOption('COSTI');
  await row
    .getByRole('button', { name: 'Assign Canada, Ottawa, departing December 10, 2026' })
    .click();
  await expect(page).toHaveURL(/\?done=assigned#cohorts$/);
  await expect(page.getByRole('status').filter({ hasText: 'The class is assigned' })).toBeVisible();
  await expect(row).toContainText('COSTI');
  await expect(row).toContainText('Every partner organisation for this country has it.');

  const audit = page.getByRole('region', { name: 'Audit log' });
  const actor = `operator:${email}`;
  // Newest first: the assignment, then the new partner.
  const rows = audit.getByRole('row');
  for (const text of [actor, 'Assigned a class', `cohort:${cohort.id}`, 'organisation: COSTI'])
    await expect(rows.nth(1)).toContainText(text);
  for (const text of [actor, 'Added a partner account', 'email: intake@costi.org'])
    await expect(rows.nth(2)).toContainText(text);
  await page.getByLabel('Action').selectOption({ label: 'Added a partner account' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\?action=create-partner#audit$/);
  await expect(audit.getByRole('row')).toHaveCount(2);
  await expect(audit).toContainText('destination: canada; organisation: COSTI');
  await expectAxeClean(page);

  await page.goto('/ar/operator/?action=create-partner');
  await expect(page.getByRole('heading', { name: 'الشركاء', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'سجل التدقيق' })).toContainText('أضاف حساب شريك');
  await expect(page.getByRole('region', { name: 'الصفوف' })).toContainText('كندا، Ottawa');
  await expectAxeClean(page);
});

test('the partner reads the synced cohort’s profile and downloads, and nobody else can', async ({
  page,
  browser,
}) => {
  const { email, password } = operator();
  await signIn(page, email, password);
  // Another organisation in the same country, to be refused.
  const partners = page.locator('#partners');
  await partners.getByLabel('Email').fill('desk@other.example');
  await partners.getByLabel('Organisation').fill('Other Agency');
  await partners.getByLabel('Destination').selectOption({ label: 'Canada' });
  await partners.getByRole('button', { name: 'Add partner' }).click();
  const otherPassword = await page
    .getByRole('status')
    .filter({ hasText: 'Account for desk@other.example' })
    .getByLabel('The password')
    .inputValue();

  // A tablet pushes a whole five-day course through the sync API.
  await page.goto('/en/operator/');
  await page.getByLabel('Programme').fill('Partner portal E2E');
  await page.getByRole('button', { name: 'Make codes' }).click();
  const [code] = (await page.getByLabel('The new codes, one per line').inputValue()).split('\n');
  const tablet = await enrol(page.request, code ?? '', 'Tablet Amman');
  const outline = courseOutlineSchema.parse(
    await (await page.request.get(courseOutlinePath('canada', 'adult'))).json(),
  );
  const { cohort, records } = demoCourse(outline, { now: new Date(), random: seededRandom(7) });
  for (let at = 0; at < records.length; at += MAX_PUSH_RECORDS)
    expect(
      (await push(page.request, tablet.token, records.slice(at, at + MAX_PUSH_RECORDS))).status(),
    ).toBe(200);
  await page.goto('/en/operator/');
  const row = page
    .getByRole('region', { name: 'Classes' })
    .getByRole('row', { name: new RegExp(cohort.draft.location) });
  await row.getByRole('combobox').selectOption('COSTI');
  await row.getByRole('button', { name: /^Assign / }).click();
  await expect(page).toHaveURL(/\?done=assigned#cohorts$/);

  // The partner signs in, finds the cohort and reads its profile.
  const partner = await (
    await browser.newContext({ baseURL: test.info().project.use.baseURL })
  ).newPage();
  await partner.goto('/en/partner/');
  await partner.getByLabel('Email').fill('intake@costi.org');
  await partner.getByLabel('Password').fill(costiPassword);
  await partner.getByRole('button', { name: 'Sign in' }).click();
  const listed = partner.locator(`[data-cohort="${cohort.id}"]`);
  await expect(listed).toContainText('18 people');
  await expectAxeClean(partner);
  await listed.getByRole('link').click();
  await expect(partner).toHaveURL(new RegExp(`/en/partner/cohorts/${cohort.id}/$`));
  await expect(partner.locator('[data-fact="size"]')).toHaveText('18');
  const participants = records.filter((r) => r.kind === 'participant');
  const named = participants.filter((r) => (r.payload as { shared: boolean }).shared);
  await expect(partner.locator('[data-consented]')).toHaveAttribute(
    'data-consented',
    String(named.length),
  );
  await expect(partner.locator('.reemphasise li[data-reason="weak"]')).not.toHaveCount(0);
  await expect(partner.locator('.reemphasise li[data-reason="gbv"]')).not.toHaveCount(0);
  await expectAxeClean(partner);
  for (const locale of ['fr', 'ar']) {
    await partner.goto(`/${locale}/partner/cohorts/${cohort.id}/`);
    await expect(partner.locator('[data-fact="size"]')).toHaveText(
      locale === 'ar' ? /18|١٨/ : '18',
    );
    await expectAxeClean(partner);
  }

  // The CSV says what the tablet recorded: days attended and answers, names only with consent.
  const csv = await partner.request.get(`/en/partner/cohorts/${cohort.id}/participants.csv`);
  expect(csv.status()).toBe(200);
  const rows = parse(await csv.text(), { columns: true, bom: true }) as Record<string, string>[];
  expect(rows).toHaveLength(participants.length);
  const latestMark = new Map<string, { status: string; recordedAt: string }>();
  for (const r of records.filter((r) => r.kind === 'attendance')) {
    const mark = r.payload as {
      participantId: string;
      day: number;
      status: string;
      recordedAt: string;
    };
    const key = `${mark.participantId}|${mark.day}`;
    const seen = latestMark.get(key);
    if (!seen || seen.recordedAt <= mark.recordedAt) latestMark.set(key, mark);
  }
  for (const [i, record] of participants.entries()) {
    const person = record.payload as { id: string; name: string; shared: boolean };
    const days = [...latestMark.entries()].filter(
      ([key, mark]) => key.startsWith(`${person.id}|`) && mark.status !== 'absent',
    ).length;
    expect(rows[i]).toMatchObject({
      participant: person.name,
      consented_to_share: person.shared ? 'yes' : 'no',
      days_attended: String(days),
    });
  }
  const answer = records.find((r) => r.kind === 'answer')?.payload as {
    participantId: string;
    objective: string;
    test: string;
    correct: boolean;
  };
  const answered = rows[participants.findIndex((r) => r.recordId === answer.participantId)];
  expect(answered?.[`${answer.test}_${answer.objective}`]).toBe(answer.correct ? '1' : '0');

  const statements = (await (
    await partner.request.get(`/en/partner/cohorts/${cohort.id}/xapi.json`)
  ).json()) as object[];
  expect(statements.length).toBeGreaterThan(100);
  for (const statement of statements) expect(validate(statement)).toEqual([]);
  expect(JSON.stringify(statements)).not.toContain((named[0]?.payload as { name: string }).name);

  // Nobody else reads it: another organisation, the operator, a visitor, guessed ids.
  const other = await (
    await browser.newContext({ baseURL: test.info().project.use.baseURL })
  ).newPage();
  await other.goto('/en/partner/');
  await other.getByLabel('Email').fill('desk@other.example');
  await other.getByLabel('Password').fill(otherPassword);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByText('No cohorts are assigned to your organisation yet.')).toBeVisible();
  const visitor = await (
    await browser.newContext({ baseURL: test.info().project.use.baseURL })
  ).newPage();
  const sequential = cohort.id.replace(/.$/, (d) => (d === '0' ? '1' : '0'));
  for (const [who, client, pageStatus, fileStatus] of [
    ['other partner', other, 404, 404],
    ['operator', page, 403, 403],
    ['visitor', visitor, 200, 401],
  ] as const) {
    for (const id of [cohort.id, sequential, '00000000-0000-4000-8000-000000000000']) {
      const profile = await client.request.get(`/en/partner/cohorts/${id}/`);
      expect(profile.status(), `${who} ${id}`).toBe(pageStatus);
      expect(await profile.text()).not.toContain(cohort.draft.location);
      for (const file of partnerExports)
        expect(
          (await client.request.get(`/en/partner/cohorts/${id}/${file}`)).status(),
          `${who} ${id} ${file}`,
        ).toBe(fileStatus);
    }
  }

  // The operator sees who read what.
  await page.goto('/en/operator/');
  const audit = page.getByRole('region', { name: 'Audit log' });
  await expect(audit).toContainText('partner:intake@costi.org');
  await expect(audit).toContainText(`cohort:${cohort.id}`);
});
