import { z } from 'zod';

/** Where the window was and how big: no health data, kept in the app's own folder. */
export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 } as const;
export const MINIMUM_SIZE = { width: 480, height: 400 } as const;

/** A remembered state file that is missing, unreadable or of another shape counts as none. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The bounds to open the window with. A window remembered on a screen that is gone (a laptop
 * unplugged from its monitor) would open out of sight: it opens centred instead (no x/y). The
 * size never exceeds the screen it lands on and never drops below the minimum.
 */
export function boundsToOpen(state: WindowState | null, workAreas: readonly Rectangle[]): Partial<Rectangle> & { width: number; height: number } {
  if (state === null) return { ...DEFAULT_SIZE };
  const best = workAreas.reduce<{ area: Rectangle; shared: number } | null>((found, area) => {
    const shared = overlap(state, area);
    return shared > (found?.shared ?? 0) ? { area, shared } : found;
  }, null);
  const screen = best?.area ?? workAreas[0];
  const clamp = (value: number, min: number, max: number | undefined): number => Math.max(min, max === undefined ? value : Math.min(value, max));
  const width = clamp(state.width, MINIMUM_SIZE.width, screen?.width);
  const height = clamp(state.height, MINIMUM_SIZE.height, screen?.height);
  // At least a quarter of the window must be on a screen for the remembered place to be used.
  const onScreen = screen === undefined ? 0 : overlap({ x: state.x, y: state.y, width, height }, screen);
  if (best === null || onScreen < (width * height) / 4) return { width, height };
  return { x: state.x, y: state.y, width, height };
}
