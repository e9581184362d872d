import { z } from 'zod';
import type { OperatorPage, OperatorRequestContext } from './operator-console.ts';
import type { PartnerPortalService } from './partner-portal.ts';

/** `GET /api/health`: what a hub is and whether its database is ready. */
export const hubHealthSchema = z.object({
  /** Always `ok` when the hub answers at all. */
  status: z.literal('ok'),
  /** The app's version, from package.json. */
  version: z.string(),
  /** Which database the hub runs on. */
  database: z.enum(['pglite', 'postgres']),
  /** Migrations applied, against the number the app ships. */
  migrations: z.object({
    applied: z.number().int(),
    latest: z.number().int(),
    current: z.boolean(),
  }),
});
export type HubHealth = z.infer<typeof hubHealthSchema>;

/** What the hub server hands every on-demand route, through `Astro.locals`. */
export interface HubServices {
  health(): Promise<HubHealth>;
  /** The sync API: each takes the HTTP request and gives the whole answer. */
  sync: {
    enrol(request: Request): Promise<Response>;
    push(request: Request): Promise<Response>;
    pull(request: Request): Promise<Response>;
  };
  /** The operator page: every request to `/{locale}/operator/`, answered as what to show. */
  operator: {
    respond(request: Request, context: OperatorRequestContext): Promise<OperatorPage>;
  };
  /** The partner portal: `/{locale}/partner/…` pages and downloads. */
  partner: PartnerPortalService;
}
