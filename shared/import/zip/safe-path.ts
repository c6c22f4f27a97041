/**
 * Entry names a zip may not use: they could escape a folder if anyone ever extracted them
 * (`../`, absolute paths, Windows drive letters, backslashes, NUL). We never write entries
 * to disk, but a file that tries this is hostile and is refused whole.
 */
export function unsafePathReason(name: string): string | null {
  if (name.includes('\0')) return 'contains a NUL character';
  if (name.includes('\\')) return 'uses backslashes';
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  if (name.split('/').some((segment) => segment === '..')) return 'climbs out of its folder with ..';
  return null;
}
