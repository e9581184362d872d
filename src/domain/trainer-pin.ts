/** Why a PIN cannot be used; the screen words it in the trainer's language. */
export type PinProblem = 'not-digits' | 'too-short' | 'too-long' | 'too-simple' | 'mismatch';

export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;

/** Checks a new PIN (and its repetition): digits only, 4–8 long, not a guessable pattern. */
export function pinProblem(pin: string, again: string): PinProblem | undefined {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length < PIN_MIN_DIGITS) return 'too-short';
  if (pin.length > PIN_MAX_DIGITS) return 'too-long';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - (digits[i] ?? 0)));
  // One repeated digit (0000) or a run up or down (1234, 9876) is the first thing anyone tries.
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0] ?? 2)) return 'too-simple';
  if (pin !== again) return 'mismatch';
  return undefined;
}

/** Failed tries allowed before each further try has to wait. */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/** How long to wait after `failures` wrong PINs in a row: nothing at first, then doubling. */
export function lockoutMs(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

/** Trainer mode locks itself after this long without a touch or key press. */
export const AUTO_LOCK_MS = 5 * 60_000;

/** What the tablet keeps about the trainer PIN: never the PIN itself. */
export interface PinRecord {
  /** PBKDF2-SHA-256 of the PIN, hex. */
  hash: string;
  /** Random salt, hex. */
  salt: string;
  iterations: number;
  /** Wrong PINs in a row since the last right one. */
  failures: number;
  /** No try is accepted before this time (ISO 8601). */
  lockedUntil?: string | undefined;
  /** Trainer mode is open until this time (ISO 8601), pushed on by activity. */
  unlockedUntil?: string | undefined;
}

/** Whether a try may be made now, and if not, how many milliseconds remain. */
export function waitBeforeTry(record: PinRecord, now: Date): number {
  return record.lockedUntil ? Math.max(0, Date.parse(record.lockedUntil) - now.getTime()) : 0;
}

export function afterWrongPin(record: PinRecord, now: Date): PinRecord {
  const failures = record.failures + 1;
  const wait = lockoutMs(failures);
  return {
    ...record,
    failures,
    lockedUntil: wait ? new Date(now.getTime() + wait).toISOString() : undefined,
    unlockedUntil: undefined,
  };
}

export function afterRightPin(record: PinRecord, now: Date): PinRecord {
  return {
    ...record,
    failures: 0,
    lockedUntil: undefined,
    unlockedUntil: new Date(now.getTime() + AUTO_LOCK_MS).toISOString(),
  };
}

export function isUnlocked(record: PinRecord | undefined, now: Date): boolean {
  return record?.unlockedUntil !== undefined && Date.parse(record.unlockedUntil) > now.getTime();
}
