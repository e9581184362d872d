// Password hashing for hub accounts: argon2id with @node-rs/argon2's defaults (19 MiB, two
// passes, one lane: OWASP's recommended minimum), stored as the PHC string it returns.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A hash that is not an argon2 PHC string matches no password.
    return false;
  }
}

// A hash of a password nobody knows: checked for unknown emails, so a wrong email takes as
// long as a wrong password and the answer does not tell which accounts exist.
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  return (decoy ??= hash(randomBytes(32).toString('base64url')));
}

// No 0/O, 1/I/L: the password is read off a terminal and typed by hand.
const PASSWORD_LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';

/** 24 letters and digits in dash-separated groups of six: about 138 bits. */
export function generatePassword(random = randomBytes): string {
  // Bytes at or above the last whole multiple of the alphabet are skipped, so every letter is
  // equally likely.
  const limit = 256 - (256 % PASSWORD_LETTERS.length);
  const letters: string[] = [];
  while (letters.length < 24) {
    for (const byte of random(32)) {
      if (byte < limit && letters.length < 24)
        letters.push(PASSWORD_LETTERS[byte % PASSWORD_LETTERS.length] ?? '');
    }
  }
  return [0, 6, 12, 18].map((at) => letters.slice(at, at + 6).join('')).join('-');
}
