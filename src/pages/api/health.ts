import type { APIRoute } from 'astro';

export const prerender = false;

export const GET: APIRoute = async ({ locals }) => {
  if (!locals.hub) {
    return Response.json(
      { status: 'error', error: 'No hub database: start Waypoint with `npm start`.' },
      { status: 503 },
    );
  }
  return Response.json(await locals.hub.health(), { headers: { 'cache-control': 'no-store' } });
};
