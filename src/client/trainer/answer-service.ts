import { AnswerRepository } from '../db/answer-repository.ts';
import { WaypointDatabase } from '../db/database.ts';

let answers: AnswerRepository | undefined;

/** The tablet's scored test answers, made on first use (it needs the browser's IndexedDB). */
export function answerStore(): AnswerRepository {
  answers ??= new AnswerRepository(new WaypointDatabase());
  return answers;
}
