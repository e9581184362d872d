// Recording and playing narrations: the trainer's voice where no speech engine speaks the
// learners' language (Tigrinya, Dari, Kurdish…).
import { NarrationRepository } from './db/narration-repository.ts';
import { tabletDatabase } from './db/tablet-database.ts';
import type { Narration } from '../domain/narration.ts';

let repository: NarrationRepository | undefined;
export function narrationStore(): NarrationRepository {
  repository ??= new NarrationRepository(tabletDatabase());
  return repository;
}

/** A recording in progress; `stop()` gives the audio. */
export interface Recording {
  stop(): Promise<{ audio: ArrayBuffer; mimeType: string }>;
}

/** Starts recording from the microphone (the browser asks the trainer's permission). */
export async function startRecording(): Promise<Recording> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream);
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => chunks.push(event.data));
  recorder.start();
  return {
    stop: () =>
      new Promise((resolve) => {
        recorder.addEventListener(
          'stop',
          () => {
            for (const track of stream.getTracks()) track.stop();
            const blob = new Blob(chunks, { type: recorder.mimeType });
            void blob.arrayBuffer().then((audio) => resolve({ audio, mimeType: blob.type }));
          },
          { once: true },
        );
        recorder.stop();
      }),
  };
}

let playing: HTMLAudioElement | undefined;

/** Plays a narration, stopping any other one (or speech) still going. */
export function playNarration(narration: Narration): HTMLAudioElement {
  playing?.pause();
  if ('speechSynthesis' in window) speechSynthesis.cancel();
  const url = URL.createObjectURL(new Blob([narration.audio], { type: narration.mimeType }));
  const audio = new Audio(url);
  audio.addEventListener('ended', () => URL.revokeObjectURL(url), { once: true });
  void audio.play();
  playing = audio;
  return audio;
}
