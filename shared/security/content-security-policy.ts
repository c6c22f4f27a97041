/**
 * The Content-Security-Policy of every page of the app: sent as a response header by the
 * app:// protocol in Electron, and as a meta tag in the web build. No connection to
 * anywhere ('connect-src none'); WebAssembly for the key derivation; nothing inline.
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
