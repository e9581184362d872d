// The forms every signed-in page of the hub shares: sign in, sign out, sign out everywhere,
// and the checks a POST passes first (same origin, then the session's CSRF token).
import type { RedirectPage, SignInPage } from '../../domain/account.ts';
import { minutesUntil } from '../../domain/sign-in-limit.ts';
import type { HubDb } from '../db/connect.ts';
import { clearedSessionCookie, sessionCookie } from './session-cookie.ts';
import { endAllSessions, endSession, type SignedIn } from './sessions.ts';
import { signIn } from './sign-in.ts';

/**
 * A form another site posts carries another Origin (or none, from a script outside any page):
 * refused before anything else, which also protects the sign-in form, posted with no session.
 */
export function fromThisSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  const parsed = origin === null ? null : URL.parse(origin);
  return parsed !== null && parsed.host === new URL(request.url).host;
}

export function formField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** What a sign-in or sign-out form answers: the form again, saying why, or where to go. */
export type AccountFormOutcome = { setCookies: string[] } & (
  (SignInPage & { status: 400 | 401 | 429 }) | RedirectPage
);

/** Signs in from the form, back to `here` on success. */
export async function signInFromForm(
  db: HubDb,
  form: FormData,
  { here, client }: { here: string; client: string },
): Promise<AccountFormOutcome> {
  const email = formField(form, 'email').trim();
  const password = formField(form, 'password');
  if (!email || !password)
    return { kind: 'sign-in', status: 400, setCookies: [], problem: 'missing', email };
  const result = await signIn(db, { email, password, client });
  if (result.ok)
    return { kind: 'redirect', location: here, setCookies: [sessionCookie(result.token)] };
  return result.reason === 'locked'
    ? {
        kind: 'sign-in',
        status: 429,
        setCookies: [],
        problem: 'locked',
        lockedMinutes: minutesUntil(result.until, new Date()),
        email,
      }
    : { kind: 'sign-in', status: 401, setCookies: [], problem: 'wrong', email };
}

/** Ends this session or all of the account's, back to `here` saying which. */
export async function signOutFromForm(
  db: HubDb,
  action: 'sign-out' | 'sign-out-everywhere',
  { here, session, token }: { here: string; session: SignedIn; token: string },
): Promise<AccountFormOutcome> {
  const where = action === 'sign-out' ? 'here' : 'everywhere';
  if (where === 'here') await endSession(db, token);
  else await endAllSessions(db, session.account.id);
  return {
    kind: 'redirect',
    location: `${here}?signed-out=${where}`,
    setCookies: [clearedSessionCookie()],
  };
}

/** A refused request as a signed-in page shows it; with a CSRF token, the page offers sign-out. */
export function refusedPage<Reason extends string>(
  status: 400 | 401 | 403 | 404,
  reason: Reason,
  csrfToken?: string,
) {
  return {
    kind: 'refused' as const,
    status,
    reason,
    setCookies: [] as string[],
    ...(csrfToken ? { csrfToken } : {}),
  };
}
