// Name-based statement ids (RFC 9562 UUID version 5, SHA-1): the same records always give the
// same id, so an LRS that already holds a statement takes a resend as one it has.
import { createHash } from 'node:crypto';

/** Waypoint's namespace for statement ids: any fixed UUID, never to change. */
const STATEMENT_NAMESPACE = '4f0a9c1e-7d5b-4e8a-9b3c-2a6d8e1f5c70';

/** The version 5 UUID of `name` in `namespace`. */
export function nameBasedUuid(namespace: string, name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = 0x50 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The statement id for a statement made from `source` (verb and record ids). */
export const statementId = (source: string): string => nameBasedUuid(STATEMENT_NAMESPACE, source);
