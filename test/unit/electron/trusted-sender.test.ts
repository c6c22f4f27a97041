import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/main/trusted-sender';
import type { SenderLike, TrustPolicy } from '../../../electron/main/trusted-sender';

const policy: TrustPolicy = { windowIds: new Set([7]), devServer: null };
const mainFrame = (url: string, id = 7): SenderLike => ({ sender: { id }, senderFrame: { url, parent: null } });

describe('isTrustedSender', () => {
  it('trusts the main frame of our window on app://carebinder', () => {
    expect(isTrustedSender(mainFrame('app://carebinder/index.html'), policy)).toBe(true);
    expect(isTrustedSender(mainFrame('app://carebinder/index.html#/people'), policy)).toBe(true);
  });

  it('refuses windows we did not create', () => {
    expect(isTrustedSender(mainFrame('app://carebinder/index.html', 8), policy)).toBe(false);
  });

  it('refuses subframes, even on our origin', () => {
    const event: SenderLike = { sender: { id: 7 }, senderFrame: { url: 'app://carebinder/preview.html', parent: {} } };
    expect(isTrustedSender(event, policy)).toBe(false);
  });

  it('refuses a missing (destroyed) frame', () => {
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: null }, policy)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'app://evil/index.html',
    'file:///tmp/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,hi',
    '',
  ])('refuses a page on %s', (url) => {
    expect(isTrustedSender(mainFrame(url), policy)).toBe(false);
  });

  it('trusts the dev server only when one is configured', () => {
    const dev: TrustPolicy = { windowIds: new Set([7]), devServer: new URL('http://localhost:5173/') };
    expect(isTrustedSender(mainFrame('http://localhost:5173/'), dev)).toBe(true);
    expect(isTrustedSender(mainFrame('http://localhost:5174/'), dev)).toBe(false);
  });
});
