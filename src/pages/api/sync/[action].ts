import type { APIRoute } from 'astro';

export const prerender = false;

/** `POST /api/sync/enrol` and `POST /api/sync/push` (see src/server/sync/sync-http.ts). */
export const POST: APIRoute = ({ params, request, locals }) => {
  if (!locals.hub) {
    return Response.json(
      { error: 'No hub database: start Waypoint with `npm start`.' },
      { status: 503 },
    );
  }
  const { action } = params;
  if (action !== 'enrol' && action !== 'push') {
    return Response.json({ error: `no sync action "${action}"` }, { status: 404 });
  }
  return locals.hub.sync[action](request);
};
