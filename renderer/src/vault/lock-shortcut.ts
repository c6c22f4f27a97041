/** Ctrl+Shift+L (⌘⇧L on a Mac) locks from anywhere; Ctrl+L alone belongs to the browser's address bar. */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l';
}

export function lockShortcutLabel(platform: string = globalThis.navigator?.platform ?? ''): string {
  return /mac/i.test(platform) ? '⌘ Shift L' : 'Ctrl+Shift+L';
}

/** The same shortcut in the form aria-keyshortcuts expects. */
export const LOCK_ARIA_SHORTCUT = 'Control+Shift+L Meta+Shift+L';
