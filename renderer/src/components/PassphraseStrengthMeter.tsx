import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassphraseStrength } from '../../../shared/vault/passphrase-strength';

const LEVEL: Record<PassphraseStrength, number> = { empty: 0, tooShort: 1, weak: 1, fair: 2, good: 3, strong: 4 };

type Estimator = (passphrase: string) => PassphraseStrength;
/** The estimator carries large word lists: loaded only where a new passphrase is typed, never on the lock screen. */
let estimator: Promise<Estimator> | null = null;
const loadEstimator = (): Promise<Estimator> =>
  (estimator ??= import('../../../shared/vault/passphrase-strength').then((m) => m.passphraseStrength));

/** A strength hint shown under a new passphrase: a bar and a sentence (never colour alone). */
export function PassphraseStrengthMeter({ passphrase, id }: { passphrase: string; id: string }): ReactNode {
  const { t } = useTranslation();
  const [strength, setStrength] = useState<PassphraseStrength>('empty');
  useEffect(() => {
    let current = true;
    void loadEstimator().then((estimate) => {
      if (current) setStrength(estimate(passphrase));
    });
    return () => {
      current = false;
    };
  }, [passphrase]);
  return (
    <div className="strength" id={id} aria-live="polite">
      <meter min={0} max={4} low={2} high={3} optimum={4} value={LEVEL[strength]} aria-label={t('passphrase.strength.label')} />
      <p className={`strength-text strength-${strength}`}>
        {strength === 'empty'
          ? t('passphrase.strength.empty')
          : `${t('passphrase.strength.label')}: ${t(`passphrase.strength.${strength}`)}`}
      </p>
    </div>
  );
}
