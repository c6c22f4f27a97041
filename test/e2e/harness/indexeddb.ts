import type { Page } from 'playwright-core';

/** The database the tests write their plaintext control string into. */
export const CONTROL_DATABASE = 'e2e-control';

/**
 * Writes `text` in clear into a separate IndexedDB database of the page's origin
 * ({ text } in object store "control"), with strict durability. A profile scan must then
 * find it: that proves the scan sees the browser's database files.
 */
export async function writeControlString(page: Page, text: string): Promise<void> {
  await page.evaluate(`(${WRITE_CONTROL_SOURCE})(${JSON.stringify(CONTROL_DATABASE)}, ${JSON.stringify(text)})`);
}

const WRITE_CONTROL_SOURCE = `async (name, value) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('control');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const tx = db.transaction('control', 'readwrite', { durability: 'strict' });
    tx.objectStore('control').put({ text: value }, 'control');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}`;

export interface DatabaseDump {
  name: string;
  version: number;
  stores: Array<{
    name: string;
    keyPath: string | string[] | null;
    indexes: Array<{ name: string; keyPath: string | string[] }>;
    /** Keys and values, with binary data replaced by "<N bytes>". */
    rows: Array<{ key: unknown; value: unknown }>;
  }>;
}

/**
 * Reads every IndexedDB database of the page's origin (except the control database) as
 * plain JSON: names, key paths, index names, keys and values. Binary data (ciphertext) is
 * summarised, so what is left is exactly what is stored in clear.
 */
export async function dumpIndexedDb(page: Page): Promise<DatabaseDump[]> {
  // Plain JavaScript source, so no transpiler helper (e.g. esbuild's __name) leaks into the page.
  return page.evaluate(`(${DUMP_SOURCE})(${JSON.stringify(CONTROL_DATABASE)})`) as Promise<DatabaseDump[]>;
}

const DUMP_SOURCE = `async (skip) => {
  const plain = (value) => {
    if (value instanceof ArrayBuffer) return '<' + value.byteLength + ' bytes>';
    if (ArrayBuffer.isView(value)) return '<' + value.byteLength + ' bytes>';
    if (value instanceof Blob) return '<blob ' + value.size + ' bytes>';
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map(plain);
    if (value instanceof Map) return [...value.entries()].map(([k, v]) => [plain(k), plain(v)]);
    if (value instanceof Set) return [...value].map(plain);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    }
    return value;
  };
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const dumps = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name || info.name === skip) continue;
    const db = await request(indexedDB.open(info.name));
    const stores = [];
    for (const storeName of Array.from(db.objectStoreNames)) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      stores.push({
        name: storeName,
        keyPath: store.keyPath,
        indexes: Array.from(store.indexNames).map((n) => ({ name: n, keyPath: store.index(n).keyPath })),
        rows: keys.map((key, i) => ({ key: plain(key), value: plain(values[i]) })),
      });
    }
    dumps.push({ name: info.name, version: db.version, stores });
    db.close();
  }
  return dumps;
}`;
