// Owns tablet enrolment: one-time codes the operator hands out, and the device tokens tablets
// receive for them. Codes and tokens are high-entropy random strings, so the hub keeps only
// their SHA-256 (a slow password hash adds nothing against guessing 128 random bits).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { SyncRefusal, type EnrolRequest, type EnrolResponse } from '../../domain/sync-protocol.ts';
import type { HubDb } from '../db/connect.ts';
import { auditLog, devices, enrolmentCodes } from '../db/schema.ts';

// No 0/O, 1/I/L: the code is read aloud or typed from paper.
const CODE_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A code as written for people: `ABCD-EFGH-JKMN-PQRS`. */
export function newEnrolmentCode(random = randomBytes): string {
  const letters = [...random(16)].map((byte) => CODE_LETTERS[byte % CODE_LETTERS.length]);
  return [0, 4, 8, 12].map((at) => letters.slice(at, at + 4).join('')).join('-');
}

/** The code without dashes, in capitals: the form that is hashed. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

export async function createEnrolmentCode(
  db: HubDb,
  options: { programme: string; expiresAt: Date },
): Promise<{ code: string; expiresAt: Date }> {
  if (!options.programme.trim()) throw new SyncRefusal(400, 'name the programme');
  if (Number.isNaN(options.expiresAt.getTime()))
    throw new SyncRefusal(400, 'the expiry is not a date');
  const code = newEnrolmentCode();
  await db.insert(enrolmentCodes).values({
    id: randomUUID(),
    codeHash: hashSecret(normaliseCode(code)),
    programme: options.programme.trim(),
    expiresAt: options.expiresAt,
  });
  return { code, expiresAt: options.expiresAt };
}

/** Trades a one-time code for a device token; the code can never be used again. */
export async function enrolDevice(
  db: HubDb,
  request: EnrolRequest,
  now = new Date(),
): Promise<EnrolResponse> {
  const codeHash = hashSecret(normaliseCode(request.code));
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(enrolmentCodes)
      .where(eq(enrolmentCodes.codeHash, codeHash));
    if (!found)
      throw new SyncRefusal(
        403,
        'this enrolment code is not known: check it with the operator',
        'code-unknown',
      );
    if (found.usedAt)
      throw new SyncRefusal(
        403,
        'this enrolment code was already used: ask the operator for a new one',
        'code-used',
      );
    if (found.expiresAt <= now)
      throw new SyncRefusal(
        403,
        'this enrolment code has expired: ask the operator for a new one',
        'code-expired',
      );
    const deviceId = randomUUID();
    // Claimed only if still unused, so two tablets racing for one code cannot both win.
    const claimed = await tx
      .update(enrolmentCodes)
      .set({ usedAt: now, usedBy: deviceId })
      .where(and(eq(enrolmentCodes.id, found.id), isNull(enrolmentCodes.usedAt)))
      .returning({ id: enrolmentCodes.id });
    if (claimed.length === 0)
      throw new SyncRefusal(
        403,
        'this enrolment code was already used: ask the operator for a new one',
        'code-used',
      );
    const token = randomBytes(32).toString('base64url');
    await tx.insert(devices).values({
      id: deviceId,
      name: request.deviceName,
      programme: found.programme,
      tokenHash: hashSecret(token),
      enrolledAt: now,
    });
    return { deviceId, token, programme: found.programme };
  });
}

export interface EnrolledDevice {
  id: string;
  programme: string;
}

/** The device a request's `Authorization: Bearer …` names, or a 401/403 saying why not. */
export async function authenticateDevice(
  db: HubDb,
  authorization: string | null,
): Promise<EnrolledDevice> {
  const token = /^Bearer ([A-Za-z0-9_-]{20,})$/.exec(authorization?.trim() ?? '')?.[1];
  if (!authorization)
    throw new SyncRefusal(401, 'no device token: enrol the tablet first', 'no-token');
  if (!token)
    throw new SyncRefusal(401, 'the Authorization header must be "Bearer <device token>"');
  const [device] = await db
    .select({ id: devices.id, programme: devices.programme, revokedAt: devices.revokedAt })
    .from(devices)
    .where(eq(devices.tokenHash, hashSecret(token)));
  if (!device)
    throw new SyncRefusal(
      401,
      'this device token is not known: enrol the tablet again',
      'unknown-token',
    );
  if (device.revokedAt)
    throw new SyncRefusal(
      403,
      'this tablet was revoked by the operator: enrol it again',
      'revoked',
    );
  return { id: device.id, programme: device.programme };
}

/** Revokes a tablet's token: its next sync is refused. Who did it goes in the audit log. */
export async function revokeDevice(
  db: HubDb,
  deviceId: string,
  actor: string,
  now = new Date(),
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const revoked = await tx
      .update(devices)
      .set({ revokedAt: now })
      .where(and(eq(devices.id, deviceId), isNull(devices.revokedAt)))
      .returning({ id: devices.id, name: devices.name, programme: devices.programme });
    const [device] = revoked;
    if (!device) return false;
    await tx.insert(auditLog).values({
      id: randomUUID(),
      at: now,
      actor,
      action: 'revoke-device',
      subject: `device:${device.id}`,
      detail: { name: device.name, programme: device.programme },
    });
    return true;
  });
}
