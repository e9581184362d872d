import { z } from 'zod';

/** Who an account is for: operators run the hub; partners read their cohorts' profiles. */
export const accountRoleSchema = z.enum(['operator', 'partner']);
export type AccountRole = z.infer<typeof accountRoleSchema>;

export const MIN_PASSWORD_LENGTH = 12;
/** Longer adds nothing and would let one request keep argon2 busy. */
export const MAX_PASSWORD_LENGTH = 256;

/** An account's email as stored and compared: trimmed, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const accountEmailSchema = z
  .string()
  .transform(normaliseEmail)
  .pipe(z.email({ error: 'the email address is not valid (name@example.org)' }));

export const accountPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, {
    error: `the password must be at least ${MIN_PASSWORD_LENGTH} characters`,
  })
  .max(MAX_PASSWORD_LENGTH, {
    error: `the password must be at most ${MAX_PASSWORD_LENGTH} characters`,
  });

const NO_ORGANISATION = 'a partner account needs its organisation';

/** The partner organisation whose cohorts an account may read. */
export const organisationSchema = z
  .string()
  .trim()
  .min(1, { error: NO_ORGANISATION })
  .max(200, { error: 'the organisation is at most 200 characters' });

/** The destination country (content id) a partner receives cohorts in. */
export const destinationIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]+$/, { error: 'the destination is a content id, e.g. canada' });

/** Cities a partner works in; none: the whole destination. */
export const citiesSchema = z.array(z.string().trim().min(1));

/** A new account as the operator's command asks for it. */
export const newAccountSchema = z
  .object({
    /** Sign-in name; unique whatever its case. */
    email: accountEmailSchema,
    role: accountRoleSchema,
    /** A partner's organisation; operators have none. */
    organisation: organisationSchema.nullable(),
    /** A partner's destination; operators have none. */
    destination: destinationIdSchema.nullable().default(null),
    /** A partner's cities; none: the whole destination. */
    cities: citiesSchema.default([]),
    password: accountPasswordSchema,
  })
  .refine((account) => account.role !== 'partner' || account.organisation !== null, {
    error: NO_ORGANISATION,
    path: ['organisation'],
  })
  .refine((account) => account.role !== 'partner' || account.destination !== null, {
    error: 'a partner account needs its destination country',
    path: ['destination'],
  });
export type NewAccount = z.input<typeof newAccountSchema>;

/** The sign-in form as a signed-in page of the hub shows it (operator page, partner portal). */
export interface SignInPage {
  kind: 'sign-in';
  status: 200 | 400 | 401 | 429;
  problem?: 'missing' | 'wrong' | 'locked';
  /** With `locked`: whole minutes until the next try. */
  lockedMinutes?: number;
  email?: string;
  /** Just signed out: on this browser, or on every browser. */
  signedOut?: 'here' | 'everywhere';
}

/** Where a form sends the browser next (POST, then redirect, then GET). */
export interface RedirectPage {
  kind: 'redirect';
  location: string;
}
