import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { PROJECT_ROOT } from './env';

/** The Electron binary `npm install` downloads; absent when installed with --ignore-scripts. */
export function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** A one-line reason to skip the desktop tests, or null when they can run. */
export function electronSkipReason(): string | null {
  if (electronBinary() === null) return 'the Electron binary is not installed (npm install without --ignore-scripts downloads it)';
  if (!existsSync(join(PROJECT_ROOT, 'out', 'main', 'index.js'))) return 'the desktop app is not built: run `npm run build` first';
  return null;
}

export interface DesktopSession {
  app: ElectronApplication;
  page: Page;
  /** Every URL the window asked for. */
  requests: string[];
  userData: string;
  close(): Promise<void>;
}

/** Launches the built desktop app with a fresh profile of its own. */
export async function launchDesktopApp(userData = mkdtempSync(join(tmpdir(), 'carebinder-desktop-'))): Promise<DesktopSession> {
  const executablePath = electronBinary();
  if (executablePath === null) throw new Error('Electron binary missing');
  const app = await _electron.launch({
    executablePath,
    args: [join(PROJECT_ROOT, 'out', 'main', 'index.js')],
    env: { ...process.env, CAREBINDER_USER_DATA: userData, LANG: 'en_US.UTF-8' },
  });
  const page = await app.firstWindow();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return {
    app,
    page,
    requests,
    userData,
    close: async () => {
      await app.close();
    },
  };
}

export function removeProfile(userData: string): void {
  rmSync(userData, { recursive: true, force: true });
}
