/**
 * A file dropped on the window (or opened from the File menu) waiting for the import screen.
 * Held in memory only, taken once: the import screen takes it when it opens.
 */
let pending: File | null = null;

export function setDroppedFile(file: File): void {
  pending = file;
}

export function takeDroppedFile(): File | null {
  const file = pending;
  pending = null;
  return file;
}
