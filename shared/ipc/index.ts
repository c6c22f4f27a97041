/** The IPC contract shared by main, preload and renderer. Pure zod and types. */
export * from './channel-names';
export * from './contract';
export * from './preload-api';
export * from './result';
export * from './schemas';
