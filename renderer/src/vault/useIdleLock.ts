import { useEffect } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls onIdle after `minutes` without keyboard, mouse or touch activity. Uses the
 * wall clock on each check so a sleeping computer cannot stretch the limit.
 */
export function useIdleLock(minutes: number, onIdle: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const limit = minutes * 60_000;
    let lastActivity = Date.now();
    const markActive = (): void => {
      lastActivity = Date.now();
    };
    const check = window.setInterval(() => {
      if (Date.now() - lastActivity >= limit) onIdle();
    }, Math.min(15_000, limit / 4));
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, markActive, { passive: true });
    return () => {
      window.clearInterval(check);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, markActive);
    };
  }, [minutes, onIdle, enabled]);
}
