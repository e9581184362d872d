import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { WaypointDatabase } from '../../../src/client/db/database.ts';
import {
  NarrationRepository,
  NarrationTooShort,
} from '../../../src/client/db/narration-repository.ts';
import { narrationKey } from '../../../src/domain/narration.ts';

const databases: WaypointDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});

function setup() {
  const db = new WaypointDatabase(`narrations-${Math.random()}`);
  databases.push(db);
  return new NarrationRepository(db, () => new Date('2026-12-01T09:00:00Z'));
}

const key = narrationKey('fa-AF', 'lesson', 'housing-lease-and-rent');

describe('NarrationRepository', () => {
  it('keeps one narration per language and lesson; recording again replaces it', async () => {
    const narrations = setup();
    await narrations.save(key, new Uint8Array(400).fill(1).buffer, 'audio/webm');
    await narrations.save(key, new Uint8Array(500).fill(2).buffer, 'audio/webm');
    const kept = await narrations.get(key);
    expect(kept?.audio.byteLength).toBe(500);
    expect(new Uint8Array(kept!.audio)[0]).toBe(2);
    expect(
      await narrations.get(narrationKey('ar', 'lesson', 'housing-lease-and-rent')),
    ).toBeUndefined();
  });

  it('refuses a recording too short to be one, keeping the one before', async () => {
    const narrations = setup();
    await narrations.save(key, new Uint8Array(400).buffer, 'audio/webm');
    await expect(narrations.save(key, new Uint8Array(10).buffer, 'audio/webm')).rejects.toThrow(
      NarrationTooShort,
    );
    expect((await narrations.get(key))?.audio.byteLength).toBe(400);
  });

  it('deletes a narration', async () => {
    const narrations = setup();
    await narrations.save(key, new Uint8Array(400).buffer, 'audio/webm');
    await narrations.remove(key);
    expect(await narrations.get(key)).toBeUndefined();
  });
});
