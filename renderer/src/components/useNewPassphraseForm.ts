import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../vault/error-message';
import { newPassphraseSchema, type NewPassphraseValues } from './NewPassphraseFields';

interface NewPassphraseForm {
  form: UseFormReturn<NewPassphraseValues>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  /** A plain sentence when `submit` failed; null otherwise. */
  failure: string | null;
  busy: boolean;
}

/** A new passphrase typed twice and checked, then handed to `submit`; its failure is shown in plain words. */
export function useNewPassphraseForm(submit: (passphrase: string) => Promise<void>): NewPassphraseForm {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<NewPassphraseValues>({
    resolver: zodResolver(newPassphraseSchema),
    defaultValues: { passphrase: '', confirm: '' },
  });
  const onSubmit = form.handleSubmit(async ({ passphrase }) => {
    setFailure(null);
    try {
      await submit(passphrase);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  });
  return { form, onSubmit, failure, busy: form.formState.isSubmitting };
}
