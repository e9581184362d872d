import { describe, expect, it } from 'vitest';
import { auditDetailText, isKnownAuditAction } from '../../../src/domain/audit-log.ts';

describe('auditDetailText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [{ organisation: 'COSTI' }, 'organisation: COSTI'],
    [
      { kept: 'incoming', versions: 2, cities: ['Ottawa'], setAside: { literacy: 'basic' } },
      'kept: incoming; versions: 2; cities: ["Ottawa"]; setAside: {"literacy":"basic"}',
    ],
    [['a', 'b'], '["a","b"]'],
    ['consent withdrawn', '"consent withdrawn"'],
  ])('renders %j as %j', (detail, text) => {
    expect(auditDetailText(detail)).toBe(text);
  });

  it('cuts a long detail at 120 characters, marking the cut', () => {
    const text = auditDetailText({ setAside: 'x'.repeat(500) });
    expect([...text]).toHaveLength(120);
    expect(text).toMatch(/^setAside: x+…$/);
  });

  it('never cuts a character in two', () => {
    const text = auditDetailText({ name: '😀'.repeat(200) });
    expect([...text]).toHaveLength(120);
    expect(text.endsWith('😀…')).toBe(true);
  });
});

describe('isKnownAuditAction', () => {
  it('knows the actions the hub writes, and nothing else', () => {
    expect(isKnownAuditAction('export-hxl')).toBe(true);
    expect(isKnownAuditAction('create-partner')).toBe(true);
    expect(isKnownAuditAction('drop-tables')).toBe(false);
  });
});
