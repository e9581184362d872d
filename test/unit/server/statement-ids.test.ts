import { describe, expect, it } from 'vitest';
import { nameBasedUuid, statementId } from '../../../src/server/partner/statement-ids.ts';

describe('statement ids', () => {
  it('are RFC 9562 version 5 UUIDs (its own example: www.example.com in the DNS namespace)', () => {
    expect(nameBasedUuid('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('are the same for the same source and differ for another', () => {
    expect(statementId('attended|a|b')).toBe(statementId('attended|a|b'));
    expect(statementId('attended|a|b')).not.toBe(statementId('completed|a|b'));
  });
});
