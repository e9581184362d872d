import { z } from 'zod';

/**
 * A local referral contact the trainer keeps on the tablet: the protection focal point of the
 * centre and the like. Shown on every help card; it never leaves the device.
 */
export const referralContactSchema = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1, 'the name is required').max(80, 'at most 80 characters'),
  role: z.string().trim().max(120, 'at most 120 characters').optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{2,24}$/, 'digits, spaces, + and - only, as dialled'),
  addedAt: z.iso.datetime(),
});
export type ReferralContact = z.infer<typeof referralContactSchema>;

/** A `tel:` link dialling the number as written (spaces and dashes dropped). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}

/** A phone number kept left-to-right inside a right-to-left sentence (Unicode isolates). */
export function isolatedNumber(number: string): string {
  return `\u2066${number}\u2069`;
}
