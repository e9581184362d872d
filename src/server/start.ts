// `npm start`: builds if needed, opens and migrates the hub database, serves the PWA and the API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfNeeded } from './build-if-needed.ts';
import { HubConfigError, readHubConfig } from './config.ts';
import { openHubDatabase } from './db/connect.ts';
import { applyMigrations } from './db/migrations.ts';
import { demoNotice } from './demo/demo-notice.ts';
import { seedDemo } from './demo/seed-demo.ts';
import { createHubServices } from './hub-services.ts';
import { servedBundles } from './served-bundles.ts';
import { createHubServer, type AstroHandler } from './http-server.ts';

const root = join(import.meta.dirname, '../..');
const entry = join(root, 'dist/server/entry.mjs');
const clientDir = join(root, 'dist/client');

async function main(): Promise<void> {
  const config = readHubConfig(process.env);
  // The database opens first so a configuration mistake is reported before a long build.
  const database = await openHubDatabase(config);
  buildIfNeeded(root, entry);
  await applyMigrations(database);
  const demo = await seedDemo(database.db, { clientDir, env: process.env, log: console.log });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: AstroHandler };
  const server = createHubServer({
    clientDir,
    astroHandler: handler,
    hub: createHubServices(database, version, () => servedBundles(clientDir), {
      allowPrivateLrs: config.allowPrivateLrs,
    }),
  });
  server.on('error', (error) =>
    fail(`cannot listen on ${config.host}:${config.port} (${error.message}): set PORT or HOST.`),
  );
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host}:${port}/`;
    console.log(`Waypoint is running at ${url}`);
    console.log(
      `Database: ${database.kind === 'pglite' ? 'embedded PGlite in' : 'PostgreSQL at'} ${database.location}`,
    );
    if (demo) console.log(demoNotice(demo, url).join('\n'));
  });
  const stop = () => {
    server.close();
    void database.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function fail(message: string): never {
  console.error(`Waypoint cannot start: ${message}`);
  process.exit(1);
}

main().catch((error: unknown) => {
  fail(
    error instanceof HubConfigError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error),
  );
});
