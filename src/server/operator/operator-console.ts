// The operator page's requests: who is signed in, the checks every form passes (same origin,
// the session's CSRF token, the operator role; see auth/account-forms.ts), and what each
// action does. It answers with an OperatorPage; src/pages/[locale]/operator/index.astro only
// renders it.
import { desc } from 'drizzle-orm';
import {
  conflictFields,
  doneMessages,
  parseCodeForm,
  type ConsolePage,
  type DoneMessage,
  type OperatorPage,
  type OperatorRequestContext,
} from '../../domain/operator-console.ts';
import { SyncRefusal } from '../../domain/sync-protocol.ts';
import type { HubDb } from '../db/connect.ts';
import { devices, enrolmentCodes } from '../db/schema.ts';
import {
  formField as field,
  fromThisSite,
  refusedPage,
  signInFromForm,
  signOutFromForm,
} from '../auth/account-forms.ts';
import { sessionTokenOf } from '../auth/session-cookie.ts';
import { csrfTokenMatches, readSession, type SignedIn } from '../auth/sessions.ts';
import { assignCohort, hubCohorts } from '../partner/cohort-assignments.ts';
import { openConflicts, resolveConflict } from '../sync/conflicts.ts';
import { createEnrolmentCode, revokeDevice } from '../sync/device-auth.ts';
import { recentAudit } from './audit-trail.ts';
import { addPartner, listPartners } from './partners.ts';

const RECENT_CODES = 50;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OperatorConsole {
  respond(request: Request, context: OperatorRequestContext): Promise<OperatorPage>;
}

export function createOperatorConsole(db: HubDb): OperatorConsole {
  async function consolePage(
    session: SignedIn,
    extra: Partial<ConsolePage> = {},
  ): Promise<OperatorPage> {
    const auditAction = extra.auditAction;
    const [codes, tablets, conflicts, partners, cohorts, audit] = await Promise.all([
      db
        .select({
          id: enrolmentCodes.id,
          programme: enrolmentCodes.programme,
          createdAt: enrolmentCodes.createdAt,
          expiresAt: enrolmentCodes.expiresAt,
          usedAt: enrolmentCodes.usedAt,
        })
        .from(enrolmentCodes)
        .orderBy(desc(enrolmentCodes.createdAt))
        .limit(RECENT_CODES),
      db
        .select({
          id: devices.id,
          name: devices.name,
          programme: devices.programme,
          enrolledAt: devices.enrolledAt,
          revokedAt: devices.revokedAt,
        })
        .from(devices)
        .orderBy(desc(devices.enrolledAt)),
      openConflicts(db),
      listPartners(db),
      hubCohorts(db),
      recentAudit(db, auditAction),
    ]);
    return {
      kind: 'console',
      status: 200,
      setCookies: [],
      email: session.account.email,
      csrfToken: session.csrfToken,
      codes,
      tablets,
      conflicts: conflicts.map(({ held, incoming, ...conflict }) => ({
        entryId: conflict.entryId,
        kind: conflict.kind,
        recordId: conflict.recordId,
        version: conflict.version,
        receivedAt: conflict.receivedAt,
        fields: conflictFields(held, incoming),
      })),
      partners,
      cohorts,
      audit,
      ...extra,
    };
  }

  const refused = (
    status: 400 | 401 | 403 | 404,
    reason: Extract<OperatorPage, { kind: 'refused' }>['reason'],
    csrfToken?: string,
  ): OperatorPage => refusedPage(status, reason, csrfToken);

  async function show(url: URL, session: SignedIn | undefined): Promise<OperatorPage> {
    if (!session) {
      const signedOut = url.searchParams.get('signed-out');
      return {
        kind: 'sign-in',
        status: 200,
        setCookies: [],
        ...((signedOut === 'here' || signedOut === 'everywhere') && { signedOut }),
      };
    }
    if (session.account.role !== 'operator') return refused(403, 'not-operator', session.csrfToken);
    const done = url.searchParams.get('done');
    const confirmId = url.searchParams.get('revoke');
    const auditAction = url.searchParams.get('action')?.trim();
    const page = await consolePage(session, {
      ...(auditAction && { auditAction }),
      ...((doneMessages as readonly string[]).includes(done ?? '') && {
        done: done as DoneMessage,
      }),
    });
    if (page.kind !== 'console' || !confirmId) return page;
    const tablet = page.tablets.find((t) => t.id === confirmId && !t.revokedAt);
    return tablet ? { ...page, confirmRevoke: tablet } : page;
  }

  return {
    async respond(request, { locale, client, destinations }) {
      const url = new URL(request.url);
      const here = `/${locale}/operator/`;
      const token = sessionTokenOf(request.headers.get('cookie'));
      const session = await readSession(db, token);
      if (request.method !== 'POST') return show(url, session);

      if (!fromThisSite(request)) return refused(403, 'csrf');
      const form = await request.formData().catch(() => new FormData());
      const action = field(form, 'action');

      if (action === 'sign-in') return signInFromForm(db, form, { here, client });

      if (!session || !token) return refused(401, 'signed-out');
      if (!csrfTokenMatches(session, field(form, 'csrf'))) return refused(403, 'csrf');

      if (action === 'sign-out' || action === 'sign-out-everywhere')
        return signOutFromForm(db, action, { here, session, token });
      if (session.account.role !== 'operator')
        return refused(403, 'not-operator', session.csrfToken);
      const actor = `operator:${session.account.email}`;

      if (action === 'create-codes') {
        const values = {
          programme: field(form, 'programme'),
          expires: field(form, 'expires'),
          count: field(form, 'count'),
        };
        const parsed = parseCodeForm(values, new Date());
        if (!parsed.ok)
          return consolePage(session, {
            status: 400,
            codeForm: { ...values, errors: parsed.errors },
          });
        const { programme, expiresAt, count } = parsed.value;
        const codes: string[] = [];
        for (let i = 0; i < count; i += 1)
          codes.push((await createEnrolmentCode(db, { programme, expiresAt })).code);
        return consolePage(session, { newCodes: { programme, expiresAt, codes } });
      }
      if (action === 'revoke-tablet') {
        const id = field(form, 'tablet');
        if (!uuid.test(id) || !(await revokeDevice(db, id, actor)))
          return refused(404, 'gone', session.csrfToken);
        return { kind: 'redirect', location: `${here}?done=revoked#tablets`, setCookies: [] };
      }
      if (action === 'resolve-conflict') {
        const keep = field(form, 'keep');
        const entryId = field(form, 'conflict');
        if (keep !== 'held' && keep !== 'incoming') return refused(400, 'unknown-action');
        if (!uuid.test(entryId)) return refused(404, 'gone', session.csrfToken);
        try {
          await resolveConflict(db, entryId, keep, actor);
        } catch (error) {
          if (error instanceof SyncRefusal && error.status === 404)
            return refused(404, 'gone', session.csrfToken);
          throw error;
        }
        return { kind: 'redirect', location: `${here}?done=resolved#conflicts`, setCookies: [] };
      }
      if (action === 'create-partner') {
        const values = {
          email: field(form, 'email'),
          organisation: field(form, 'organisation'),
          destination: field(form, 'destination'),
          cities: field(form, 'cities'),
        };
        const made = await addPartner(db, values, destinations, actor);
        return made.ok
          ? consolePage(session, { newPartner: made.partner })
          : consolePage(session, { status: 400, partnerForm: { values, errors: made.errors } });
      }
      if (action === 'assign-cohort') {
        const cohortId = field(form, 'cohort');
        const organisation = field(form, 'organisation');
        try {
          await assignCohort(db, cohortId, organisation, actor);
        } catch (error) {
          if (!(error instanceof SyncRefusal)) throw error;
          const problem = error.status === 404 ? 'no-cohort' : 'no-partner';
          return consolePage(session, {
            status: 400,
            assignProblem: { problem, cohortId, organisation },
          });
        }
        return { kind: 'redirect', location: `${here}?done=assigned#cohorts`, setCookies: [] };
      }
      return refused(400, 'unknown-action');
    },
  };
}
