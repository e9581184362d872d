// The hub's tables. drizzle-kit reads this file to write migrations into ./migrations;
// the same migrations run on PGlite and PostgreSQL.
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A content version the operator published: what tablets download and report against. */
export const contentReleases = pgTable('content_releases', {
  id: uuid('id').primaryKey(),
  /** Content hash or semantic version, unique per release. */
  version: text('version').notNull().unique(),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
});
