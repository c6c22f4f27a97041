import { describe, expect, it } from 'vitest';
import { createDeviceSecretStore, type DeviceSecretFile } from '../../../electron/main/device-secret-store';
import { keychainStatus, recallSecret, rememberSecret, type SafeStorageLike } from '../../../electron/main/keychain';

/** A fake safeStorage: "encrypts" by tagging with the backend, so another backend cannot read it. */
function fakeSafeStorage(backend: string | null, options: { available?: boolean } = {}): SafeStorageLike & { backend: string | null } {
  const storage: SafeStorageLike & { backend: string | null } = {
    backend,
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text: string) => Buffer.from(`${String(storage.backend)}|${text}`),
    decryptString: (data: Buffer) => {
      const [tag, text] = data.toString().split('|');
      if (tag !== String(storage.backend) || text === undefined) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text;
    },
  };
  // Only Linux's safeStorage reports a backend.
  if (backend !== null) storage.getSelectedStorageBackend = () => storage.backend ?? 'unknown';
  return storage;
}

function memoryFile(initial: string | null = null): DeviceSecretFile & { text: string | null } {
  const file = {
    text: initial,
    read: async () => file.text,
    write: async (text: string) => {
      file.text = text;
    },
    remove: async () => {
      file.text = null;
    },
  };
  return file;
}

const SECRET = new Uint8Array(32).map((_, i) => i * 7);

describe('keychainStatus', () => {
  it.each([
    ['darwin', null, true],
    ['win32', null, true],
    ['linux', 'gnome_libsecret', true],
    ['linux', 'kwallet5', true],
    ['linux', 'kwallet6', true],
    ['linux', 'basic_text', false],
    ['linux', 'unknown', false],
  ] as const)('%s with %s: offered %s', (platform, backend, offered) => {
    expect(keychainStatus(fakeSafeStorage(backend), platform).available).toBe(offered);
  });

  it('is never offered when encryption is unavailable', () => {
    expect(keychainStatus(fakeSafeStorage(null, { available: false }), 'darwin')).toEqual({ available: false, reason: 'no-encryption' });
    expect(keychainStatus(fakeSafeStorage('basic_text'), 'linux')).toEqual({ available: false, reason: 'weak-backend' });
  });
});

describe('remember and recall', () => {
  it('round-trips the secret on a real keychain', () => {
    const storage = fakeSafeStorage('gnome_libsecret');
    const stored = rememberSecret(storage, 'linux', SECRET);
    expect(stored?.backend).toBe('gnome_libsecret');
    expect(JSON.stringify(stored)).not.toContain(Buffer.from(SECRET).toString('base64').slice(0, 12).replace(/[+/]/g, ''));
    expect(recallSecret(storage, 'linux', JSON.parse(JSON.stringify(stored)))).toEqual({ ok: true, secret: SECRET });
  });

  it('refuses to remember on basic_text', () => {
    expect(rememberSecret(fakeSafeStorage('basic_text'), 'linux', SECRET)).toBeNull();
  });

  it('does not try a secret remembered under another keychain backend', () => {
    const storage = fakeSafeStorage('kwallet5');
    const stored = rememberSecret(storage, 'linux', SECRET);
    storage.backend = 'gnome_libsecret';
    expect(recallSecret(storage, 'linux', stored)).toEqual({ ok: false, reason: 'keychain-changed' });
    storage.backend = 'basic_text';
    expect(recallSecret(storage, 'linux', stored)).toEqual({ ok: false, reason: 'keychain-changed' });
  });

  it('answers unreadable for a damaged file or a keychain that refuses', () => {
    const storage = fakeSafeStorage(null);
    expect(recallSecret(storage, 'darwin', { version: 1, backend: 'darwin', encrypted: Buffer.from('other|x').toString('base64') })).toEqual({ ok: false, reason: 'unreadable' });
    expect(recallSecret(storage, 'darwin', { version: 2 })).toEqual({ ok: false, reason: 'unreadable' });
    expect(recallSecret(storage, 'darwin', null)).toEqual({ ok: false, reason: 'none' });
  });
});

describe('createDeviceSecretStore', () => {
  it('remembers, then hands the secret back once per launch', async () => {
    const file = memoryFile();
    const storage = fakeSafeStorage(null);
    const store = createDeviceSecretStore({ safeStorage: storage, platform: 'win32', file });
    expect(await store.status()).toEqual({ available: true });
    expect(await store.remember(SECRET)).toEqual({ remembered: true });
    expect(file.text).not.toBeNull();
    expect(await store.recall()).toEqual({ found: true, secret: SECRET });
    expect(await store.recall()).toEqual({ found: false, reason: 'none' });
    // The next launch is a new store over the same file.
    expect(await createDeviceSecretStore({ safeStorage: storage, platform: 'win32', file }).recall()).toEqual({ found: true, secret: SECRET });
  });

  it('writes nothing where the keychain is basic_text', async () => {
    const file = memoryFile();
    const store = createDeviceSecretStore({ safeStorage: fakeSafeStorage('basic_text'), platform: 'linux', file });
    expect(await store.status()).toEqual({ available: false });
    expect(await store.remember(SECRET)).toEqual({ remembered: false });
    expect(file.text).toBeNull();
  });

  it('drops a secret the changed keychain cannot open, so the passphrase re-remembers it', async () => {
    const file = memoryFile();
    const storage = fakeSafeStorage('kwallet5');
    await createDeviceSecretStore({ safeStorage: storage, platform: 'linux', file }).remember(SECRET);
    storage.backend = 'gnome_libsecret';
    const store = createDeviceSecretStore({ safeStorage: storage, platform: 'linux', file });
    expect(await store.recall()).toEqual({ found: false, reason: 'keychain-changed' });
    expect(file.text).toBeNull();
    expect(await store.remember(SECRET)).toEqual({ remembered: true });
    expect(await createDeviceSecretStore({ safeStorage: storage, platform: 'linux', file }).recall()).toEqual({ found: true, secret: SECRET });
  });

  it('forgets', async () => {
    const file = memoryFile();
    const store = createDeviceSecretStore({ safeStorage: fakeSafeStorage(null), platform: 'darwin', file });
    await store.remember(SECRET);
    expect(await store.forget()).toEqual({ forgotten: true });
    expect(file.text).toBeNull();
  });
});
