// The end-to-end test harness: local server, browser with request/console recording,
// axe checks, IndexedDB helpers and the profile scanner.
import { randomBytes } from 'node:crypto';

export * from './app';
export * from './axe';
export * from './browser';
export * from './env';
export * from './indexeddb';
export * from './profile-scan';
export * from './server';

/** `bytes` random bytes as lowercase hex (2 characters per byte). */
export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}
export * from './suite';
export * from './walk-screens';
export * from './fill-binder';
