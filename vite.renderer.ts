import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/content-security-policy';

/** The CSP as a meta tag, in production builds only: the dev server needs inline scripts and a socket. */
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
