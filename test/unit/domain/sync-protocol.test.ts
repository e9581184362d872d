import { describe, expect, it } from 'vitest';
import {
  checkRecord,
  enrolmentCodeSchema,
  isSettled,
  payloadProblem,
  pushedRecordSchema,
  pushRequestSchema,
  wireQuestionSchema,
  type PushedRecord,
} from '../../../src/domain/sync-protocol.ts';

const id = '0193a8f0-0000-7000-8000-000000000001';
const cohortId = '0193a8f0-0000-7000-8000-0000000000c0';
const record = (payload: unknown, kind: PushedRecord['kind'] = 'feedback'): PushedRecord => ({
  id: '0193a8f0-0000-7000-8000-0000000000e1',
  kind,
  recordId: id,
  version: 1,
  queuedAt: '2026-12-07T00:00:00.000Z',
  payload,
});

describe('the sync protocol', () => {
  it('checks each record by its kind, and that it is the record it says', () => {
    expect(payloadProblem(record({ id, cohortId, day: 1, satisfaction: 4 }))).toBeUndefined();
    expect(payloadProblem(record({ id, cohortId, day: 1, satisfaction: 9 }))).toBe(
      'feedback satisfaction: Too big: expected number to be <=5',
    );
    expect(
      payloadProblem({ ...record({ id, cohortId, day: 1, satisfaction: 4 }), recordId: cohortId }),
    ).toBe(`feedback: recordId ${cohortId} is not the payload's id`);
  });

  it('keeps only the fields the schema knows, and refuses what the database could not hold', () => {
    const feedback = { id, cohortId, day: 1, satisfaction: 4 };
    expect(checkRecord(record({ ...feedback, learnerName: 'Amina' }))).toEqual({
      payload: feedback,
    });
    expect(payloadProblem(record({ ...feedback, helpedMost: 'a\ud800b' }))).toBe(
      'feedback: text contains a broken character (a lone surrogate)',
    );
    expect(payloadProblem(record({ ...feedback, helpedMost: 'family 👪' }))).toBeUndefined();
    const envelope = (changes: Partial<PushedRecord>) =>
      pushedRecordSchema.safeParse({ ...record(feedback), ...changes }).success;
    expect(envelope({ version: 2 ** 31 })).toBe(false);
    expect(envelope({ queuedAt: '0000-01-01T00:00:00.000Z' })).toBe(false);
    expect(envelope({})).toBe(true);
  });

  it('carries a spoken question as base64, never raw bytes', () => {
    const question = {
      id,
      cohortId,
      day: 2,
      recording: { audioBase64: 'AAEC', mimeType: 'audio/webm' },
    };
    expect(wireQuestionSchema.parse(question)).toEqual(question);
    expect(() =>
      wireQuestionSchema.parse({
        ...question,
        recording: { audioBase64: '%%%', mimeType: 'audio/webm' },
      }),
    ).toThrow();
    expect(() => wireQuestionSchema.parse({ id, cohortId, day: 2 })).toThrow(
      /words or a recording/,
    );
  });

  it('lets the tablet forget a record once the hub holds it, and only then', () => {
    expect(isSettled({ id, status: 'accepted' })).toBe(true);
    expect(isSettled({ id, status: 'duplicate' })).toBe(true);
    expect(isSettled({ id, status: 'conflict' })).toBe(true);
    expect(isSettled({ id, status: 'rejected', reason: 'x' })).toBe(false);
  });

  it('reads enrolment codes as people type them', () => {
    expect(enrolmentCodeSchema.parse(' abcd-efgh-jkmn-pqrs ')).toBe('ABCD-EFGH-JKMN-PQRS');
    expect(enrolmentCodeSchema.parse('ABCDEFGHJKMNPQRS')).toBe('ABCDEFGHJKMNPQRS');
    expect(() => enrolmentCodeSchema.parse('ABCD-EFGH')).toThrow(/16 letters and digits/);
  });

  it('refuses an empty push', () => {
    expect(
      pushRequestSchema.safeParse({ sentAt: '2026-12-07T00:00:00.000Z', records: [] }).error
        ?.issues[0]?.message,
    ).toBe('a push carries at least one record');
  });
});
