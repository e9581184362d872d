/** PBKDF2 rounds: slow enough to make guessing a stolen hash costly, quick enough on a tablet. */
export const PIN_ITERATIONS = 310_000;

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export function newSalt(): string {
  return hex(crypto.getRandomValues(new Uint8Array(16)));
}

/** PBKDF2-SHA-256 of a PIN with WebCrypto, as hex. */
export async function hashPin(
  pin: string,
  salt: string,
  iterations = PIN_ITERATIONS,
): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const saltBytes = new Uint8Array(salt.match(/../g)?.map((pair) => parseInt(pair, 16)) ?? []);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: saltBytes, iterations },
    key,
    256,
  );
  return hex(bits);
}
