import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Debian's Chromium; CI installs it (`.ci/run`). Never Playwright's downloaded browsers. */
export const CHROMIUM_PATH = process.env.CAREBINDER_CHROMIUM ?? '/usr/bin/chromium';

/** The repository root (test/e2e/harness → ../../..). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Where `npm run build:web` writes the static app (CAREBINDER_WEB_BUILD points the tests at another build). */
export const WEB_BUILD_DIR = webBuildDir(process.env.CAREBINDER_WEB_BUILD ?? 'out/web');

/**
 * `vite build --outDir X` resolves X against the renderer folder (Vite's root), so a build made
 * that way is looked for there too.
 */
function webBuildDir(path: string): string {
  const fromRoot = resolve(PROJECT_ROOT, path);
  const fromRenderer = resolve(PROJECT_ROOT, 'renderer', path);
  return existsSync(fromRoot) || !existsSync(fromRenderer) ? fromRoot : fromRenderer;
}

const isCI = /^(1|true|yes)$/i.test(process.env.CI ?? '');

/**
 * A one-line reason to skip the browser tests, or null when they can run.
 * In CI a missing Chromium is an error, not a skip: CI always installs it.
 */
export function chromiumSkipReason(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  const reason = `${CHROMIUM_PATH} not found: install Debian's chromium (apt-get install chromium) to run the browser tests`;
  if (isCI) throw new Error(`CI=true but ${reason}`);
  return reason;
}
