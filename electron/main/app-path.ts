import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps the path of an app:// URL to a file under rootDir, or null when the path is not
 * acceptable. Refuses anything that could step outside rootDir (encoded '..', backslashes,
 * NUL, absolute or drive paths) instead of trying to clean it up.
 */
export function resolveAppPath(rootDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/')) return null;
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) return null;

  // Empty segments ('//x') and dot segments are refused outright: a URL the renderer
  // builds itself never contains them.
  const relativePath = decoded === '/' ? 'index.html' : decoded.slice(1);
  const segments = relativePath.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;

  const root = resolve(rootDir);
  const candidate = resolve(root, relativePath);
  const fromRoot = relative(root, candidate);
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) {
    return null;
  }
  return candidate;
}
