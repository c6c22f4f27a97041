import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './env';

/** The flags the architecture fixes for the e2e browser, plus a few that keep it offline and quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--metrics-recording-only',
  // Belt and braces: no host name resolves, so nothing can leave the machine even if a request
  // slipped past the checks. Detection below does not depend on this.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** True when a service worker issued it (dedicated workers' requests are attributed to their page). */
  fromServiceWorker: boolean;
}

export interface ConsoleEntry {
  type: string;
  text: string;
  /** Where it came from: "page" or "worker". */
  source: 'page' | 'worker';
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** The fresh --user-data-dir of this session (the "profile" that gets scanned). */
  userDataDir: string;
  /** The origin of the local test server, e.g. "http://127.0.0.1:41234". */
  allowedOrigin: string;
  /** Every request the pages and workers issued, in order (including blocked ones). */
  requests: RecordedRequest[];
  /** URLs aborted because they were not for the local server. */
  blocked: string[];
  /** Every console message of pages and workers. */
  console: ConsoleEntry[];
  /** Uncaught exceptions and unhandled rejections in the pages. */
  pageErrors: string[];
  /** Requests to anything other than the local server (data: and blob: URLs never leave the page). */
  foreignRequests(): RecordedRequest[];
  /** All console output as one string, for "never contains" checks. */
  consoleText(): string;
  /** Closes the browser (flushing its profile to disk). Safe to call twice. */
  close(): Promise<void>;
  /** Closes the browser and deletes the profile (unless E2E_KEEP_PROFILE is set). */
  dispose(): Promise<void>;
}

const LOCAL_ONLY_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** Chromium's built-in PDF viewer and the resources it is built from: part of the browser, never the network. */
export const PDF_VIEWER_PREFIXES = ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/', 'chrome://resources/'] as const;

/** True when a URL is either for the allowed origin or never touches a network. */
export function isLocalUrl(url: string, allowedOrigin: string): boolean {
  if (PDF_VIEWER_PREFIXES.some((prefix) => url.startsWith(prefix))) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_ONLY_SCHEMES.has(parsed.protocol)) return true;
  return parsed.origin === allowedOrigin;
}

export interface LaunchOptions {
  /** The base URL of the local server; only its origin may be contacted. */
  baseUrl: string;
  /** Locale of the browser (the app's UI language follows it). Default en-US. */
  locale?: string;
}

/**
 * Launches Debian's Chromium headless with a fresh persistent profile, records every request
 * of pages and workers, aborts any that is not for the local server, and captures the console.
 */
export async function launchBrowser({ baseUrl, locale = 'en-US' }: LaunchOptions): Promise<BrowserSession> {
  const allowedOrigin = new URL(baseUrl).origin;
  const userDataDir = await mkdtemp(join(tmpdir(), 'carebinder-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--lang=${locale}`],
    locale,
    baseURL: baseUrl,
    timezoneId: 'UTC',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: false,
    serviceWorkers: 'allow',
  });

  const requests: RecordedRequest[] = [];
  const blocked: string[] = [];
  const consoleEntries: ConsoleEntry[] = [];
  const pageErrors: string[] = [];

  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      fromServiceWorker: request.serviceWorker() !== null,
    });
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url, allowedOrigin)) {
      await route.fallback();
    } else {
      blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });

  // The context's console event covers every page and their dedicated workers.
  context.on('console', (message) => {
    consoleEntries.push({ type: message.type(), text: message.text(), source: message.worker() ? 'worker' : 'page' });
  });
  context.on('weberror', (error) => pageErrors.push(String(error.error()?.stack ?? error.error())));

  const page = context.pages()[0] ?? (await context.newPage());

  let closed: Promise<void> | null = null;
  const close = () => {
    closed ??= context.close().catch(() => undefined);
    return closed;
  };

  return {
    context,
    page,
    userDataDir,
    allowedOrigin,
    requests,
    blocked,
    console: consoleEntries,
    pageErrors,
    foreignRequests: () => requests.filter((r) => !isLocalUrl(r.url, allowedOrigin)),
    consoleText: () => consoleEntries.map((e) => `[${e.source} ${e.type}] ${e.text}`).join('\n'),
    close,
    dispose: async () => {
      await close();
      if (!process.env.E2E_KEEP_PROFILE) {
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      } else {
        console.log(`[e2e] profile kept at ${userDataDir}`);
      }
    },
  };
}

/** Readable summary of requests, for assertion messages. */
export function describeRequests(requests: readonly RecordedRequest[]): string {
  return requests.map((r) => `${r.method} ${r.url} (${r.resourceType}${r.fromServiceWorker ? ', service worker' : ''})`).join('\n');
}
