import { describe, expect, it, vi } from 'vitest';
import { lockOnPowerEvents, requestLock } from '../../../electron/main/lock-requests';
import type { LockTarget } from '../../../electron/main/lock-requests';

const windowFake = (destroyed = false): LockTarget & { sent: string[] } => {
  const sent: string[] = [];
  return {
    sent,
    isDestroyed: () => destroyed,
    webContents: { send: (channel) => void sent.push(channel), isDestroyed: () => destroyed },
  };
};

describe('requestLock', () => {
  it('sends vault:lock-requested to every live window', () => {
    const open = windowFake();
    const closed = windowFake(true);
    requestLock([open, closed]);
    expect(open.sent).toEqual(['vault:lock-requested']);
    expect(closed.sent).toEqual([]);
  });
});

describe('lockOnPowerEvents', () => {
  it('locks on screen lock and on suspend', () => {
    const listeners = new Map<string, () => void>();
    const lock = vi.fn();
    lockOnPowerEvents({ on: (event, listener) => listeners.set(event, listener) }, lock);
    listeners.get('lock-screen')?.();
    listeners.get('suspend')?.();
    expect(lock).toHaveBeenCalledTimes(2);
  });
});
