// Owns the tablet's one IndexedDB database: every record Waypoint keeps on the device.
// Each schema version stays listed; a new release adds a version, never edits an old one.
import { Dexie, type Table } from 'dexie';
import type { LessonProgress } from '../../domain/lesson-progress.ts';

export class WaypointDatabase extends Dexie {
  declare lessonProgress: Table<LessonProgress, [string, string]>;

  constructor(name = 'waypoint') {
    super(name);
    // Version 1: lesson progress, one row per learner and lesson.
    this.version(1).stores({ lessonProgress: '[learnerId+lessonKey], learnerId' });
  }
}
