/// <reference lib="webworker" />
import { deriveKeyBytes } from '../../../shared/vault/kdf';
import type { KdfParams } from '../../../shared/vault/kdf-params';

/**
 * Runs Argon2id off the main thread so the window keeps responding while the key is
 * derived. One worker per derivation: its 64 MiB of memory is released when it ends.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<{ passphrase: string; params: KdfParams }>) => {
  try {
    const bytes = await deriveKeyBytes(event.data.passphrase, event.data.params);
    self.postMessage({ ok: true, bytes }, [bytes.buffer]);
  } catch {
    self.postMessage({ ok: false });
  }
};
