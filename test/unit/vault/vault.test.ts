import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { PASSPHRASE, testVault } from './helpers';
import { isVaultError, type VaultErrorCode } from '../../../shared/vault/errors';
import { openVaultDatabase } from '../../../shared/vault/database';

async function rejectsWith(promise: Promise<unknown>, code: VaultErrorCode): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isVaultError(error) ? error.code : error).toBe(code);
}

async function snapshot(name: string): Promise<unknown> {
  const db = openVaultDatabase(name);
  const out = { keyring: await db.keyring.toArray(), people: await db.people.toArray() };
  db.close();
  return out;
}

describe('Vault', () => {
  it('is created, locked and unlocked with the passphrase', async () => {
    const vault = testVault();
    expect(await vault.state()).toBe('none');
    const { session, recoveryKey } = await vault.create(PASSPHRASE);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    await session.commit({ put: [{ table: 'people', id: 'p1', value: { name: 'Ada' } }] });
    session.lock();
    expect(await vault.state()).toBe('locked');
    const reopened = await vault.unlock({ kind: 'passphrase', value: PASSPHRASE });
    expect(reopened.get('people', 'p1')).toEqual({ name: 'Ada' });
  });

  it('refuses passphrases shorter than 10 characters', async () => {
    await rejectsWith(testVault().create('short pass'.slice(0, 9)), 'weak-passphrase');
  });

  it('refuses to create a second vault over an existing one', async () => {
    const vault = testVault();
    await vault.create(PASSPHRASE);
    await rejectsWith(vault.create(PASSPHRASE), 'already-created');
  });

  it('never opens with a wrong passphrase and leaves the files unchanged', async () => {
    const name = `wrong-${Date.now()}`;
    const vault = testVault(name);
    const { session } = await vault.create(PASSPHRASE);
    await session.commit({ put: [{ table: 'people', id: 'p1', value: { name: 'Ada' } }] });
    vault.close();
    const before = await snapshot(name);
    const again = testVault(name);
    for (const wrong of ['correct horse battery stapl', 'Correct horse battery staple', '', PASSPHRASE + ' ']) {
      await rejectsWith(again.unlock({ kind: 'passphrase', value: wrong }), 'wrong-passphrase');
    }
    again.close();
    expect(await snapshot(name)).toEqual(before);
  });

  it('opens with the recovery key, forgiving case, spaces and look-alike letters', async () => {
    const vault = testVault();
    const { recoveryKey } = await vault.create(PASSPHRASE);
    const typed = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o')} `;
    const session = await vault.unlock({ kind: 'recovery-key', value: typed });
    expect(session.isLocked).toBe(false);
  });

  it('refuses a wrong or malformed recovery key', async () => {
    const vault = testVault();
    await vault.create(PASSPHRASE);
    await rejectsWith(vault.unlock({ kind: 'recovery-key', value: 'ABCD-EFGH' }), 'malformed-recovery-key');
    await rejectsWith(vault.unlock({ kind: 'recovery-key', value: '0000-0000-0000-0000-0000-0000-0000-0000' }), 'wrong-recovery-key');
  });

  it('changes the passphrase without touching records; the old one stops working', async () => {
    const name = `change-${Date.now()}`;
    const vault = testVault(name);
    const { session, recoveryKey } = await vault.create(PASSPHRASE);
    await session.commit({ put: [{ table: 'people', id: 'p1', value: { name: 'Ada' } }] });
    const peopleBefore = ((await snapshot(name)) as { people: unknown }).people;
    await rejectsWith(vault.changePassphrase({ kind: 'passphrase', value: 'not the passphrase' }, 'a brand new passphrase'), 'wrong-passphrase');
    await vault.changePassphrase({ kind: 'passphrase', value: PASSPHRASE }, 'a brand new passphrase');
    expect(((await snapshot(name)) as { people: unknown }).people).toEqual(peopleBefore);
    await rejectsWith(vault.unlock({ kind: 'passphrase', value: PASSPHRASE }), 'wrong-passphrase');
    expect((await vault.unlock({ kind: 'passphrase', value: 'a brand new passphrase' })).get('people', 'p1')).toEqual({ name: 'Ada' });
    // The recovery key can also reset a forgotten passphrase.
    await vault.changePassphrase({ kind: 'recovery-key', value: recoveryKey }, 'third passphrase here');
    expect((await vault.unlock({ kind: 'passphrase', value: 'third passphrase here' })).isLocked).toBe(false);
  });

  it('lock drops the key: the session can neither read nor write afterwards', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    await session.commit({ put: [{ table: 'people', id: 'p1', value: { name: 'Ada' } }] });
    session.lock();
    expect(session.isLocked).toBe(true);
    expect(() => session.all('people')).toThrowError(expect.objectContaining({ code: 'locked' }) as Error);
    await rejectsWith(session.commit({ put: [{ table: 'people', id: 'p2', value: {} }] }), 'locked');
  });

  it('writes a logical change in one transaction: a failing write leaves nothing behind', async () => {
    const name = `atomic-${Date.now()}`;
    const { session } = await testVault(name).create(PASSPHRASE);
    await session.commit({ put: [{ table: 'people', id: 'p1', value: { name: 'Ada' } }] });
    const before = await snapshot(name);
    // A value that cannot be cloned into memory fails after encryption, mid-change.
    const bad = { put: [{ table: 'people' as const, id: 'p2', value: { name: 'Bob' } }, { table: 'items' as const, id: 'i1', value: 1n }] };
    await expect(session.commit(bad)).rejects.toThrow();
    expect(await snapshot(name)).toEqual(before);
    expect(session.get('people', 'p2')).toBeUndefined();
  });
});

describe('Stored key-derivation parameters', () => {
  async function withStoredKdf(change: Record<string, unknown>): Promise<VaultErrorCode | null> {
    const name = `kdf-${Math.random()}`;
    const vault = testVault(name);
    await vault.create(PASSPHRASE);
    vault.close();
    const db = openVaultDatabase(name);
    const row = await db.keyring.get('passphrase');
    await db.keyring.put({ ...row!, kdf: { ...row!.kdf!, ...change } });
    db.close();
    const again = testVault(name);
    return again.unlock({ kind: 'passphrase', value: PASSPHRASE }).then(
      () => null,
      (e: unknown) => (isVaultError(e) ? e.code : null),
    );
  }

  it.each([
    [{ memoryKiB: 19 * 1024 - 1 }, 'memory below 19 MiB'],
    [{ iterations: 1 }, 't below 2'],
    [{ memoryKiB: 1024 * 1024 + 1 }, 'memory above 1 GiB'],
    [{ salt: new Uint8Array(8) }, 'short salt'],
    [{ algorithm: 'pbkdf2' }, 'another algorithm'],
  ] as [Record<string, unknown>, string][])('refuses %o (%s)', async (change) => {
    expect(await withStoredKdf(change)).toBe('unsafe-kdf-parameters');
  });
});

describe('A vault written by a newer version', () => {
  it('is refused when its database schema is newer, and left exactly as it was', async () => {
    const name = `future-db-${Date.now()}`;
    const future = new Dexie(name);
    future.version(7).stores({ keyring: 'id', people: 'id', items: 'id', settings: 'id', futureTable: 'id' });
    await future.open();
    await future.table('futureTable').put({ id: 'x', version: 9 });
    future.close();
    await rejectsWith(testVault(name).state(), 'newer-version');
    const check = new Dexie(name);
    await check.open();
    expect(check.verno).toBe(7);
    expect(await check.table('futureTable').count()).toBe(1);
    check.close();
  });

  it('is refused when its key ring format is newer', async () => {
    const name = `future-keyring-${Date.now()}`;
    const vault = testVault(name);
    await vault.create(PASSPHRASE);
    vault.close();
    const db = openVaultDatabase(name);
    const row = await db.keyring.get('passphrase');
    await db.keyring.put({ ...row!, version: 2 });
    db.close();
    const again = testVault(name);
    await rejectsWith(again.state(), 'newer-version');
    await rejectsWith(again.unlock({ kind: 'passphrase', value: PASSPHRASE }), 'newer-version');
    const after = openVaultDatabase(name);
    expect((await after.keyring.get('passphrase'))?.version).toBe(2);
    after.close();
  });
});
