import { z } from 'zod';

export const IDLE_LOCK_MINUTES = { min: 1, max: 60, default: 5 } as const;

/** Preferences kept inside the vault (encrypted), in the `settings` table under one id. */
export const preferencesSchema = z.object({
  idleLockMinutes: z
    .number()
    .int({ message: 'settings.idleWhole' })
    .min(IDLE_LOCK_MINUTES.min, { message: 'settings.idleRange' })
    .max(IDLE_LOCK_MINUTES.max, { message: 'settings.idleRange' })
    .default(IDLE_LOCK_MINUTES.default),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const PREFERENCES_ID = 'preferences';
