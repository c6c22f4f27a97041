import { createWebPlatform } from './web';
import type { Platform } from './types';

let platform: Platform | null = null;

/** The Electron bridge when the preload exposed it, the web one otherwise. */
export async function getPlatform(): Promise<Platform> {
  if (platform) return platform;
  const preloadApi = window.carebinder;
  if (preloadApi) {
    const { createElectronPlatform } = await import('./electron');
    platform = createElectronPlatform(preloadApi);
  } else {
    platform = createWebPlatform();
  }
  return platform;
}

export type { Platform, PrintPdfRequest, SaveFileRequest, SaveFileResult } from './types';
