const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

interface IdleTimerOptions {
  minutes: number;
  onIdle: () => void;
  /** Where activity is heard: the window in the app. */
  target: EventTarget;
  now?: () => number;
}

/**
 * Calls onIdle once after `minutes` without keyboard, mouse or touch activity. Checks
 * the wall clock rather than trusting one long timeout, so a computer that slept
 * cannot stretch the limit. Returns a function that stops it.
 */
export function startIdleTimer({ minutes, onIdle, target, now = Date.now }: IdleTimerOptions): () => void {
  const limit = minutes * 60_000;
  let lastActivity = now();
  let fired = false;
  const markActive = (): void => {
    lastActivity = now();
  };
  const check = setInterval(() => {
    if (!fired && now() - lastActivity >= limit) {
      fired = true;
      onIdle();
    }
  }, Math.min(15_000, limit / 4));
  for (const name of ACTIVITY_EVENTS) target.addEventListener(name, markActive, { passive: true });
  return () => {
    clearInterval(check);
    for (const name of ACTIVITY_EVENTS) target.removeEventListener(name, markActive);
  };
}
