import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../vault/VaultProvider';
import { useKeychainAvailable } from '../../vault/useKeychainAvailable';

/** Desktop with a real keychain only: whether this computer opens CareBinder by itself, and a way to stop it. */
export function RememberDeviceSetting(): ReactNode {
  const { t } = useTranslation('device');
  const { isRemembered, forgetDevice } = useVault();
  const available = useKeychainAvailable();
  const [remembered, setRemembered] = useState<boolean | null>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    let current = true;
    void isRemembered().then((value) => {
      if (current) setRemembered(value);
    });
    return () => {
      current = false;
    };
  }, [isRemembered]);

  if (!available || remembered === null) return null;
  const forget = async (): Promise<void> => {
    await forgetDevice();
    setRemembered(false);
    setDone(true);
  };
  return (
    <section className="card" aria-labelledby="device-heading">
      <h2 id="device-heading">{t('settingTitle')}</h2>
      <p>{remembered ? t('settingRemembered') : t('settingNotRemembered')}</p>
      {remembered ? (
        <button type="button" className="button" onClick={() => void forget()}>
          {t('forget')}
        </button>
      ) : null}
      {done ? <p role="status">{t('forgotten')}</p> : null}
    </section>
  );
}
