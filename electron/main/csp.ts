/**
 * The Content-Security-Policy sent with every app:// response. It must stay identical to
 * CONTENT_SECURITY_POLICY in vite.renderer.ts (the meta tag of the web build); a unit test
 * compares the two. Defined here rather than imported because vite.renderer.ts pulls in
 * Vite plugins that have no place in the main-process bundle.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
