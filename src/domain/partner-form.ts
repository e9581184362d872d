import { z } from 'zod';
import {
  accountEmailSchema,
  citiesSchema,
  destinationIdSchema,
  organisationSchema,
} from './account.ts';

/** The operator page's partner form as posted: every field as typed. */
export interface PartnerFormValues {
  email: string;
  organisation: string;
  destination: string;
  /** Comma-separated; empty: the whole destination. */
  cities: string;
}

export type PartnerFormField = 'email' | 'organisation' | 'destination';

/**
 * Problems with the partner form, by field, as locale keys under `operator:partners.errors`;
 * `taken` comes from the hub, which alone knows the accounts.
 */
export type PartnerFormErrors = Partial<
  Record<PartnerFormField, 'email' | 'taken' | 'organisation' | 'destination'>
>;

export interface NewPartner {
  email: string;
  organisation: string;
  destination: string;
  cities: string[];
}

/** `Ottawa, , Toronto ` → `['Ottawa', 'Toronto']`; a city named twice is kept once. */
export function splitCities(text: string): string[] {
  return [...new Set(text.split(',').map((city) => city.trim()))].filter(Boolean);
}

/** The partner form against the account schemas and the destinations the content has. */
export function parsePartnerForm(
  form: PartnerFormValues,
  destinations: readonly string[],
): { ok: true; value: NewPartner } | { ok: false; errors: PartnerFormErrors } {
  const schema = z.object({
    email: accountEmailSchema,
    organisation: organisationSchema,
    destination: destinationIdSchema.refine((id) => destinations.includes(id)),
    cities: citiesSchema,
  });
  const parsed = schema.safeParse({ ...form, cities: splitCities(form.cities) });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: PartnerFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'email' || field === 'organisation' || field === 'destination')
      errors[field] = field;
  }
  return { ok: false, errors };
}
