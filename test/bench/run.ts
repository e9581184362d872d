// `npm run bench`: prints Waypoint's size and speed figures. Nothing here asserts; the
// numbers go in closing notes and are compared by people, run to run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '../..');
const client = join(root, 'dist/client');
const lessonPage = 'en/canada/adult/housing/housing-lease-and-rent/index.html';

function build(): number {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error('astro build failed; run `npm run build` to see why');
  return performance.now() - started;
}

/** Every JavaScript file a page loads: its scripts and islands, and everything they import. */
function pageScripts(htmlFile: string): { files: string[]; inline: string[] } {
  const html = readFileSync(join(client, htmlFile), 'utf8');
  const urls = [
    ...html.matchAll(/(?:src|component-url|renderer-url|href)="(\/_astro\/[^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
  const seen = new Set<string>();
  const queue = [...urls];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(client, url), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(`/_astro/${match[1]!.slice(2)}`);
    }
  }
  return { files: [...seen], inline };
}

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((total, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return total + (stat.isDirectory() ? folderBytes(path) : stat.size);
  }, 0);
}

async function startToHealthy(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
  const port = 4300 + Math.floor(Math.random() * 90);
  const started = performance.now();
  const server = spawn(process.execPath, ['src/server/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  try {
    for (let attempt = 0; attempt < 1200; attempt++) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the hub did not answer /api/health within 60 s');
  } finally {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const buildMs = build();
const { files, inline } = pageScripts(lessonPage);
const code = [
  ...files.map((file) => readFileSync(join(client, file))),
  ...inline.map((s) => Buffer.from(s)),
];
const raw = code.reduce((sum, buffer) => sum + buffer.length, 0);
const gzip = code.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0);
const startMs = await startToHealthy();

console.log('Waypoint bench');
console.log(`  build time (astro build, clean)          ${(buildMs / 1000).toFixed(1)} s`);
console.log(
  `  JavaScript on a lesson page (${files.length} files)    ${kb(raw)} raw, ${kb(gzip)} gzip`,
);
console.log(`  built site (dist/client)                  ${kb(folderBytes(client))}`);
console.log(
  `  npm start → first /api/health 200         ${(startMs / 1000).toFixed(2)} s (fresh PGlite, already built)`,
);
