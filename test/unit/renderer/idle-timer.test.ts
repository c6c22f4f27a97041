import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleTimer } from '../../../renderer/src/vault/idle-timer';

describe('Idle lock timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires once after the default 5 minutes without activity', () => {
    const onIdle = vi.fn();
    const stop = startIdleTimer({ minutes: 5, onIdle, target: new EventTarget() });
    vi.advanceTimersByTime(4 * 60_000 + 59_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(15_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('starts counting again on every key press or pointer move', () => {
    const onIdle = vi.fn();
    const target = new EventTarget();
    const stop = startIdleTimer({ minutes: 1, onIdle, target });
    for (let i = 0; i < 5; i += 1) {
      vi.advanceTimersByTime(50_000);
      target.dispatchEvent(new Event(i % 2 ? 'keydown' : 'pointermove'));
    }
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(75_000); // the limit plus one check interval
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('honours the configured limit (60 minutes) and stops listening when stopped', () => {
    const onIdle = vi.fn();
    const target = new EventTarget();
    const stop = startIdleTimer({ minutes: 60, onIdle, target });
    vi.advanceTimersByTime(59 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    stop();
    vi.advanceTimersByTime(5 * 60_000);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('counts time the computer slept', () => {
    const onIdle = vi.fn();
    let clock = 0;
    const stop = startIdleTimer({ minutes: 5, onIdle, target: new EventTarget(), now: () => clock });
    clock = 10 * 60_000; // woke from sleep: only one interval tick has run
    vi.advanceTimersByTime(15_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    stop();
  });
});
