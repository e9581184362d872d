import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import type { HubServices } from '../domain/hub-health.ts';

/** Astro's middleware-mode handler: renders on-demand routes, calls `next` for anything else. */
export type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
  locals: App.Locals,
) => Promise<void> | void;

/**
 * The hub's HTTP server: built static pages first (the PWA), then Astro's on-demand
 * routes (the API, with the hub's services in `locals`), then the 404 page.
 */
export function createHubServer(options: {
  clientDir: string;
  astroHandler: AstroHandler;
  hub: HubServices;
}): Server {
  const { clientDir, astroHandler, hub } = options;
  const serveStatic = sirv(clientDir, {
    etag: true,
    // Look files up per request rather than once at start, so a rebuild (a new content
    // version or app version) is served without restarting the hub.
    dev: true,
    setHeaders(res, pathname) {
      // Hashed assets never change; everything else must be revalidated so updates reach tablets.
      res.setHeader(
        'cache-control',
        pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const notFound = (res: ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    createReadStream(join(clientDir, '404.html')).pipe(res);
  };
  return createServer((req, res) => {
    serveStatic(req, res, () => void astroHandler(req, res, () => notFound(res), { hub }));
  });
}
