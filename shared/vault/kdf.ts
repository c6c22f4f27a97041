import { argon2id } from 'hash-wasm';
import { KEY_BYTES, type KdfParams } from './kdf-params';

/**
 * Turns a passphrase into 32 key-encryption-key bytes. Pure and slow on purpose
 * (~0.35 s, 64 MiB): the renderer runs it in a Worker so the window stays responsive.
 */
export type DeriveKeyBytes = (passphrase: string, params: KdfParams) => Promise<Uint8Array<ArrayBuffer>>;

export const deriveKeyBytes: DeriveKeyBytes = async (passphrase, params) => {
  const out = await argon2id({
    password: passphrase.normalize('NFC'),
    salt: params.salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: KEY_BYTES,
    outputType: 'binary',
  });
  return new Uint8Array(out);
};
