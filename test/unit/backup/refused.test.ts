import { beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, testVault } from '../vault/helpers';
import { collectContents } from '../../../shared/backup/contents';
import { openBackup, sealBackup } from '../../../shared/backup/seal';
import { restoreIntoOpenVault } from '../../../shared/backup/restore';
import { BACKUP_FORMAT_VERSION, HEADER_BYTES, SNIFF_BYTES, sniffBackup } from '../../../shared/backup/format';
import { isBackupError, type BackupErrorCode } from '../../../shared/backup/errors';
import { openVaultDatabase } from '../../../shared/vault/database';
import type { VaultSession } from '../../../shared/vault/session';
import { BACKUP_PASSPHRASE, TEST_KDF, allRecords, cachedDerive, fillBinder } from './helpers';

const derive = cachedDerive();
const options = { deriveKeyBytes: derive, kdf: TEST_KDF };
let file: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  const { session } = await testVault().create(PASSPHRASE);
  await fillBinder(session);
  file = await sealBackup(collectContents(session, { kind: 'full' }), BACKUP_PASSPHRASE, options);
});

async function refusal(bytes: Uint8Array, passphrase = BACKUP_PASSPHRASE): Promise<BackupErrorCode | 'opened' | string> {
  try {
    await openBackup(bytes, passphrase, options);
    return 'opened';
  } catch (error) {
    return isBackupError(error) ? error.code : `unexpected: ${String(error)}`;
  }
}

function flipped(index: number, bit: number): Uint8Array<ArrayBuffer> {
  const copy = file.slice();
  copy[index]! ^= 1 << bit;
  return copy;
}

/** Big-endian write into a copy of the file: a header crafted by hand, as an attacker would. */
function withHeader(edit: (view: DataView) => void): Uint8Array<ArrayBuffer> {
  const copy = file.slice();
  edit(new DataView(copy.buffer));
  return copy;
}

describe('a backup that must not open', () => {
  it('opens untouched (the baseline for everything below)', async () => {
    expect(await refusal(file)).toBe('opened');
  });

  it('refuses a wrong passphrase, and an empty one', async () => {
    expect(await refusal(file, 'blue kettle on the windowsil')).toBe('wrong-passphrase');
    expect(await refusal(file, 'Blue kettle on the windowsill')).toBe('wrong-passphrase');
    expect(await refusal(file, '')).toBe('wrong-passphrase');
  });

  it('refuses every truncation: header cut anywhere, body cut short', async () => {
    const lengths = [0, 1, 15, 16, 17, 18, 40, HEADER_BYTES - 1, HEADER_BYTES, HEADER_BYTES + 15, HEADER_BYTES + 16, file.length - 17, file.length - 1];
    for (const length of lengths) {
      const code = await refusal(file.slice(0, length));
      expect([length, code]).toEqual([length, length < 16 ? 'not-a-backup' : 'damaged']);
    }
  });

  it('refuses a bit flipped in any byte of the header', async () => {
    for (let index = 0; index < HEADER_BYTES; index += 1) {
      for (const bit of [index % 8]) {
        const code = await refusal(flipped(index, bit));
        expect(code, `byte ${index} bit ${bit}`).toMatch(/^(not-a-backup|newer-version|damaged|wrong-passphrase|unsafe-kdf-parameters)$/);
      }
    }
  }, 120_000);

  it('refuses a bit flipped in the body (every byte of its first and last 64, and a sample between)', async () => {
    const body = file.length - HEADER_BYTES;
    const indexes = new Set<number>();
    for (let i = 0; i < Math.min(64, body); i += 1) indexes.add(HEADER_BYTES + i).add(file.length - 1 - i);
    for (let i = HEADER_BYTES; i < file.length; i += 37) indexes.add(i);
    for (const index of indexes) expect([index, await refusal(flipped(index, index % 8))]).toEqual([index, 'damaged']);
  }, 120_000);

  it('tells from the first bytes alone whether a file is a backup this version reads', () => {
    expect(sniffBackup(file.slice(0, SNIFF_BYTES))).toBe(BACKUP_FORMAT_VERSION);
    expect(() => sniffBackup(new TextEncoder().encode('%PDF-1.7 and much more after it'))).toThrow(expect.objectContaining({ code: 'not-a-backup' }));
    expect(() => sniffBackup(withHeader((view) => view.setUint16(16, 7)).slice(0, SNIFF_BYTES))).toThrow(expect.objectContaining({ code: 'newer-version' }));
  });

  it('refuses junk and other files that are not backups', async () => {
    expect(await refusal(new TextEncoder().encode('<?xml version="1.0"?><ClinicalDocument/>'))).toBe('not-a-backup');
    expect(await refusal(new Uint8Array(4096))).toBe('not-a-backup');
  });

  it('refuses a backup from a newer format version with its own message, before any key derivation', async () => {
    const calls = derive.calls();
    const newer = withHeader((view) => view.setUint16(16, BACKUP_FORMAT_VERSION + 1));
    expect(await refusal(newer)).toBe('newer-version');
    expect(await refusal(withHeader((view) => view.setUint16(16, 0xffff)))).toBe('newer-version');
    expect(derive.calls()).toBe(calls);
  });

  it.each([
    ['memory below 19 MiB', (v: DataView) => v.setUint32(19, 19 * 1024 - 1)],
    ['memory above 1 GiB', (v: DataView) => v.setUint32(19, 1024 * 1024 + 1)],
    ['one iteration', (v: DataView) => v.setUint32(23, 1)],
    ['a million iterations', (v: DataView) => v.setUint32(23, 1_000_000)],
    ['parallelism 0', (v: DataView) => v.setUint8(27, 0)],
    ['parallelism 200', (v: DataView) => v.setUint8(27, 200)],
  ])('refuses weak or absurd key derivation settings (%s) without deriving', async (_label, edit) => {
    const calls = derive.calls();
    expect(await refusal(withHeader(edit))).toBe('unsafe-kdf-parameters');
    expect(derive.calls()).toBe(calls);
  });

  it('refuses an unknown key derivation algorithm', async () => {
    expect(await refusal(withHeader((view) => view.setUint8(18, 2)))).toBe('damaged');
  });
});

describe('the open vault when a restore is refused', () => {
  async function rawRows(name: string): Promise<unknown> {
    const db = openVaultDatabase(name);
    const rows = { keyring: await db.keyring.toArray(), people: await db.people.toArray(), items: await db.items.toArray(), settings: await db.settings.toArray() };
    db.close();
    return rows;
  }

  async function tryRestore(session: VaultSession, bytes: Uint8Array, passphrase: string): Promise<void> {
    const error = await openBackup(bytes, passphrase, options)
      .then((contents) => restoreIntoOpenVault(session, contents))
      .then(() => null, (e: unknown) => e);
    expect(isBackupError(error)).toBe(true);
  }

  it('is untouched, on disk and in memory, by a wrong passphrase, a truncated, flipped or newer file', async () => {
    const name = `backup-open-${process.pid}`;
    const { session } = await testVault(name).create(PASSPHRASE);
    await session.commit({ put: [{ table: 'people', id: 'own', value: { fullName: 'Own person' } }] });
    const onDisk = await rawRows(name);
    const inMemory = allRecords(session);
    const revision = session.revision;

    await tryRestore(session, file, 'not the right passphrase');
    await tryRestore(session, file.slice(0, file.length - 5), BACKUP_PASSPHRASE);
    await tryRestore(session, flipped(HEADER_BYTES + 100, 3), BACKUP_PASSPHRASE);
    await tryRestore(session, flipped(105, 0), BACKUP_PASSPHRASE);
    await tryRestore(session, withHeader((view) => view.setUint16(16, 2)), BACKUP_PASSPHRASE);

    expect(await rawRows(name)).toEqual(onDisk);
    expect(allRecords(session)).toEqual(inMemory);
    expect(session.revision).toBe(revision);
  });
});
