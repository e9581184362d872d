import type { PartnerPage } from '~/domain/partner-portal.ts';

/**
 * Sets a partner page's status and headers, or gives the redirect to return instead. Never
 * cached (it holds personal data), and never framed by another site.
 */
export function partnerResponse(
  page: PartnerPage | undefined,
  response: { status?: number | undefined; headers: Headers },
): Response | undefined {
  const headers = new Headers({
    'cache-control': 'no-store',
    'content-security-policy': "frame-ancestors 'none'",
  });
  for (const cookie of page?.setCookies ?? []) headers.append('set-cookie', cookie);
  if (page?.kind === 'redirect') {
    headers.set('location', page.location);
    return new Response(null, { status: 303, headers });
  }
  response.status = page?.status ?? 503;
  for (const [name, value] of headers) response.headers.append(name, value);
  return undefined;
}
