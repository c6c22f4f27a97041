import { describe, expect, it, vi } from 'vitest';
import { isExternalLink } from '../../../electron/main/external-links';
import { blockNavigation } from '../../../electron/main/navigation';
import type { NavigableContents } from '../../../electron/main/navigation';

function harden() {
  const listeners = new Map<string, (event: { preventDefault(): void; url: string }) => void>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (event: string, listener: (event: { preventDefault(): void; url: string }) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => {
      openHandler = handler;
    },
  } as NavigableContents;
  const openExternal = vi.fn();
  blockNavigation(contents, openExternal);
  return { listeners, open: (url: string) => openHandler?.({ url }), openExternal };
}

describe('blockNavigation', () => {
  it('prevents every navigation and every <webview>', () => {
    const { listeners } = harden();
    for (const event of ['will-navigate', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault, url: 'https://example.org/' });
      expect(preventDefault, event).toHaveBeenCalledOnce();
    }
  });

  it('denies every new window', () => {
    const { open } = harden();
    expect(open('app://carebinder/index.html')).toEqual({ action: 'deny' });
    expect(open('https://portal.example.org/')).toEqual({ action: 'deny' });
  });

  it('hands phone, e-mail and portal links to the operating system, and nothing else', () => {
    const { listeners, open, openExternal } = harden();
    open('https://portal.example.org/login');
    listeners.get('will-navigate')?.({ preventDefault: () => undefined, url: 'tel:+15551234567' });
    listeners.get('will-navigate')?.({ preventDefault: () => undefined, url: 'mailto:dr@example.org' });
    for (const url of ['http://portal.example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://carebinder/index.html', 'ms-msdt:/id', 'https://user:pw@evil.example/']) {
      open(url);
      listeners.get('will-navigate')?.({ preventDefault: () => undefined, url });
    }
    expect(openExternal.mock.calls).toEqual([['https://portal.example.org/login'], ['tel:+15551234567'], ['mailto:dr@example.org']]);
  });
});

describe('isExternalLink', () => {
  it('accepts only tel:, mailto: and https: with a host', () => {
    expect(isExternalLink('tel:555-1234')).toBe(true);
    expect(isExternalLink('mailto:a@b.example')).toBe(true);
    expect(isExternalLink('https://mychart.example.org/')).toBe(true);
    expect(isExternalLink('not a url')).toBe(false);
    expect(isExternalLink('smb://share/x')).toBe(false);
  });
});
