import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../../electron/main/log';
import { denyDevicePermission, denyPermissionCheck, denyPermissionRequest } from '../../../electron/main/permissions';
import { hardenSession, INERT_DICTIONARY_URL } from '../../../electron/main/session-hardening';
import type { HardenableSession } from '../../../electron/main/session-hardening';

type Handlers = {
  request?: Parameters<HardenableSession['setPermissionRequestHandler']>[0];
  check?: () => boolean;
  device?: () => boolean;
  beforeRequest?: Parameters<HardenableSession['webRequest']['onBeforeRequest']>[0];
};

function fakeSession() {
  const handlers: Handlers = {};
  const session = {
    setPermissionRequestHandler: vi.fn((h: Handlers['request']) => void (handlers.request = h)),
    setPermissionCheckHandler: vi.fn((h: () => boolean) => void (handlers.check = h)),
    setDevicePermissionHandler: vi.fn((h: () => boolean) => void (handlers.device = h)),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn((l: Handlers['beforeRequest']) => void (handlers.beforeRequest = l)) },
  } satisfies HardenableSession;
  return { session, handlers };
}

const silent = createLogger('test', { info: () => undefined, warn: () => undefined, error: () => undefined });

describe('permission handlers', () => {
  it('deny every request and every check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(denyPermissionCheck()).toBe(false);
    expect(denyDevicePermission()).toBe(false);
  });
});

describe('hardenSession', () => {
  const { session, handlers } = fakeSession();
  hardenSession(session, (url) => url.startsWith('app://carebinder/'), silent);

  it('installs handlers that deny permissions', () => {
    const callback = vi.fn();
    handlers.request?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(handlers.check?.()).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });

  it('turns the spellchecker off and points its downloads at nothing', () => {
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(INERT_DICTIONARY_URL);
    expect(INERT_DICTIONARY_URL.startsWith('app://')).toBe(true);
  });

  it('cancels requests the policy refuses and lets the others through', () => {
    const callback = vi.fn();
    handlers.beforeRequest?.({ url: 'https://example.com/' }, callback);
    handlers.beforeRequest?.({ url: 'app://carebinder/index.html' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });

  it('logs the scheme of a cancelled request, never the URL', () => {
    const lines: string[] = [];
    const log = createLogger('test', { info: () => undefined, warn: (l) => lines.push(l), error: () => undefined });
    const fake = fakeSession();
    hardenSession(fake.session, () => false, log);
    fake.handlers.beforeRequest?.({ url: 'https://example.com/?name=Ada%20Lovelace' }, () => undefined);
    expect(lines.join('\n')).toContain('https');
    expect(lines.join('\n')).not.toContain('example.com');
    expect(lines.join('\n')).not.toContain('Ada');
  });
});
