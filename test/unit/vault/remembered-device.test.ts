import { describe, expect, it, vi } from 'vitest';
import { PASSPHRASE, testVault } from './helpers';
import { isVaultError } from '../../../shared/vault/errors';
import { openVaultDatabase } from '../../../shared/vault/database';
import { openWithRememberedSecret } from '../../../renderer/src/vault/remembered-device';
import type { KeychainRecall, Platform } from '../../../renderer/src/platform/types';

async function errorCode(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (error: unknown) => (isVaultError(error) ? error.code : String(error)),
  );
}

function platformRecalling(recall: KeychainRecall): Platform & { forgotten: () => number } {
  const forget = vi.fn(async () => undefined);
  return {
    kind: 'electron',
    saveFile: async () => ({ saved: false, reason: 'failed' }),
    printPdf: async () => undefined,
    printPage: async () => undefined,
    onLockRequested: () => () => undefined,
    onMenuCommand: () => () => undefined,
    keychain: { isAvailable: async () => true, remember: async () => true, recall: async () => recall, forget },
    forgotten: () => forget.mock.calls.length,
  };
}

describe('a device secret (Remember on this device)', () => {
  it('opens the vault alone, and only while remembered', async () => {
    const vault = testVault();
    (await vault.create(PASSPHRASE)).session.lock();
    expect(await vault.isRemembered()).toBe(false);
    const { session, deviceSecret } = await vault.unlockRemembering({ kind: 'passphrase', value: PASSPHRASE });
    await session.commit({ put: [{ table: 'people', id: 'p1', value: { fullName: 'Ada' } }] });
    session.lock();
    expect(await vault.isRemembered()).toBe(true);

    const reopened = await vault.unlock({ kind: 'device', value: new Uint8Array(deviceSecret) });
    expect(reopened.get('people', 'p1')).toEqual({ fullName: 'Ada' });
    reopened.lock();

    expect(await errorCode(vault.unlock({ kind: 'device', value: new Uint8Array(32) }))).toBe('device-not-remembered');
    await vault.forgetDevice();
    expect(await errorCode(vault.unlock({ kind: 'device', value: new Uint8Array(deviceSecret) }))).toBe('device-not-remembered');
    // The passphrase still opens it: nothing depended on the keychain.
    (await vault.unlock({ kind: 'passphrase', value: PASSPHRASE })).lock();
  });

  it('keeps only a wrapped key in the keyring, never the secret', async () => {
    const name = `device-${Date.now()}`;
    const vault = testVault(name);
    (await vault.create(PASSPHRASE)).session.lock();
    const { session, deviceSecret } = await vault.unlockRemembering({ kind: 'passphrase', value: PASSPHRASE });
    session.lock();
    const db = openVaultDatabase(name);
    const row = await db.keyring.get('device');
    db.close();
    expect(row?.hkdfSalt).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)))).not.toContain(Buffer.from(deviceSecret).toString('hex'));
  });
});

describe('openWithRememberedSecret', () => {
  it('opens at launch with the recalled secret', async () => {
    const vault = testVault();
    (await vault.create(PASSPHRASE)).session.lock();
    const { session, deviceSecret } = await vault.unlockRemembering({ kind: 'passphrase', value: PASSPHRASE });
    session.lock();
    const opened = await openWithRememberedSecret(vault, platformRecalling({ found: true, secret: new Uint8Array(deviceSecret) }));
    expect(opened.session).not.toBeNull();
    expect(opened.keychainChanged).toBe(false);
    opened.session?.lock();
  });

  it('asks for the passphrase, forgetting the device, when the keychain changed — and loses nothing', async () => {
    const vault = testVault();
    (await vault.create(PASSPHRASE)).session.lock();
    const first = await vault.unlockRemembering({ kind: 'passphrase', value: PASSPHRASE });
    await first.session.commit({ put: [{ table: 'people', id: 'p1', value: { fullName: 'Ada' } }] });
    first.session.lock();
    const platform = platformRecalling({ found: false, reason: 'keychain-changed' });
    expect(await openWithRememberedSecret(vault, platform)).toEqual({ session: null, keychainChanged: true });
    expect(await vault.isRemembered()).toBe(false);
    expect(platform.forgotten()).toBe(1);
    const session = await vault.unlock({ kind: 'passphrase', value: PASSPHRASE });
    expect(session.get('people', 'p1')).toEqual({ fullName: 'Ada' });
    session.lock();
  });

  it('treats a secret that no longer opens the vault like a changed keychain', async () => {
    const vault = testVault();
    (await vault.create(PASSPHRASE)).session.lock();
    (await vault.unlockRemembering({ kind: 'passphrase', value: PASSPHRASE })).session.lock();
    const opened = await openWithRememberedSecret(vault, platformRecalling({ found: true, secret: new Uint8Array(32).fill(1) }));
    expect(opened).toEqual({ session: null, keychainChanged: true });
  });

  it('does nothing for a device that was never remembered, or after the one recall of this launch', async () => {
    const vault = testVault();
    (await vault.create(PASSPHRASE)).session.lock();
    expect(await openWithRememberedSecret(vault, platformRecalling({ found: false, reason: 'keychain-changed' }))).toEqual({ session: null, keychainChanged: false });
    (await vault.unlockRemembering({ kind: 'passphrase', value: PASSPHRASE })).session.lock();
    expect(await openWithRememberedSecret(vault, platformRecalling({ found: false, reason: 'none' }))).toEqual({ session: null, keychainChanged: false });
    expect(await vault.isRemembered()).toBe(true);
  });
});
