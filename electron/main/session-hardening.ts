import { APP_ORIGIN } from './app-origin';
import type { Logger } from './log';
import { denyDevicePermission, denyPermissionCheck, denyPermissionRequest } from './permissions';

interface BeforeRequestDetails {
  url: string;
}

/** The parts of Electron's Session that hardening touches (a fake in tests). */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (permissionGranted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setSpellCheckerEnabled(enable: boolean): void;
  setSpellCheckerDictionaryDownloadURL(url: string): void;
  readonly webRequest: {
    onBeforeRequest(listener: (details: BeforeRequestDetails, callback: (response: { cancel: boolean }) => void) => void): void;
  };
}

/**
 * Replaces Google's dictionary server with a URL on our own origin where no dictionary
 * exists: with the spellchecker off nothing should be fetched, and if anything ever were,
 * it would fail locally instead of reaching the network.
 */
export const INERT_DICTIONARY_URL = `${APP_ORIGIN}/no-spellchecker-dictionaries/`;

/**
 * Applies the session-wide rules: every permission denied, no spellchecker (it would download
 * dictionaries), and every request the policy does not allow cancelled before it starts.
 */
export function hardenSession(
  session: HardenableSession,
  isRequestAllowed: (url: string) => boolean,
  log: Logger,
): void {
  session.setPermissionRequestHandler((webContents, permission, callback) => {
    log.warn('denied a permission request', { permission });
    denyPermissionRequest(webContents, permission, callback);
  });
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);

  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(INERT_DICTIONARY_URL);

  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url);
    // Only the scheme is logged: a URL may carry data.
    if (!allowed) log.warn('cancelled a request', { scheme: schemeOf(details.url) });
    callback({ cancel: !allowed });
  });
}

function schemeOf(url: string): string {
  const colon = url.indexOf(':');
  return colon > 0 && colon < 20 ? url.slice(0, colon) : 'unknown';
}
