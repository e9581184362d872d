// The microphone and the speaker: recording a voice (a trainer's narration, a learner's
// question) and playing one back, one sound at a time.

/** A recording in progress; `stop()` gives the audio. */
export interface Recording {
  stop(): Promise<{ audio: ArrayBuffer; mimeType: string }>;
  /** Stops and throws the audio away, e.g. when the page is left mid-recording. */
  cancel(): void;
}

/**
 * Starts recording from the microphone (the browser asks for permission), at the browser's
 * default quality or at a target bitrate.
 */
export async function startRecording(audioBitsPerSecond?: number): Promise<Recording> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream, audioBitsPerSecond ? { audioBitsPerSecond } : {});
  const chunks: Blob[] = [];
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
  };
  recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
  recorder.start();
  return {
    stop: () =>
      new Promise((resolve) => {
        recorder.addEventListener(
          'stop',
          () => {
            release();
            const blob = new Blob(chunks, { type: recorder.mimeType });
            void blob.arrayBuffer().then((audio) => resolve({ audio, mimeType: blob.type }));
          },
          { once: true },
        );
        recorder.stop();
      }),
    cancel: () => {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}

let playing: HTMLAudioElement | undefined;

/** Plays audio from a URL, stopping any other sound (or speech) still going. */
export function playAudioUrl(url: string, onEnded?: () => void): HTMLAudioElement {
  playing?.pause();
  if ('speechSynthesis' in window) speechSynthesis.cancel();
  const audio = new Audio(url);
  if (onEnded) audio.addEventListener('ended', onEnded, { once: true });
  void audio.play();
  playing = audio;
  return audio;
}

/** Plays recorded audio held in memory. */
export function playRecorded(audio: ArrayBuffer, mimeType: string): HTMLAudioElement {
  const url = URL.createObjectURL(new Blob([audio], { type: mimeType }));
  return playAudioUrl(url, () => URL.revokeObjectURL(url));
}
