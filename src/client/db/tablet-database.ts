import { WaypointDatabase } from './database.ts';

let database: WaypointDatabase | undefined;

/** The one connection to the tablet's database a page uses, opened on first use. */
export function tabletDatabase(): WaypointDatabase {
  database ??= new WaypointDatabase();
  return database;
}
