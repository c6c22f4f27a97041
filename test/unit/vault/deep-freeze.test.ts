import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../shared/util/deep-freeze';
import { openVaultDatabase } from '../../../shared/vault/database';
import { VaultSession } from '../../../shared/vault/session';

describe('handing values over to the session', () => {
  it('freezes every level, so a later change throws instead of drifting from the vault', () => {
    const value = deepFreeze({ a: { b: [{ c: 1 }] }, d: 'x' });
    expect(() => {
      (value.a.b[0] as { c: number }).c = 2;
    }).toThrow(TypeError);
    expect(() => value.a.b.push({ c: 3 })).toThrow(TypeError);
  });

  it('keeps handed-over values as given and writes what a reopen reads back', async () => {
    const db = openVaultDatabase(`hand-over-${process.pid}`);
    const key = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const session = await VaultSession.open(db, key);
    const item = { kind: 'task', id: 't1', personId: 'p1', title: 'Call the pharmacy', codes: { other: [{ code: '1' }] } };
    await session.commit({ put: [{ table: 'items', id: 't1', value: item }], handOver: true });
    expect(session.get('items', 't1')).toBe(item);
    expect(Object.isFrozen(item.codes.other[0])).toBe(true);
    expect((await VaultSession.open(db, key)).get('items', 't1')).toEqual(item);
  });

  it('copies values that are not handed over', async () => {
    const db = openVaultDatabase(`copy-${process.pid}`);
    const key = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const session = await VaultSession.open(db, key);
    const item = { kind: 'task', id: 't1', personId: 'p1', title: 'Call the pharmacy' };
    await session.commit({ put: [{ table: 'items', id: 't1', value: item }] });
    item.title = 'changed afterwards';
    expect(session.get('items', 't1')).toMatchObject({ title: 'Call the pharmacy' });
  });
});
