import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { passphraseStrength, type PassphraseStrength } from '../../../shared/vault/passphrase-strength';

const LEVEL: Record<PassphraseStrength, number> = { empty: 0, tooShort: 1, weak: 1, fair: 2, good: 3, strong: 4 };

/** A strength hint shown under a new passphrase: a bar and a sentence (never colour alone). */
export function PassphraseStrengthMeter({ passphrase, id }: { passphrase: string; id: string }): ReactNode {
  const { t } = useTranslation();
  const strength = passphraseStrength(passphrase);
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
