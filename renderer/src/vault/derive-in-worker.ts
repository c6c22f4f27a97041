import type { DeriveKeyBytes } from '../../../shared/vault/kdf';
import { VaultError } from '../../../shared/vault/errors';

type WorkerAnswer = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false };

/** DeriveKeyBytes backed by a short-lived Worker. */
export const deriveInWorker: DeriveKeyBytes = (passphrase, params) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    const finish = (): void => worker.terminate();
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      finish();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new VaultError('storage', 'key derivation failed'));
    };
    worker.onerror = () => {
      finish();
      reject(new VaultError('storage', 'key derivation worker failed'));
    };
    worker.postMessage({ passphrase, params });
  });
