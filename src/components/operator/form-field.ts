/** The attributes that tie a FormField's control to its hint and error, by FormField's ids. */
export function fieldAria(
  id: string,
  { hint, error }: { hint?: string | undefined; error?: string | undefined },
): { 'aria-describedby': string | undefined; 'aria-invalid': 'true' | undefined } {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return {
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? 'true' : undefined,
  };
}
