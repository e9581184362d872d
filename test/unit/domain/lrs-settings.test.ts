import { describe, expect, it } from 'vitest';
import { lrsEndpoint, lrsUsername } from '../../../src/domain/lrs-settings.ts';
import { SyncRefusal } from '../../../src/domain/sync-protocol.ts';

describe('lrsEndpoint', () => {
  it.each([
    ['https://lrs.example.org/xapi/', 'https://lrs.example.org/xapi'],
    ['  https://lrs.example.org/data/xAPI  ', 'https://lrs.example.org/data/xAPI'],
    ['http://localhost:8080/xapi', 'http://localhost:8080/xapi'],
    ['http://127.0.0.1:9000', 'http://127.0.0.1:9000'],
  ])('takes %s as %s', (text, endpoint) => {
    expect(lrsEndpoint(text)).toBe(endpoint);
  });

  it.each([
    ['lrs.example.org/xapi', 'is not a full address'],
    ['http://lrs.example.org/xapi', 'must use https (plain http only for localhost or 127.0.0.1)'],
    ['http://10.0.0.5/xapi', 'must use https'],
    ['ftp://lrs.example.org/xapi', 'must use https'],
    ['https://key:secret@lrs.example.org/xapi', 'must not carry a username or password'],
    ['https://lrs.example.org/xapi?tenant=1', 'must not have a query or fragment'],
    ['https://lrs.example.org/xapi#top', 'must not have a query or fragment'],
  ])('refuses %s: %s', (text, message) => {
    expect(() => lrsEndpoint(text)).toThrow(message);
    expect(() => lrsEndpoint(text)).toThrow(SyncRefusal);
  });
});

describe('lrsUsername', () => {
  it('takes a key, trimmed', () => {
    expect(lrsUsername(' key-1 ')).toBe('key-1');
  });

  it.each([
    ['', 'the LRS username (key) is required'],
    ['a:b', 'cannot contain ":"'],
  ])('refuses "%s": %s', (text, message) => {
    expect(() => lrsUsername(text)).toThrow(message);
  });
});
