import { SyncRefusal } from './sync-protocol.ts';

/** Where plain http may reach an LRS: only this machine, where nothing crosses a network. */
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * The xAPI endpoint a partner typed, without a trailing slash (the hub appends
 * `/statements`), or a 400 saying what is wrong with it. Statements carry learners' results,
 * so they travel only over https; the credentials belong in their own fields, where reads
 * never show the password.
 */
export function lrsEndpoint(text: string): string {
  const value = text.trim();
  const url = URL.parse(value);
  if (!url)
    throw new SyncRefusal(
      400,
      `the LRS endpoint "${value}" is not a full address: give it like https://lrs.example.org/xapi`,
    );
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
    throw new SyncRefusal(
      400,
      `the LRS endpoint must use https (plain http only for localhost or 127.0.0.1), not "${value}"`,
    );
  if (url.username || url.password)
    throw new SyncRefusal(
      400,
      'the LRS endpoint must not carry a username or password: put them in their own fields',
    );
  if (url.search || url.hash)
    throw new SyncRefusal(400, `the LRS endpoint must not have a query or fragment: "${value}"`);
  return url.href.replace(/\/+$/, '');
}

/** The LRS username (its key), or a 400: Basic authentication cannot carry a colon in it. */
export function lrsUsername(text: string): string {
  const value = text.trim();
  if (!value) throw new SyncRefusal(400, 'the LRS username (key) is required');
  if (value.includes(':')) throw new SyncRefusal(400, 'the LRS username (key) cannot contain ":"');
  return value;
}
