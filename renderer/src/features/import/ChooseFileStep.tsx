import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportError } from '../../../../shared/import/bundle';

/** The file input, with the reason the last file was refused (the vault was not touched). */
export function ChooseFileStep({ error, onFile }: { error: ImportError | null; onFile: (file: File) => void }): ReactNode {
  const { t } = useTranslation('import');
  const id = useId();
  return (
    <>
      {error ? (
        <div className="alert alert-error import-error" role="alert">
          <h2>{t('errors.title')}</h2>
          <p>{t(`errors.${error.code}`)}</p>
          <p>{t('errors.nothingChanged')}</p>
        </div>
      ) : (
        <p className="lead">{t('intro')}</p>
      )}
      <div className="field">
        <label htmlFor={id}>{t('chooseFile')}</label>
        <p className="field-help" id={`${id}-help`}>
          {t('chooseFileHelp')}
        </p>
        <input
          id={id}
          type="file"
          className="file-input file-input-main"
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
    </>
  );
}
