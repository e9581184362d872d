// Narrations recorded on the tablet: the trainer's voice where no speech engine speaks the
// learners' language (Tigrinya, Dari, Kurdish…).
import { NarrationRepository } from './db/narration-repository.ts';
import { tabletDatabase } from './db/tablet-database.ts';
import { playRecorded } from './voice-recorder.ts';
import type { Narration } from '../domain/narration.ts';

let repository: NarrationRepository | undefined;
export function narrationStore(): NarrationRepository {
  repository ??= new NarrationRepository(tabletDatabase());
  return repository;
}

/** Plays a narration, stopping any other one (or speech) still going. */
export function playNarration(narration: Narration): HTMLAudioElement {
  return playRecorded(narration.audio, narration.mimeType);
}
