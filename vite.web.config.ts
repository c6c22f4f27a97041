import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer';

/** The static browser build: `out/web/index.html` plus assets, servable from any local origin. */
export default defineConfig(rendererConfig(resolve(import.meta.dirname, 'out/web')));
