// Enrolling a tablet in the e2e runs, with the codes run.ts made before the hub started.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { passTrainerGate } from './bundles-support.ts';

/** One of the one-time codes run.ts made with `npm run hub -- enrol-code` before the hub started. */
export function enrolmentCode(index: number): string {
  const file = join(process.env['WAYPOINT_E2E_DATA_DIR'] ?? '', 'enrolment-codes.json');
  const codes = JSON.parse(readFileSync(file, 'utf8')) as string[];
  const code = codes[index];
  if (!code)
    throw new Error(`no enrolment code ${index} in ${file}: run the tests with npm run test:e2e`);
  return code;
}

export const panel = (page: Page) =>
  page.getByRole('region', { name: 'Sending records to the hub' });

export async function enrol(page: Page, code: string) {
  await page.goto('/en/trainer/');
  await passTrainerGate(page);
  await expect(panel(page)).toHaveAttribute('data-loaded', 'true');
  await panel(page).getByLabel('Enrolment code').fill(code);
  await panel(page).getByLabel('Name of this tablet').fill('Tablet 7, Beirut');
  await panel(page).getByRole('button', { name: 'Enrol this tablet' }).click();
}
