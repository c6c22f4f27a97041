import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { getPlatform } from '../../platform';
import { useVault } from '../../vault/VaultProvider';
import { RECOVERY_KEY_FILE_NAME, recoveryKeyFileText } from './recovery-key-file';

/** Shown once, right after the vault is created: the key that opens it if the passphrase is lost. */
export function RecoveryKeyScreen({ recoveryKey }: { recoveryKey: string }): ReactNode {
  const { t, i18n } = useTranslation();
  const { enter } = useVault();
  const [saved, setSaved] = useState<boolean | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const save = async (): Promise<void> => {
    const platform = await getPlatform();
    const result = await platform.saveFile({
      suggestedName: RECOVERY_KEY_FILE_NAME,
      data: recoveryKeyFileText(t, recoveryKey, new Date(), i18n.language),
      mimeType: 'text/plain',
    });
    setSaved(result.saved);
  };

  return (
    <main id="main" className="narrow recovery">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      <p className="lead">{t('recovery.intro')}</p>
      <p>{t('recovery.keep')}</p>
      <figure className="recovery-key">
        <figcaption>{t('recovery.keyLabel')}</figcaption>
        <output className="recovery-key-value" aria-label={t('recovery.keyLabel')}>
          {recoveryKey.split('-').map((group, index) => (
            // Two rows of four groups: read back in the same chunks it is typed. The spaces keep
            // copied text readable; typing it back accepts spaces or dashes.
            <span key={index} className="recovery-key-group">
              {group}{' '}
            </span>
          ))}
        </output>
      </figure>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => void getPlatform().then((p) => p.printPage())}>
          {t('recovery.print')}
        </button>
        <button type="button" className="button" onClick={() => void save()}>
          {t('recovery.save')}
        </button>
      </div>
      {saved === true ? <Alert tone="success">{t('recovery.saved')}</Alert> : null}
      {saved === false ? <Alert>{t('recovery.notSaved')}</Alert> : null}
      <div className="actions no-print">
        <button type="button" className="button button-primary" onClick={enter}>
          {t('recovery.continue')}
        </button>
      </div>
    </main>
  );
}
