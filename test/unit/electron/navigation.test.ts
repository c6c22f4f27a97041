import { describe, expect, it, vi } from 'vitest';
import { blockNavigation } from '../../../electron/main/navigation';
import type { NavigableContents } from '../../../electron/main/navigation';

describe('blockNavigation', () => {
  const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
  let openHandler: (() => { action: 'deny' }) | undefined;
  const contents: NavigableContents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  blockNavigation(contents);

  it('prevents every navigation and every <webview>', () => {
    for (const event of ['will-navigate', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      listeners.get(event)?.({ preventDefault });
      expect(preventDefault, event).toHaveBeenCalledOnce();
    }
  });

  it('denies every new window', () => {
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });
});
