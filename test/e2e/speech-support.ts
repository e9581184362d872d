import type { Page } from '@playwright/test';

/** The device has no speech voice at all (as for Dari or Pashto on many tablets). */
export async function withoutVoices(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] });
  });
}

/** The device has a voice for `lang`; what it is asked to say is kept for `spoken()`. */
export async function withVoice(page: Page, lang: string): Promise<void> {
  await page.addInitScript((voiceLang) => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    const voice = { lang: voiceLang, name: 'Test voice', default: true, localService: true };
    Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [voice] });
    Object.defineProperty(window.speechSynthesis, 'speak', {
      value: (utterance: { text: string }) => spoken.push(utterance.text),
    });
    // A stand-in voice is no real SpeechSynthesisVoice: let the utterance take it.
    window.SpeechSynthesisUtterance = class {
      text: string;
      voice: unknown;
      lang = '';
      constructor(text: string) {
        this.text = text;
      }
    } as unknown as typeof SpeechSynthesisUtterance;
  }, lang);
}

export function spoken(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
}
