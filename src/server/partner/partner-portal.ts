// The partner portal's requests: who is signed in, what their organisation may read, and the
// audit row every view of individual data writes. It answers with a PartnerPage; the pages
// under src/pages/[locale]/partner/ only render it. A cohort the partner may not read is
// answered exactly like one that does not exist, so ids cannot be probed.
import { randomUUID } from 'node:crypto';
import { cohortProfile, type ProfileCurriculum } from '../../domain/cohort-profile.ts';
import type { CohortRecords } from '../../domain/cohort-records.ts';
import { SyncRefusal } from '../../domain/sync-protocol.ts';
import {
  partnerDoneMessages,
  type CohortListing,
  type PartnerContext,
  type PartnerDone,
  type PartnerPage,
  type PartnerPortalService,
  type PartnerRefusal,
} from '../../domain/partner-portal.ts';
import { cohortXapi, exportedFile } from './partner-exports.ts';
import { forwardingLog, forwardStatements } from './lrs-forwarding.ts';
import { readLrs, saveLrs } from './partner-lrs.ts';
import {
  formField,
  fromThisSite,
  refusedPage,
  signInFromForm,
  signOutFromForm,
} from '../auth/account-forms.ts';
import { sessionTokenOf } from '../auth/session-cookie.ts';
import { csrfTokenMatches, readSession, type SignedIn } from '../auth/sessions.ts';
import type { HubDb } from '../db/connect.ts';
import { auditLog } from '../db/schema.ts';
import { loadCohortRecords } from './cohort-records.ts';
import { mayRead, partnerCohortIds, type PartnerScope } from './cohort-assignments.ts';

const today = () => new Date().toISOString().slice(0, 10);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A signed-in partner and the cohort records they asked for, or the page saying why not. */
type PartnerAccess =
  { ok: true; session: SignedIn; records: CohortRecords } | { ok: false; page: PartnerPage };

/** Downloads answer refusals in words: they are read by scripts and logs, not pages. */
const refusalWords: Record<PartnerRefusal, string> = {
  csrf: 'the request did not come from the partner portal',
  'signed-out': 'sign in at /en/partner/ first',
  'not-partner': 'this account is not a partner account',
  'no-cohort': 'no such cohort for your organisation',
  'unknown-action': 'unknown action',
};

function scopeOf(session: SignedIn): PartnerScope | undefined {
  const { role, organisation, destination, cities } = session.account;
  if (role !== 'partner' || !organisation || !destination) return undefined;
  return { organisation, destination, cities };
}

export interface PartnerOptions {
  /** Partners may send statements to an LRS on the hub's own network. */
  allowPrivateLrs?: boolean;
}

export function createPartnerPortal(db: HubDb, options: PartnerOptions = {}): PartnerPortalService {
  const refused = (
    status: 400 | 401 | 403 | 404,
    reason: Extract<PartnerPage, { kind: 'refused' }>['reason'],
    csrfToken?: string,
  ): PartnerPage => refusedPage(status, reason, csrfToken);

  async function audit(session: SignedIn, action: string, cohortId: string, detail: object) {
    await db.insert(auditLog).values({
      id: randomUUID(),
      actor: `partner:${session.account.email}`,
      action,
      subject: `cohort:${cohortId}`,
      detail: { organisation: session.account.organisation, ...detail },
    });
  }

  async function access(session: SignedIn | undefined, cohortId: string): Promise<PartnerAccess> {
    if (!session) return { ok: false, page: refused(401, 'signed-out') };
    const scope = scopeOf(session);
    if (!scope) return { ok: false, page: refused(403, 'not-partner', session.csrfToken) };
    const allowed = uuid.test(cohortId) && (await mayRead(db, scope, cohortId));
    const records = allowed ? await loadCohortRecords(db, cohortId) : undefined;
    if (!records) return { ok: false, page: refused(404, 'no-cohort', session.csrfToken) };
    return { ok: true, session, records };
  }

  async function listing(
    scope: PartnerScope,
    curriculum: ProfileCurriculum,
    today: string,
  ): Promise<CohortListing[]> {
    const cohorts: CohortListing[] = [];
    for (const id of await partnerCohortIds(db, scope)) {
      const records = await loadCohortRecords(db, id);
      if (!records) continue;
      const profile = cohortProfile(records, curriculum, today);
      cohorts.push({
        id,
        destinationCity: profile.destinationCity,
        location: profile.location,
        departure: profile.departure,
        size: profile.size,
        families: profile.families,
        languages: profile.courseLanguages,
        status: profile.status,
      });
    }
    return cohorts.sort(
      (a, b) => a.departure.localeCompare(b.departure) || a.id.localeCompare(b.id),
    );
  }

  /** A profile (audited: it shows individual data), with the LRS state beside it. */
  async function profilePage(
    session: SignedIn,
    cohortId: string,
    curriculum: ProfileCurriculum,
    extra: Partial<Extract<PartnerPage, { kind: 'profile' }>> = {},
  ): Promise<PartnerPage> {
    const found = await access(session, cohortId);
    if (!found.ok) return found.page;
    const { records } = found;
    const organisation = session.account.organisation ?? '';
    const profile = cohortProfile(records, curriculum, today());
    await audit(session, 'view-profile', profile.cohortId, {
      namedParticipants: profile.intake.rows.length,
    });
    const lrs = await readLrs(db, organisation);
    return {
      kind: 'profile',
      status: 200,
      setCookies: [],
      email: session.account.email,
      organisation,
      csrfToken: session.csrfToken,
      profile,
      ...(lrs && {
        lrs: { endpoint: lrs.endpoint, username: lrs.username, hasPassword: lrs.hasPassword },
      }),
      forwarding: await forwardingLog(db, organisation, cohortId),
      ...extra,
    };
  }

  /** Saves the organisation's LRS, or sends this cohort's statements to it. */
  async function lrsAction(
    request: Request,
    session: SignedIn,
    action: 'save-lrs' | 'send-xapi',
    form: FormData,
    context: PartnerContext & { cohortId: string },
  ): Promise<PartnerPage> {
    const found = await access(session, context.cohortId);
    if (!found.ok) return found.page;
    const organisation = session.account.organisation ?? '';
    const back = `/${context.locale}/partner/cohorts/${context.cohortId}/`;
    try {
      if (action === 'save-lrs') {
        await saveLrs(
          db,
          organisation,
          {
            endpoint: formField(form, 'endpoint'),
            username: formField(form, 'username'),
            password: formField(form, 'password'),
          },
          `partner:${found.session.account.email}`,
        );
        return { kind: 'redirect', location: `${back}?done=lrs-saved#xapi`, setCookies: [] };
      }
      const summary = await forwardStatements(db, {
        organisation,
        cohortId: context.cohortId,
        actor: `partner:${found.session.account.email}`,
        statements: cohortXapi(found.records, new URL(request.url).origin, context.curriculum),
        allowPrivate: options.allowPrivateLrs === true,
      });
      const done = summary.failed + summary.notSent > 0 ? 'send-failed' : 'sent';
      return { kind: 'redirect', location: `${back}?done=${done}#xapi`, setCookies: [] };
    } catch (error) {
      if (!(error instanceof SyncRefusal)) throw error;
      return profilePage(session, context.cohortId, context.curriculum, {
        status: 400,
        lrsProblem: error.message,
        ...(action === 'save-lrs' && {
          lrsForm: { endpoint: formField(form, 'endpoint'), username: formField(form, 'username') },
        }),
      });
    }
  }

  return {
    async exportFile(request, context) {
      const session = await readSession(db, sessionTokenOf(request.headers.get('cookie')));
      const found = await access(session, context.cohortId);
      if (!found.ok) {
        const { page } = found;
        const reason = page.kind === 'refused' ? page.reason : 'signed-out';
        return Response.json(
          { error: refusalWords[reason] },
          {
            status: page.kind === 'refused' ? page.status : 401,
            headers: { 'cache-control': 'no-store' },
          },
        );
      }
      const profile = cohortProfile(found.records, context.curriculum, today());
      const file = exportedFile(found.records, profile, {
        ...context,
        origin: new URL(request.url).origin,
      });
      await audit(found.session, file.action, profile.cohortId, {
        file: context.file,
        namedParticipants: context.file === 'participants.csv' ? profile.intake.rows.length : 0,
      });
      return new Response(file.body, {
        headers: {
          'content-type': file.type,
          'content-disposition': `attachment; filename="cohort-${profile.cohortId}-${context.file}"`,
          'cache-control': 'no-store',
        },
      });
    },
    async respond(request, context) {
      const url = new URL(request.url);
      const here = `/${context.locale}/partner/`;
      const token = sessionTokenOf(request.headers.get('cookie'));
      const session = await readSession(db, token);

      if (request.method === 'POST') {
        if (!fromThisSite(request)) return refused(403, 'csrf');
        const form = await request.formData().catch(() => new FormData());
        const action = formField(form, 'action');
        if (action === 'sign-in') return signInFromForm(db, form, { here, client: context.client });
        if (!session || !token) return refused(401, 'signed-out');
        if (!csrfTokenMatches(session, formField(form, 'csrf'))) return refused(403, 'csrf');
        if (action === 'sign-out' || action === 'sign-out-everywhere')
          return signOutFromForm(db, action, { here, session, token });
        if ((action === 'save-lrs' || action === 'send-xapi') && context.cohortId !== undefined)
          return lrsAction(request, session, action, form, {
            ...context,
            cohortId: context.cohortId,
          });
        return refused(400, 'unknown-action', session.csrfToken);
      }

      if (!session) {
        const signedOut = url.searchParams.get('signed-out');
        return {
          kind: 'sign-in',
          status: 200,
          setCookies: [],
          ...((signedOut === 'here' || signedOut === 'everywhere') && { signedOut }),
        };
      }
      const scope = scopeOf(session);
      if (!scope) return refused(403, 'not-partner', session.csrfToken);
      const signedIn = {
        setCookies: [],
        email: session.account.email,
        organisation: scope.organisation,
        csrfToken: session.csrfToken,
      };
      if (context.cohortId === undefined)
        return {
          kind: 'cohorts',
          status: 200,
          ...signedIn,
          cohorts: await listing(scope, context.curriculum, today()),
        };
      const done = url.searchParams.get('done');
      return profilePage(session, context.cohortId, context.curriculum, {
        ...((partnerDoneMessages as readonly string[]).includes(done ?? '') && {
          done: done as PartnerDone,
        }),
      });
    },
  };
}
