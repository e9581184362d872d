import { WaypointDatabase } from '../db/database.ts';
import { TabletWipe } from '../db/tablet-wipe.ts';

/** The tablet wipe, made on use (it needs the browser's IndexedDB). */
export function tabletWipe(): TabletWipe {
  return new TabletWipe(new WaypointDatabase());
}
