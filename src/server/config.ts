/** How the hub is configured, from the environment (see README, "Configuration"). */
export interface HubConfig {
  port: number;
  host: string;
  /** Folder for the embedded database and other hub files. */
  dataDir: string;
  /** PostgreSQL connection string; when absent the hub uses embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  /** Partners may send statements to an LRS on the hub's own network (`WAYPOINT_LRS_PRIVATE=allow`). */
  allowPrivateLrs: boolean;
}

/** A configuration mistake, with a one-line message that says what to fix. */
export class HubConfigError extends Error {
  override name = 'HubConfigError';
}

export function readHubConfig(env: Record<string, string | undefined>): HubConfig {
  const port = Number(env['PORT'] ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new HubConfigError(
      `PORT="${env['PORT']}" is not a port number: use a whole number from 1 to 65535.`,
    );
  }
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new HubConfigError(
      'DATABASE_URL must start with postgres:// or postgresql:// (e.g. postgres://user@127.0.0.1:5432/waypoint); unset it to use the embedded database.',
    );
  }
  // Read here too so a mistake stops the start before a long build; seedDemo reads it again.
  demoWanted(env);
  const privateLrs = env['WAYPOINT_LRS_PRIVATE'] ?? '';
  if (!['', 'allow'].includes(privateLrs))
    throw new HubConfigError(
      `WAYPOINT_LRS_PRIVATE="${privateLrs}" is not "allow": set it to allow to let partners send to an LRS on this network, or unset it.`,
    );
  return {
    port,
    host: env['HOST'] || 'localhost',
    dataDir: env['DATA_DIR'] || './.data',
    databaseUrl,
    allowPrivateLrs: privateLrs === 'allow',
  };
}

/** `WAYPOINT_DEMO=0` turns the demo data off; unset or `1` leaves it on. */
export function demoWanted(env: Record<string, string | undefined>): boolean {
  const value = env['WAYPOINT_DEMO'] ?? '';
  if (!['', '0', '1'].includes(value))
    throw new HubConfigError(
      `WAYPOINT_DEMO="${value}" is not 0 or 1: set WAYPOINT_DEMO=0 to start without demo data, or unset it.`,
    );
  return value !== '0';
}

/** A connection string safe to print: the password is replaced by `***`. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
