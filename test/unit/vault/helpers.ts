import { deriveKeyBytes } from '../../../shared/vault/kdf';
import { Vault } from '../../../shared/vault/vault';
import { MIN_ITERATIONS, MIN_MEMORY_KIB } from '../../../shared/vault/kdf-params';

let counter = 0;

/** A fresh vault database per test, with the cheapest parameters the vault accepts so tests stay quick. */
export function testVault(name = `test-vault-${process.pid}-${(counter += 1)}`): Vault {
  return new Vault({
    name,
    deriveKeyBytes,
    kdf: { algorithm: 'argon2id', memoryKiB: MIN_MEMORY_KIB, iterations: MIN_ITERATIONS, parallelism: 1 },
  });
}

export const PASSPHRASE = 'correct horse battery staple';
