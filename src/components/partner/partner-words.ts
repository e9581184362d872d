// Words the partner pages show for codes the records carry: language codes in the reader's
// language (the browser's own names), and percentages.

export function localeName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function percent(share: number): number {
  return Math.round(share * 100);
}
