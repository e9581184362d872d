// Reading text aloud with the device's own speech voices, where one exists for the language.
// Many tablets have none for Dari, Pashto or Tigrinya: callers hide the button then.

/** Fired on `window` when a narration is recorded or deleted, so read-aloud buttons update. */
export const NARRATION_CHANGED = 'waypoint:narration-changed';

const voicesReady = (): Promise<SpeechSynthesisVoice[]> =>
  new Promise((resolve) => {
    if (!('speechSynthesis' in window)) return resolve([]);
    const now = speechSynthesis.getVoices();
    if (now.length > 0) return resolve(now);
    // Chromium fills the list asynchronously; give up after a moment rather than hang.
    const timeout = setTimeout(() => resolve(speechSynthesis.getVoices()), 1500);
    speechSynthesis.addEventListener(
      'voiceschanged',
      () => {
        clearTimeout(timeout);
        resolve(speechSynthesis.getVoices());
      },
      { once: true },
    );
  });

/** A voice that speaks `locale` (`fa-AF` also accepts any `fa` voice), if the device has one. */
export async function voiceFor(locale: string): Promise<SpeechSynthesisVoice | undefined> {
  const language = locale.split('-')[0]?.toLowerCase() ?? locale;
  const voices = await voicesReady();
  return (
    voices.find((voice) => voice.lang.toLowerCase() === locale.toLowerCase()) ??
    voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language)
  );
}

/** Speaks `text`, stopping whatever was being read. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  speechSynthesis.cancel();
  speechSynthesis.speak(utterance);
}
