// `npm run bench`: prints Waypoint's size and speed figures. Nothing here asserts; the
// numbers go in closing notes and are compared by people, run to run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { getManifest } from 'workbox-build';
import { bundleManifestSchema, type BundleManifest } from '../../src/domain/bundle-manifest.ts';
import { precachePatterns } from '../../src/integrations/service-worker.ts';
import { findChromium } from '../e2e/chromium.ts';
import { lessonSearchFigures } from './lesson-search-bench.ts';
import { ingestFigures, loopbackFigures } from './sync-bench.ts';

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

/** Starts the hub on a fresh embedded database; resolves once /api/health answers 200. */
async function startHub() {
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
  const stop = () => {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 1200; attempt++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok)
      return { origin: `http://127.0.0.1:${port}`, startMs: performance.now() - started, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  stop();
  throw new Error('the hub did not answer /api/health within 60 s');
}

function bundleManifests(): BundleManifest[] {
  const dir = join(client, 'bundles');
  return readdirSync(dir)
    .filter((name) => name !== 'index.json')
    .map((name) => bundleManifestSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))));
}

/** Bytes a bundle takes raw and as served gzip-compressed, file by file. */
function bundleBytes(manifest: BundleManifest) {
  const gzip = manifest.files.reduce((sum, file) => {
    const path = file.url.endsWith('/') ? `${file.url}index.html` : file.url;
    return sum + gzipSync(readFileSync(join(client, path)), { level: 9 }).length;
  }, 0);
  return { raw: manifest.totalBytes, gzip };
}

/** Sets the trainer PIN on a fresh browser profile, opening trainer screens. */
async function setTrainerPin(page: Page): Promise<void> {
  await page.getByLabel('PIN', { exact: true }).fill('2580');
  await page.getByLabel('PIN again').fill('2580');
  await page.getByRole('button', { name: 'Save the PIN' }).click();
  await page.getByRole('button', { name: 'Lock trainer mode' }).waitFor();
}

/** In Chromium: download one bundle at 1.6 Mbit/s, then open a lesson offline 20 times. */
async function inChromium(origin: string, bundleId: string, lessonPath: string) {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/en/downloads/`);
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
    );
    await page.reload();
    await setTrainerPin(page);
    await page.locator('.bundles[data-loaded="true"]').waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 1_600_000 / 8,
    });
    const row = page.locator(`[data-bundle="${bundleId}"]`);
    const started = performance.now();
    await row.getByRole('button', { name: 'Download' }).click();
    await row.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 600_000 });
    const downloadMs = performance.now() - started;

    await context.setOffline(true);
    const opens: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      await page.goto(`${origin}${lessonPath}`, { waitUntil: 'load' });
      opens.push(performance.now() - t0);
    }
    opens.sort((a, b) => a - b);
    return { downloadMs, openMedianMs: ((opens[9] ?? 0) + (opens[10] ?? 0)) / 2 };
  } finally {
    await browser.close();
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
/**
 * The register bench (issue 5): a trainer marks 25 people present one tap each, then the
 * next day uses "All present". Participants are entered first, untimed.
 */
async function registerBench(origin: string) {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${origin}/en/trainer/`);
    await setTrainerPin(page);
    await page.getByRole('button', { name: 'New cohort' }).click();
    for (const [label, value] of [
      ['Where the course is held', 'Bench centre'],
      ['Destination city', 'Ottawa'],
      ['First course day', '2026-12-01'],
      ['Last course day', '2026-12-03'],
      ['Expected departure', '2026-12-10'],
    ] as const) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await page.getByRole('button', { name: 'Save cohort' }).click();
    await page.getByRole('link', { name: 'Participants' }).click();
    for (let i = 1; i <= 25; i++) {
      await page.getByRole('button', { name: 'Add a participant' }).click();
      await page.getByLabel('First name or alias').fill(`Learner ${i}`);
      await page.getByLabel('Family or case group').fill(`Family ${Math.ceil(i / 5)}`);
      await page.getByLabel('Explained by').fill('Rania');
      await page.getByRole('button', { name: 'Save participant' }).click();
      await page.locator(`[data-participant="Learner ${i}"]`).waitFor();
    }
    await page.goto(page.url().replace('/participants/', '/register/'));
    await page.locator('.register[data-loaded="true"]').waitFor();

    const t0 = performance.now();
    for (let i = 1; i <= 25; i++) {
      await page.locator(`[data-name="Learner ${i}"]`).click();
      await page.locator(`[data-name="Learner ${i}"][data-status="present"]`).waitFor();
    }
    const oneByOne = performance.now() - t0;

    await page.getByRole('button', { name: 'Day 2' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    const t1 = performance.now();
    await page.getByRole('button', { name: 'All present' }).click();
    await page.locator('[data-status="present"]').nth(24).waitFor();
    return { oneByOneMs: oneByOne, allPresentMs: performance.now() - t1 };
  } finally {
    await browser.close();
  }
}

const shell = await getManifest({
  globDirectory: client,
  globPatterns: precachePatterns,
  globIgnores: ['sw.js'],
});
const manifests = bundleManifests();
const hub = await startHub();
let browserFigures: Awaited<ReturnType<typeof inChromium>> | undefined;
let register: Awaited<ReturnType<typeof registerBench>> | undefined;
try {
  browserFigures = await inChromium(
    hub.origin,
    'canada-en',
    '/en/canada/adult/housing/housing-lease-and-rent/',
  );
  register = await registerBench(hub.origin);
} finally {
  hub.stop();
}
const ingest = await ingestFigures();
const loopback = await loopbackFigures();

console.log('Waypoint bench');
console.log(`  build time (astro build, clean)          ${(buildMs / 1000).toFixed(1)} s`);
console.log(
  `  JavaScript on a lesson page (${files.length} files)    ${kb(raw)} raw, ${kb(gzip)} gzip`,
);
console.log(`  built site (dist/client)                  ${kb(folderBytes(client))}`);
console.log(
  `  app shell (precached)                     ${kb(shell.size)} in ${shell.count} files`,
);
console.log(
  `  npm start → first /api/health 200         ${(hub.startMs / 1000).toFixed(2)} s (fresh PGlite, demo seeded, already built)`,
);
console.log(
  `  download canada-en at 1.6 Mbit/s         ${(browserFigures.downloadMs / 1000).toFixed(1)} s (Chromium)`,
);
console.log(
  `  open a lesson from the offline cache      ${browserFigures.openMedianMs.toFixed(0)} ms (median of 20)`,
);
console.log(
  `  attendance for 25, one tap each           25 taps, ${(register.oneByOneMs / 1000).toFixed(1)} s (Chromium, machine speed)`,
);
console.log(
  `  attendance for 25, "All present"          2 taps (button + confirm), ${(register.allPresentMs / 1000).toFixed(2)} s`,
);
console.log('  bundles (destination-locale: files, raw, gzip):');
for (const manifest of manifests) {
  const { raw: bundleRaw, gzip: bundleGzip } = bundleBytes(manifest);
  console.log(
    `    ${manifest.id.padEnd(20)} ${String(manifest.files.length).padStart(4)} files  ${kb(bundleRaw).padStart(11)}  ${kb(bundleGzip).padStart(10)}`,
  );
}
console.log('  every destination in one language (bundles added up → stored on the tablet):');
for (const locale of new Set(manifests.map((manifest) => manifest.locale))) {
  const ofLocale = manifests.filter((manifest) => manifest.locale === locale);
  const stored = new Map(ofLocale.flatMap((m) => m.files.map((file) => [file.url, file.bytes])));
  const added = ofLocale.reduce((sum, manifest) => sum + manifest.totalBytes, 0);
  const once = [...stored.values()].reduce((sum, bytes) => sum + bytes, 0);
  console.log(`    ${locale.padEnd(20)} ${kb(added).padStart(11)} → ${kb(once).padStart(11)}`);
}
console.log(
  '  lesson search (bundle: index, text, index/text, index load p50, query p50 / p95 of 200):',
);
for (const manifest of manifests) {
  const search = lessonSearchFigures(client, manifest);
  console.log(
    `    ${search.bundle.padEnd(20)} ${kb(search.indexBytes).padStart(10)} ${kb(search.textBytes).padStart(10)}  ${(search.indexBytes / search.textBytes).toFixed(1).padStart(4)}×  ${search.loadMedianMs.toFixed(1).padStart(5)} ms  ${search.queryMedianMs.toFixed(2)} / ${search.queryP95Ms.toFixed(2)} ms`,
  );
}
console.log(
  '  hub ingest of 100,000 records in batches of 500 (vs plain multi-row INSERT, same rows):',
);
for (const figure of ingest) {
  console.log(
    `    ${figure.database.padEnd(10)} ${Math.round(figure.recordsPerSecond).toLocaleString('en').padStart(8)} records/s   plain INSERT ${Math.round(figure.plainPerSecond).toLocaleString('en').padStart(8)} rows/s   ratio ${(figure.recordsPerSecond / figure.plainPerSecond).toFixed(2)}`,
  );
}
if (ingest.length === 1)
  console.log('    postgres   skipped: set DATABASE_URL to a PostgreSQL server');
for (const figure of loopback) {
  console.log(
    `  ${figure.database}: one tablet, 5-day course for 25 (${figure.courseRecords} records) → hub over loopback: ${(figure.courseMs / 1000).toFixed(2)} s`,
  );
  console.log(
    `  ${figure.database}: push latency, ${figure.devices} tablets at once (${figure.pushes} pushes of 50): p50 ${figure.p50.toFixed(0)} ms, p95 ${figure.p95.toFixed(0)} ms, p99 ${figure.p99.toFixed(0)} ms (${(figure.concurrentMs / 1000).toFixed(1)} s in all)`,
  );
}
