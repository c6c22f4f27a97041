import { useEffect, useState } from 'react';
import { getPlatform } from '../platform';

/** Whether "Remember on this device" can be offered: the desktop app with a real OS keychain. */
export function useKeychainAvailable(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let current = true;
    void getPlatform()
      .then((platform) => platform.keychain.isAvailable())
      .then((value) => {
        if (current) setAvailable(value);
      });
    return () => {
      current = false;
    };
  }, []);
  return available;
}
