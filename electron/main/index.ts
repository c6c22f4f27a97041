/**
 * Main-process wiring only: every decision lives in a small module next to this file
 * (tested in plain Node); here they are connected to Electron. No network module, no crash
 * reporter, no auto-updater is ever imported (SECURITY.md #15, #16).
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_DEFINITION } from './app-origin';
import { createAppProtocolHandler } from './app-protocol-handler';
import { writeFileAtomic } from './atomic-write';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { resolveDevServerUrl } from './dev-server';
import { createDeviceSecretStore } from './device-secret-store';
import type { IpcRoutes } from './ipc-routes';
import { registerIpcRoutes } from './ipc-routes';
import { lockOnPowerEvents, requestLock, sendMenuCommand } from './lock-requests';
import { createLogger, errorCode } from './log';
import { buildMenuTemplate } from './menu';
import { menuLabelsFor } from './menu-labels';
import { blockNavigation } from './navigation';
import { printPage } from './print-page';
import { isRequestAllowed } from './request-filter';
import { saveFile } from './save-file';
import { hardenSession } from './session-hardening';
import { isTrustedSender } from './trusted-sender';
import { createMainWindow } from './window';
import { boundsToOpen, parseWindowState, type WindowState } from './window-state';

const log = createLogger('main');

// Tests of the unpackaged app run with a profile of their own; a packaged app always uses the OS's place.
if (!app.isPackaged && process.env.CAREBINDER_USER_DATA) app.setPath('userData', process.env.CAREBINDER_USER_DATA);

// Both must happen before 'ready'.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);

/** Where electron-vite puts the renderer and the preload, relative to out/main. */
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

const devServer = resolveDevServerUrl(process.env, app.isPackaged);
const allowDevTools = !app.isPackaged;
const windows = new Set<BrowserWindow>();
const windowIds = new Set<number>();

const windowStatePath = (): string => join(app.getPath('userData'), 'window-state.json');

async function rememberedWindowState(): Promise<WindowState | null> {
  return parseWindowState(await fs.readFile(windowStatePath(), 'utf8').catch(() => null));
}

function rememberWindowState(window: BrowserWindow): void {
  const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
  writeFileAtomic(fs, windowStatePath(), JSON.stringify(state), { randomId: randomUUID }).catch((error: unknown) => {
    log.warn('remembering the window size failed', { code: errorCode(error) });
  });
}

async function openMainWindow(): Promise<void> {
  const state = await rememberedWindowState();
  const bounds = boundsToOpen(state, screen.getAllDisplays().map((display) => display.workArea));
  const window = createMainWindow(BrowserWindow, { preloadPath: PRELOAD_PATH, allowDevTools, bounds });
  if (state?.maximized) window.maximize();
  window.on('close', () => rememberWindowState(window));
  const id = window.webContents.id;
  windows.add(window);
  windowIds.add(id);
  window.on('closed', () => {
    windows.delete(window);
    windowIds.delete(id);
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(devServer === null ? APP_ENTRY_URL : devServer.href).catch((error: unknown) => {
    log.error('loading the app failed', { code: errorCode(error) });
  });
}

const deviceSecretPath = (): string => join(app.getPath('userData'), 'device-secret.json');
const deviceSecrets = createDeviceSecretStore({
  safeStorage,
  platform: process.platform,
  file: {
    read: () => fs.readFile(deviceSecretPath(), 'utf8').catch(() => null),
    write: (text) => writeFileAtomic(fs, deviceSecretPath(), text, { randomId: randomUUID }),
    remove: () => fs.rm(deviceSecretPath(), { force: true }),
  },
});

const ipcRoutes: IpcRoutes<IpcMainInvokeEvent> = {
  'file:save': (input, event) =>
    saveFile(input, {
      showSaveDialog: (options) => {
        const parent = BrowserWindow.fromWebContents(event.sender);
        return parent === null ? dialog.showSaveDialog(options) : dialog.showSaveDialog(parent, options);
      },
      writeFile: (path, data) => writeFileAtomic(fs, path, data, { randomId: randomUUID }),
      defaultDirectory: app.getPath('documents'),
      log,
    }),
  'window:print': (_input, event) => printPage(event.sender),
  'keychain:status': () => deviceSecrets.status(),
  'keychain:remember': (input) => deviceSecrets.remember(input.secret),
  'keychain:recall': () => deviceSecrets.recall(),
  'keychain:forget': () => deviceSecrets.forget(),
};

async function onReady(): Promise<void> {
  hardenSession(
    session.defaultSession,
    (url) => isRequestAllowed(url, { devServer, allowDevTools }),
    log,
  );
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      rootDir: RENDERER_DIR,
      readFile: (path) => fs.readFile(path),
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    }),
  );
  registerIpcRoutes(ipcMain, ipcRoutes, (event) => isTrustedSender(event, { windowIds, devServer }), log);

  const lock = (): void => requestLock(windows);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isPackaged: app.isPackaged,
        labels: menuLabelsFor(app.getPreferredSystemLanguages()),
        onLock: lock,
        onCommand: (command) => sendMenuCommand(command, BrowserWindow.getFocusedWindow(), windows),
      }),
    ),
  );
  lockOnPowerEvents(powerMonitor, lock);
  await openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would share (and race on) one vault.
  app.quit();
} else {
  // Before any window exists, so that no webContents escapes the rules.
  app.on('web-contents-created', (_event, contents) =>
    blockNavigation(contents, (url) => {
      // Only tel:, mailto: and https: links reach here (isExternalLink), from the person's click.
      shell.openExternal(url).catch((error: unknown) => log.warn('opening a link failed', { code: errorCode(error) })); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    }),
  );
  app.on('second-instance', () => {
    const [window] = windows;
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // Closing the window ends the app on every platform, macOS included: nothing of an
  // unlocked vault should linger in a process without a window.
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(onReady).catch((error: unknown) => {
    log.error('start-up failed', { code: errorCode(error) });
    app.quit();
  });
}
