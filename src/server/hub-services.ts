import type { HubHealth, HubServices } from '../domain/hub-health.ts';
import type { HubDatabase } from './db/connect.ts';
import { appliedMigrationCount, shippedMigrationCount } from './db/migrations.ts';
import { createOperatorConsole } from './operator/operator-console.ts';
import { createPartnerPortal, type PartnerOptions } from './partner/partner-portal.ts';
import type { OfferedContent } from './sync/pull.ts';
import { createSyncHandlers } from './sync/sync-http.ts';

/** The services on-demand routes use, bound to one open database. */
export function createHubServices(
  database: HubDatabase,
  version: string,
  offeredContent?: OfferedContent,
  partner: PartnerOptions = {},
): HubServices {
  return {
    async health(): Promise<HubHealth> {
      const applied = await appliedMigrationCount(database);
      const latest = shippedMigrationCount();
      return {
        status: 'ok',
        version,
        database: database.kind,
        migrations: { applied, latest, current: applied === latest },
      };
    },
    sync: createSyncHandlers(database.db, offeredContent),
    operator: createOperatorConsole(database.db),
    partner: createPartnerPortal(database.db, partner),
  };
}
