import { z } from 'zod';
import { VaultError } from './errors';

/**
 * Argon2id parameters as stored beside the wrapped data key. Shipped: 64 MiB, t=3, p=1,
 * 16-byte salt (ARCHITECTURE.md). Stored parameters weaker than the OWASP floor
 * (19 MiB, t=2) are refused on open, as Bitwarden does, so a tampered vault cannot
 * downgrade the key derivation; absurdly large ones are refused so a tampered vault
 * cannot exhaust memory.
 */
export const kdfParamsSchema = z.object({
  algorithm: z.literal('argon2id'),
  memoryKiB: z.number().int(),
  iterations: z.number().int(),
  parallelism: z.number().int(),
  salt: z.instanceof(Uint8Array),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

export const SHIPPED_KDF = { algorithm: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

export const MIN_MEMORY_KIB = 19 * 1024;
export const MAX_MEMORY_KIB = 1024 * 1024;
export const MIN_ITERATIONS = 2;
export const MAX_ITERATIONS = 20;
export const MAX_PARALLELISM = 16;
export const SALT_BYTES = 16;
export const KEY_BYTES = 32;

/** Throws 'unsafe-kdf-parameters' unless the parameters are within the accepted range. */
export function assertSafeKdfParams(value: unknown): KdfParams {
  const parsed = kdfParamsSchema.safeParse(value);
  if (!parsed.success) throw new VaultError('unsafe-kdf-parameters', 'KDF parameters unreadable');
  const p = parsed.data;
  const problems = [
    p.memoryKiB < MIN_MEMORY_KIB && 'memory below 19 MiB',
    p.memoryKiB > MAX_MEMORY_KIB && 'memory above 1 GiB',
    p.iterations < MIN_ITERATIONS && 'fewer than 2 iterations',
    p.iterations > MAX_ITERATIONS && 'too many iterations',
    (p.parallelism < 1 || p.parallelism > MAX_PARALLELISM) && 'parallelism out of range',
    p.salt.length < SALT_BYTES && 'salt shorter than 16 bytes',
  ].filter(Boolean);
  if (problems.length > 0) throw new VaultError('unsafe-kdf-parameters', problems.join(', '));
  return p;
}
