// Shared set-up of an end-to-end test file: one local server for the file, one fresh browser
// per test, both closed afterwards, and the visible page printed when a test fails.
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { describePage } from './app';
import { launchBrowser, type BrowserSession, type LaunchOptions } from './browser';
import { startWebServer, type WebServer } from './server';

export interface BrowserSuite {
  readonly server: WebServer;
  /** A fresh browser profile on the local server; closed after the file's tests. */
  launch(options?: Omit<LaunchOptions, 'baseUrl'>): Promise<BrowserSession>;
}

/** Call inside a describe block. */
export function browserSuite(): BrowserSuite {
  let server: WebServer | undefined;
  const sessions: BrowserSession[] = [];
  beforeAll(async () => {
    server = await startWebServer();
  });
  afterAll(async () => {
    for (const session of sessions) await session.dispose();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the web server has not started');
      return server;
    },
    async launch(options = {}) {
      if (!server) throw new Error('the web server has not started');
      const session = await launchBrowser({ ...options, baseUrl: server.url });
      sessions.push(session);
      session.page.setDefaultTimeout(30_000);
      onTestFailed(async () => {
        console.error(`[e2e] page at failure:\n${await describePage(session.page)}`);
      });
      return session;
    },
  };
}
