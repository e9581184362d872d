import { expect, type CDPSession, type Page } from '@playwright/test';
import { bundleManifestSchema, type BundleManifest } from '../../src/domain/bundle-manifest.ts';

/** Waits until the service worker controls the page, so the app shell is cached. */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (
      registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null
    );
  });
}

export const TRAINER_PIN = '2580';

/** Sets the trainer PIN on first use, or unlocks trainer mode with it. */
export async function passTrainerGate(page: Page): Promise<void> {
  const gate = page.locator('form[data-gate]');
  await expect(gate.or(page.getByRole('button', { name: 'Lock trainer mode' }))).toBeVisible();
  // Already unlocked (an earlier screen of the same test opened it): nothing to do.
  if ((await gate.count()) === 0) return;
  if ((await gate.getAttribute('data-gate')) === 'setup') {
    await page.getByLabel('PIN', { exact: true }).fill(TRAINER_PIN);
    await page.getByLabel('PIN again').fill(TRAINER_PIN);
    await page.getByRole('button', { name: 'Save the PIN' }).click();
  } else if (await gate.isVisible()) {
    await page.getByLabel('PIN', { exact: true }).fill(TRAINER_PIN);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(page.getByRole('button', { name: 'Lock trainer mode' })).toBeVisible();
}

/** Opens the Downloads screen with the service worker in control. */
export async function openDownloads(page: Page, locale = 'en'): Promise<void> {
  await page.goto(`/${locale}/downloads/`);
  await serviceWorkerReady(page);
  // The first load may predate the worker's control; reload so every fetch goes through it.
  await page.reload();
  await passTrainerGate(page);
  await expect(page.locator('.bundles[data-loaded="true"]')).toBeVisible();
  // Tests use bundles in several languages; the screen starts with its own language only.
  const more = page.getByRole('button', { name: /Show courses in every language/ });
  if (await more.isVisible()) await more.click();
}

export function bundleRow(page: Page, id: string) {
  return page.locator(`[data-bundle="${id}"]`);
}

/** Downloads a bundle on the Downloads screen and waits until it is ready. */
export async function downloadBundle(page: Page, id: string): Promise<void> {
  await bundleRow(page, id).getByRole('button', { name: 'Download' }).click();
  await expect(bundleRow(page, id)).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
}

export async function fetchManifest(page: Page, id: string): Promise<BundleManifest> {
  const response = await page.request.get(`/bundles/${id}.json`);
  return bundleManifestSchema.parse(await response.json());
}

const networkSessions = new WeakMap<Page, CDPSession>();

async function emulateNetwork(page: Page, offline: boolean, bitsPerSecond: number) {
  let cdp = networkSessions.get(page);
  if (!cdp) networkSessions.set(page, (cdp = await page.context().newCDPSession(page)));
  await cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: 150,
    downloadThroughput: bitsPerSecond / 8,
    uploadThroughput: bitsPerSecond / 8,
  });
}

/** Throttles the page's network like a slow camp connection (bits per second). */
export async function throttle(page: Page, bitsPerSecond: number): Promise<void> {
  await emulateNetwork(page, false, bitsPerSecond);
}

/**
 * Cuts the page's own connection mid-download, as a dropped Wi-Fi would. Downloads bypass
 * the service worker, and the page's network emulation is what governs them.
 */
export async function cutConnection(page: Page): Promise<void> {
  await emulateNetwork(page, true, 0);
}
