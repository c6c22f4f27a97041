import { PREFERENCES_ID, preferencesSchema, type Preferences } from '../model/settings';
import type { VaultSession } from '../vault/session';

export function readPreferences(session: VaultSession): Preferences {
  const parsed = preferencesSchema.safeParse(session.get('settings', PREFERENCES_ID) ?? {});
  return parsed.success ? parsed.data : preferencesSchema.parse({});
}

export async function savePreferences(session: VaultSession, change: Partial<Preferences>): Promise<Preferences> {
  const next = preferencesSchema.parse({ ...readPreferences(session), ...change });
  await session.commit({ put: [{ table: 'settings', id: PREFERENCES_ID, value: next }] });
  return next;
}
