import type { APIRoute } from 'astro';

export const prerender = false;

const noHub = () =>
  Response.json({ error: 'No hub database: start Waypoint with `npm start`.' }, { status: 503 });
const noAction = (action: string | undefined) =>
  Response.json({ error: `no sync action "${action}"` }, { status: 404 });

/** `POST /api/sync/enrol` and `POST /api/sync/push` (see src/server/sync/sync-http.ts). */
export const POST: APIRoute = ({ params, request, locals }) => {
  if (!locals.hub) return noHub();
  const { action } = params;
  if (action !== 'enrol' && action !== 'push') return noAction(action);
  return locals.hub.sync[action](request);
};

/** `GET /api/sync/pull?since=<cursor>`: the programme's cohorts and rosters since the cursor. */
export const GET: APIRoute = ({ params, request, locals }) => {
  if (!locals.hub) return noHub();
  if (params.action !== 'pull') return noAction(params.action);
  return locals.hub.sync.pull(request);
};
