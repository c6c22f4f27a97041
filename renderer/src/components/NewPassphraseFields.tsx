import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { Field } from './Field';
import { PassphraseStrengthMeter } from './PassphraseStrengthMeter';
import { passphraseLength, MIN_PASSPHRASE_LENGTH } from '../../../shared/vault/passphrase-policy';
import { validationMessage } from '../i18n/validation-message';

export const newPassphraseSchema = z
  .object({
    passphrase: z.string().refine((value) => passphraseLength(value) >= MIN_PASSPHRASE_LENGTH, 'passphrase.errors.tooShort'),
    confirm: z.string(),
  })
  .refine((value) => value.passphrase === value.confirm, { path: ['confirm'], message: 'passphrase.errors.mismatch' });
export type NewPassphraseValues = z.infer<typeof newPassphraseSchema>;

interface Props {
  form: UseFormReturn<NewPassphraseValues>;
  label: string;
  confirmLabel: string;
}

/** A new passphrase typed twice, with a strength hint and a "show" switch. */
export function NewPassphraseFields({ form, label, confirmLabel }: Props): ReactNode {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const strengthId = useId();
  const showId = useId();
  const { register, formState, watch } = form;
  const type = visible ? 'text' : 'password';
  return (
    <>
      <Field label={label} help={t('passphrase.help')} error={validationMessage(formState.errors.passphrase?.message)}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type={type}
            autoComplete="new-password"
            spellCheck={false}
            aria-describedby={[describedBy, strengthId].filter(Boolean).join(' ')}
            aria-invalid={invalid}
            {...register('passphrase')}
          />
        )}
      </Field>
      <PassphraseStrengthMeter id={strengthId} passphrase={watch('passphrase')} />
      <Field label={confirmLabel} error={validationMessage(formState.errors.confirm?.message)}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type={type}
            autoComplete="new-password"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            {...register('confirm')}
          />
        )}
      </Field>
      <div className="checkbox">
        <input id={showId} type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        <label htmlFor={showId}>{t('passphrase.show')}</label>
      </div>
    </>
  );
}
