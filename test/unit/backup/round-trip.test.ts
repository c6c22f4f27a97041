import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { PASSPHRASE, testVault } from '../vault/helpers';
import { collectContents } from '../../../shared/backup/contents';
import { openBackup, sealBackup } from '../../../shared/backup/seal';
import { restoreIntoNewVault, restoreIntoOpenVault } from '../../../shared/backup/restore';
import { backupFileName, BACKUP_MAGIC, HEADER_BYTES } from '../../../shared/backup/format';
import { isBackupError } from '../../../shared/backup/errors';
import { BACKUP_PASSPHRASE, allRecords, fillBinder, sealOptions } from './helpers';

describe('backup round trip', () => {
  it('export → wipe → restore into a new vault gives back every record, equal', async () => {
    const name = `backup-source-${process.pid}`;
    const sourceVault = testVault(name);
    const { session } = await sourceVault.create(PASSPHRASE);
    await fillBinder(session);
    const before = allRecords(session);
    const options = sealOptions();
    const file = await sealBackup(collectContents(session, { kind: 'full' }), BACKUP_PASSPHRASE, options);
    session.lock();
    sourceVault.close();
    await Dexie.delete(name);

    const contents = await openBackup(file, BACKUP_PASSPHRASE, options);
    const target = testVault(name);
    expect(await target.state()).toBe('none');
    const { session: restored, restored: counts } = await restoreIntoNewVault(target, 'a new passphrase here', contents);
    expect(counts).toEqual({ people: 2, items: 9, settings: 1 });
    expect(allRecords(restored)).toEqual(before);

    // And from disk, through the vault's own unlock, with the passphrase chosen on restore.
    restored.lock();
    const reopened = await target.unlock({ kind: 'passphrase', value: 'a new passphrase here' });
    expect(allRecords(reopened)).toEqual(before);
    expect(reopened.damaged).toEqual([]);
  });

  it('a hand-over carries only the chosen people, all their records, and no settings', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    const { rosa, tomas } = await fillBinder(session);
    const options = sealOptions();
    const file = await sealBackup(collectContents(session, { kind: 'hand-over', personIds: [tomas] }), BACKUP_PASSPHRASE, options);
    const contents = await openBackup(file, BACKUP_PASSPHRASE, options);
    expect(contents.kind).toBe('hand-over');

    const { session: receiver } = await restoreIntoNewVault(testVault(), 'receiver passphrase', contents);
    const source = allRecords(session);
    const forTomas = (rows: [string, unknown][]) => rows.filter(([, value]) => (value as { personId?: string }).personId === tomas);
    expect(allRecords(receiver)).toEqual({
      people: source.people!.filter(([id]) => id === tomas),
      items: forTomas(source.items!),
      settings: [],
    });
    expect(receiver.get('people', rosa)).toBeUndefined();
    // Tomás's item of a kind this version does not know travels too.
    expect(receiver.get('items', 'future-kind-1')).toEqual(session.get('items', 'future-kind-1'));
  });

  it('refuses a hand-over with nobody chosen', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    await fillBinder(session);
    expect(() => collectContents(session, { kind: 'hand-over', personIds: ['nobody'] })).toThrow(expect.objectContaining({ code: 'nothing-chosen' }));
  });

  it('restores additively into an open vault: new records added, present ids skipped and counted, nothing overwritten', async () => {
    const { session: source } = await testVault().create(PASSPHRASE);
    const { tomas } = await fillBinder(source);
    const options = sealOptions();
    const contents = await openBackup(await sealBackup(collectContents(source, { kind: 'full' }), BACKUP_PASSPHRASE, options), BACKUP_PASSPHRASE, options);

    const { session: open } = await testVault().create(PASSPHRASE);
    // This vault already holds Tomás (edited since) and its own preferences.
    await open.commit({
      put: [
        { table: 'people', id: tomas, value: { edited: 'here' } },
        { table: 'settings', id: 'preferences', value: { idleLockMinutes: 3 } },
        { table: 'items', id: 'mine', value: { kind: 'note', id: 'mine' } },
      ],
    });
    const result = await restoreIntoOpenVault(open, contents);
    expect(result).toEqual({ added: { people: 1, items: 9, settings: 0 }, skipped: { people: 1, items: 0, settings: 1 } });
    expect(open.get('people', tomas)).toEqual({ edited: 'here' });
    expect(open.get('settings', 'preferences')).toEqual({ idleLockMinutes: 3 });
    expect(open.get('items', 'mine')).toEqual({ kind: 'note', id: 'mine' });
    for (const [id, value] of allRecords(source).items!) expect(open.get('items', id)).toEqual(value);

    // Restoring the same file again adds nothing.
    const again = await restoreIntoOpenVault(open, contents);
    expect(again.added).toEqual({ people: 0, items: 0, settings: 0 });
    expect(again.skipped).toEqual({ people: 2, items: 9, settings: 1 });
  });

  it('writes a file that says nothing in the clear: no names, no medicines', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    await fillBinder(session);
    const file = await sealBackup(collectContents(session, { kind: 'full' }), BACKUP_PASSPHRASE, sealOptions());
    expect([...file.slice(0, BACKUP_MAGIC.length)]).toEqual([...BACKUP_MAGIC]);
    const asText = new TextDecoder('latin1').decode(file);
    for (const canary of ['Rosa', 'Delgado', 'Metformin', 'Asthma', 'preferences', 'personId']) expect(asText).not.toContain(canary);
    expect(file.length).toBeGreaterThan(HEADER_BYTES);
  });

  it('refuses a passphrase for the backup shorter than the vault’s minimum', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    const error = await sealBackup(collectContents(session, { kind: 'full' }), 'too short', sealOptions()).catch((e: unknown) => e);
    expect(isBackupError(error, 'weak-passphrase')).toBe(true);
  });

  it('names the file by date only', () => {
    expect(backupFileName(new Date(2026, 11, 1))).toBe('carebinder-backup-2026-12-01.carebinder');
    expect(backupFileName(new Date(2026, 0, 9), 'hand-over')).toBe('carebinder-hand-over-2026-01-09.carebinder');
  });
});
