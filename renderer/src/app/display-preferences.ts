/**
 * Text size and colour theme. Needed before the vault is unlocked (the lock screen uses
 * them), and say nothing about anyone's health, so they live in local storage.
 */
export const TEXT_SIZES = ['standard', 'large', 'extraLarge'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type Theme = (typeof THEMES)[number];
export interface DisplayPreferences {
  textSize: TextSize;
  theme: Theme;
}

const KEY = 'carebinder.display';
const DEFAULTS: DisplayPreferences = { textSize: 'standard', theme: 'system' };

export function readDisplayPreferences(): DisplayPreferences {
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}') as Partial<DisplayPreferences>;
    return {
      textSize: TEXT_SIZES.includes(stored.textSize as TextSize) ? (stored.textSize as TextSize) : DEFAULTS.textSize,
      theme: THEMES.includes(stored.theme as Theme) ? (stored.theme as Theme) : DEFAULTS.theme,
    };
  } catch {
    return DEFAULTS;
  }
}

/** Applies the preferences to the page: attributes on <html> that the stylesheets follow. */
export function applyDisplayPreferences(preferences: DisplayPreferences, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = preferences.textSize;
  root.dataset.theme = preferences.theme;
}

export function saveDisplayPreferences(preferences: DisplayPreferences): void {
  globalThis.localStorage?.setItem(KEY, JSON.stringify(preferences));
  applyDisplayPreferences(preferences);
}
