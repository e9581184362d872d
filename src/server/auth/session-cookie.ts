// The session cookie. `__Host-` makes the browser refuse it unless it is Secure, has Path=/
// and no Domain, so no other site or subdomain can set or read it; SameSite=Strict keeps it
// off requests other sites start.
export const SESSION_COOKIE = '__Host-waypoint-session';

const attributes = 'Path=/; HttpOnly; Secure; SameSite=Strict';

/** Lasts until the browser closes; the hub ends it sooner when idle (account-session.ts). */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; ${attributes}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; ${attributes}; Max-Age=0`;
}

/** The session token a request's Cookie header carries, if any. */
export function sessionTokenOf(cookieHeader: string | null): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}
