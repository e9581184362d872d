import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../src/domain/outbox.ts';
import {
  FIRST_RETRY_MS,
  MAX_RETRY_MS,
  pushBatches,
  pushedRecordOf,
  retryDelay,
} from '../../../src/domain/sync-batches.ts';
import type { PushedRecord } from '../../../src/domain/sync-protocol.ts';

const record = (n: number, text = ''): PushedRecord => ({
  id: `0193a8f0-0000-7000-8000-${String(n).padStart(12, '0')}`,
  kind: 'feedback',
  recordId: `0193a8f0-0000-7000-8000-${String(n).padStart(12, '0')}`,
  version: 1,
  queuedAt: '2026-12-07T00:00:00.000Z',
  payload: { text },
});

describe('pushes from the outbox', () => {
  it('splits at 500 records, keeping order', () => {
    const { batches, oversized } = pushBatches(Array.from({ length: 1201 }, (_, i) => record(i)));
    expect(batches.map((b) => b.length)).toEqual([500, 500, 201]);
    expect(batches.flat().map((r) => r.id)).toEqual(
      Array.from({ length: 1201 }, (_, i) => record(i).id),
    );
    expect(oversized).toEqual([]);
  });

  it('splits by bytes so no push exceeds the limit, and sets aside a record too big for any', () => {
    const big = Array.from({ length: 5 }, (_, i) => record(i, 'x'.repeat(300_000)));
    const huge = record(99, 'y'.repeat(1_000_000));
    const { batches, oversized } = pushBatches([...big, huge]);
    expect(batches.map((b) => b.length)).toEqual([3, 2]);
    for (const batch of batches) {
      const size = new TextEncoder().encode(
        JSON.stringify({ sentAt: '2026-12-07T00:00:00.000Z', records: batch }),
      ).byteLength;
      expect(size).toBeLessThanOrEqual(1_000_000);
    }
    expect(oversized.map((r) => r.id)).toEqual([huge.id]);
  });

  it('sends a spoken question’s audio as base64 and leaves other records as they are', () => {
    const entry: OutboxEntry = {
      id: '0193a8f0-0000-7000-8000-0000000000e1',
      recordType: 'question',
      recordId: '0193a8f0-0000-4000-8000-0000000000a1',
      version: 1,
      queuedAt: '2026-12-07T00:00:00.000Z',
      payload: {
        id: '0193a8f0-0000-4000-8000-0000000000a1',
        cohortId: '0193a8f0-0000-7000-8000-0000000000c0',
        day: 1,
        recording: { audio: new Uint8Array([1, 2, 3]).buffer, mimeType: 'audio/webm' },
      },
    };
    const encode = (bytes: ArrayBuffer) => Buffer.from(bytes).toString('base64');
    expect(pushedRecordOf(entry, encode).payload).toEqual({
      id: '0193a8f0-0000-4000-8000-0000000000a1',
      cohortId: '0193a8f0-0000-7000-8000-0000000000c0',
      day: 1,
      recording: { audioBase64: 'AQID', mimeType: 'audio/webm' },
    });
    const feedback = { ...entry, recordType: 'feedback' as const, payload: { a: 1 } };
    expect(pushedRecordOf(feedback, encode)).toMatchObject({ kind: 'feedback', payload: { a: 1 } });
  });
});

describe('trying again after a failure', () => {
  it('waits longer each time, up to fifteen minutes, spread by chance', () => {
    expect(retryDelay(1, () => 0)).toBe(FIRST_RETRY_MS / 2);
    expect(retryDelay(1, () => 1)).toBe(FIRST_RETRY_MS);
    expect(retryDelay(3, () => 1)).toBe(FIRST_RETRY_MS * 4);
    expect(retryDelay(30, () => 1)).toBe(MAX_RETRY_MS);
    expect(retryDelay(30, () => 0)).toBe(MAX_RETRY_MS / 2);
  });
});
