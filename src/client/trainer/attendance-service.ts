import { AttendanceRepository } from '../db/attendance-repository.ts';
import { WaypointDatabase } from '../db/database.ts';

let attendance: AttendanceRepository | undefined;

/** The tablet's attendance register, made on first use (it needs the browser's IndexedDB). */
export function attendanceStore(): AttendanceRepository {
  attendance ??= new AttendanceRepository(new WaypointDatabase());
  return attendance;
}
