import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/channel-names';
import { getPlatform } from '../platform';

/** Where each File menu command takes the user (backups live in Settings). */
const COMMAND_HASH: Record<MenuCommand, string> = {
  import: '#/import',
  print: '#/print',
  exportBackup: '#/settings',
  restoreBackup: '#/settings',
};

/** Carries out the desktop File menu's commands while the vault is open. */
export function useMenuCommands(): void {
  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    void getPlatform().then((platform) => {
      if (cancelled) return;
      unsubscribe = platform.onMenuCommand((command) => {
        window.location.hash = COMMAND_HASH[command];
      });
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, []);
}
