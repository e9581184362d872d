/** What the hub answered a signed-in page with: a page to render, or where to go. */
type AccountPage =
  | { kind: 'redirect'; location: string; setCookies: string[] }
  | { kind: string; status?: number; setCookies: string[] };

/**
 * Sets an operator or partner page's status and headers, or gives the redirect to return
 * instead. Never cached (it holds personal data), and never framed by another site (a framed
 * button could be clicked blind).
 */
export function accountPageResponse(
  page: AccountPage | undefined,
  response: { status?: number | undefined; headers: Headers },
): Response | undefined {
  const headers = new Headers({
    'cache-control': 'no-store',
    'content-security-policy': "frame-ancestors 'none'",
  });
  for (const cookie of page?.setCookies ?? []) headers.append('set-cookie', cookie);
  if (page && 'location' in page) {
    headers.set('location', page.location);
    return new Response(null, { status: 303, headers });
  }
  response.status = (page && 'status' in page ? page.status : undefined) ?? 503;
  for (const [name, value] of headers) response.headers.append(name, value);
  return undefined;
}

/** Who is asking, for the sign-in limit: the adapter's client address, or "unknown". */
export function clientOf(astro: { readonly clientAddress: string }): string {
  try {
    return astro.clientAddress;
  } catch {
    // Not every adapter knows the address; failures then count under "unknown".
    return 'unknown';
  }
}
