import { isVaultError } from '../../../shared/vault/errors';
import type { VaultSession } from '../../../shared/vault/session';
import type { Vault } from '../../../shared/vault/vault';
import type { Platform } from '../platform/types';

/**
 * At launch, a device the person chose to remember opens without the passphrase. When the
 * keychain changed (another desktop session, the secret service gone) or no longer opens the
 * vault, the remembered wrapping is dropped and the person types the passphrase — the records
 * themselves never depend on the keychain, so nothing is lost.
 */
export async function openWithRememberedSecret(
  vault: Vault,
  platform: Platform,
): Promise<{ session: VaultSession | null; keychainChanged: boolean }> {
  if (!(await vault.isRemembered())) return { session: null, keychainChanged: false };
  const recalled = await platform.keychain.recall();
  if (recalled.found) {
    try {
      const session = await vault.unlock({ kind: 'device', value: recalled.secret });
      return { session, keychainChanged: false };
    } catch (error) {
      if (!isVaultError(error, 'device-not-remembered')) throw error;
    } finally {
      recalled.secret.fill(0);
    }
  } else if (recalled.reason === 'none') {
    // Already used this launch (the vault was locked since): the passphrase is needed.
    return { session: null, keychainChanged: false };
  }
  await vault.forgetDevice();
  await platform.keychain.forget();
  return { session: null, keychainChanged: true };
}
