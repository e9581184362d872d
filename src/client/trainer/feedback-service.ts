import { WaypointDatabase } from '../db/database.ts';
import { FeedbackRepository } from '../db/feedback-repository.ts';

let feedback: FeedbackRepository | undefined;

/** The tablet's feedback box, made on first use (it needs the browser's IndexedDB). */
export function feedbackStore(): FeedbackRepository {
  feedback ??= new FeedbackRepository(new WaypointDatabase());
  return feedback;
}
