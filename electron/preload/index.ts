/**
 * The preload: runs sandboxed, with context isolation, before the page. It exposes one small
 * named API (window.carebinder) and nothing else — no ipcRenderer, no generic invoke.
 * Bundled to CommonJS with no runtime import but 'electron', as sandboxed preloads require.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_API_KEY } from '../../shared/ipc/preload-api';
import { createPreloadApi } from './api';

contextBridge.exposeInMainWorld(PRELOAD_API_KEY, createPreloadApi(ipcRenderer));
