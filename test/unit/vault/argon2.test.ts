import { describe, expect, it } from 'vitest';
import { argon2id as nobleArgon2id } from '@noble/hashes/argon2.js';
import { argon2id as wasmArgon2id } from 'hash-wasm';
import { deriveKeyBytes } from '../../../shared/vault/kdf';
import { fromHex, toHex, utf8 } from '../../../shared/util/bytes';
import { SHIPPED_KDF } from '../../../shared/vault/kdf-params';

const fill = (length: number, byte: number): Uint8Array => new Uint8Array(length).fill(byte);

describe('Argon2id', () => {
  it('matches the RFC 9106 §5.3 Argon2id test vector (reference implementation with secret and associated data)', () => {
    // The vault's engine (hash-wasm) has no associated-data input, so the full RFC vector is
    // checked on the reference implementation, and the engine is checked against that reference below.
    const tag = nobleArgon2id(fill(32, 0x01), fill(16, 0x02), {
      t: 3,
      m: 32,
      p: 4,
      dkLen: 32,
      key: fill(8, 0x03),
      personalization: fill(12, 0x04),
    });
    expect(toHex(tag)).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });

  it('the vault engine agrees with the reference on the RFC 9106 inputs without associated data', async () => {
    const options = { t: 3, m: 32, p: 4, dkLen: 32, key: fill(8, 0x03) };
    const reference = nobleArgon2id(fill(32, 0x01), fill(16, 0x02), options);
    const engine = await wasmArgon2id({
      password: fill(32, 0x01),
      salt: fill(16, 0x02),
      secret: fill(8, 0x03),
      iterations: 3,
      memorySize: 32,
      parallelism: 4,
      hashLength: 32,
      outputType: 'hex',
    });
    expect(engine).toBe(toHex(reference));
  });

  it('deriveKeyBytes matches the reference implementation test vector at 64 MiB (argon2 test.c)', async () => {
    const key = await deriveKeyBytes('password', {
      algorithm: 'argon2id',
      memoryKiB: 65536,
      iterations: 2,
      parallelism: 1,
      salt: utf8('somesalt'),
    });
    expect(toHex(key)).toBe('09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7');
  });

  it('ships 64 MiB, t=3, p=1', () => {
    expect(SHIPPED_KDF).toEqual({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
  });

  it('normalizes the passphrase so accents typed either way give the same key', async () => {
    const params = { algorithm: 'argon2id' as const, memoryKiB: 19456, iterations: 2, parallelism: 1, salt: fromHex('00112233445566778899aabbccddeeff') };
    const composed = await deriveKeyBytes('contraseña segura', params);
    const decomposed = await deriveKeyBytes('contrasen\u0303a segura', params);
    expect(toHex(composed)).toBe(toHex(decomposed));
  });
});
