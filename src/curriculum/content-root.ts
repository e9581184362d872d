/**
 * The folder content collections load from: the top-level `content/`, or
 * `WAYPOINT_CONTENT_DIR` so tests can build small fixture sets (e.g. a broken one).
 */
export function contentRoot(): string {
  return process.env['WAYPOINT_CONTENT_DIR'] ?? './content';
}
