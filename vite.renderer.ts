import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

/**
 * The Content-Security-Policy of every page of the app. Electron also sends it as a
 * response header from the app:// protocol; the meta tag covers the web build.
 * Only added to production builds: the dev server needs inline scripts and a socket.
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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'carebinder-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Settings shared by the Electron renderer build and the static web build. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: 'renderer',
    base: './',
    publicDir: false,
    plugins: [react(), contentSecurityPolicy()],
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Keep wasm and fonts as files: inline data: URLs would need a looser CSP.
      assetsInlineLimit: 0,
      // A desktop app loads from disk; the main chunk (React, zod, Dexie) is expected to be this size.
      chunkSizeWarningLimit: 800,
    },
  };
}
