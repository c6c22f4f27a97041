import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { useVault } from '../../vault/VaultProvider';
import { useKeychainAvailable } from '../../vault/useKeychainAvailable';
import { errorMessage } from '../../vault/error-message';

/** The locked screen: the passphrase, or the recovery key when it is forgotten. */
export function UnlockScreen({ idleMinutes, keychainChanged }: { idleMinutes?: number | undefined; keychainChanged: boolean }): ReactNode {
  const { t } = useTranslation();
  const { t: td } = useTranslation('device');
  const keychainAvailable = useKeychainAvailable();
  const [remember, setRemember] = useState(false);
  const { unlock } = useVault();
  const [mode, setMode] = useState<'passphrase' | 'recovery-key'>('passphrase');
  const [value, setValue] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), [mode]);

  const onSubmit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    if (value === '') {
      setFailure(t('passphrase.errors.required'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await unlock({ kind: mode, value }, { remember: remember && mode === 'passphrase' });
    } catch (error) {
      setFailure(errorMessage(t, error));
      setBusy(false);
      inputRef.current?.select();
    }
  };

  const switchMode = (): void => {
    setMode(mode === 'passphrase' ? 'recovery-key' : 'passphrase');
    setValue('');
    setFailure(null);
  };

  const isPassphrase = mode === 'passphrase';
  return (
    <main id="main" className="narrow">
      <h1>{t('unlock.title')}</h1>
      {idleMinutes ? <p className="note">{t('unlock.lockedAfterIdle', { count: idleMinutes })}</p> : null}
      {keychainChanged ? <p className="note">{td('keychainChanged')}</p> : null}
      <p className="lead">{t('unlock.intro')}</p>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Field
          label={isPassphrase ? t('passphrase.label') : t('unlock.recoveryKeyLabel')}
          help={isPassphrase ? undefined : t('unlock.recoveryKeyHelp')}
        >
          {({ id, describedBy }) => (
            <input
              id={id}
              ref={inputRef}
              type={isPassphrase ? 'password' : 'text'}
              className={isPassphrase ? undefined : 'mono'}
              autoComplete={isPassphrase ? 'current-password' : 'off'}
              spellCheck={false}
              autoCapitalize={isPassphrase ? undefined : 'characters'}
              aria-describedby={describedBy}
              aria-invalid={failure !== null}
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </Field>
        {keychainAvailable && isPassphrase ? (
          <div className="checkbox">
            <input id="remember-device" type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} aria-describedby="remember-device-help" />
            <label htmlFor="remember-device">{td('remember')}</label>
            <span id="remember-device-help" className="field-help">
              {td('rememberHelp')}
            </span>
          </div>
        ) : null}
        {failure ? <Alert>{failure}</Alert> : null}
        {busy ? <p role="status">{t('unlock.busy')}</p> : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('unlock.submit')}
          </button>
          <button type="button" className="button button-link" onClick={switchMode} disabled={busy}>
            {isPassphrase ? t('unlock.useRecoveryKey') : t('unlock.usePassphrase')}
          </button>
        </div>
      </form>
    </main>
  );
}
