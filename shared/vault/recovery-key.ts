import { randomBytes } from '../util/bytes';

/**
 * A recovery key people can print and type back: 160 random bits in Crockford's
 * base32 (no I, L, O, U, so nothing is misread), 32 characters in 8 groups of 4.
 * Typing is forgiving: case, spaces, dashes and the look-alikes O→0, I/L→1 are accepted.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
const CHARS = (RECOVERY_KEY_BYTES * 8) / 5;

export function generateRecoveryKey(): { secret: Uint8Array<ArrayBuffer>; text: string } {
  const secret = randomBytes(RECOVERY_KEY_BYTES);
  return { secret, text: formatRecoveryKey(secret) };
}

export function formatRecoveryKey(secret: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of secret) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return (out.match(/.{1,4}/g) ?? []).join('-');
}

/** Returns the secret bytes, or null when the text is not a well-formed recovery key. */
export function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> | null {
  const cleaned = text
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== CHARS) return null;
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of cleaned) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[index] = (value >>> (bits - 8)) & 0xff;
      index += 1;
      bits -= 8;
    }
  }
  return out;
}
