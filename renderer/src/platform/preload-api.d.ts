import type { CareBinderPreloadApi } from '../../../shared/ipc';

/**
 * The preload (electron/preload) exposes its API as window.carebinder; in the web build it
 * is absent. The type lives in shared/ipc so that preload and renderer share one definition.
 */
declare global {
  interface Window {
    carebinder?: CareBinderPreloadApi;
  }
}

export {};
