import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBundle } from '../../../../shared/import/bundle';

/** Immunizations are counted by readers; the warning about them is said here from the count. */
const IMMUNIZATION_WARNING = /immuni[sz]ation/i;

/** What was read but will not be kept: vaccinations, attachments, entries the areas refuse. */
export function ImportWarnings({ bundle, invalid }: { bundle: ImportBundle; invalid: number }): ReactNode {
  const { t } = useTranslation('import');
  const others = bundle.warnings.filter((warning) => !IMMUNIZATION_WARNING.test(warning.code)).length;
  const lines = [
    bundle.counts.immunizations > 0 ? t('warnings.immunizations', { count: bundle.counts.immunizations }) : null,
    bundle.attachments.length > 0 ? t('warnings.attachments', { count: bundle.attachments.length }) : null,
    invalid > 0 ? t('warnings.invalid', { count: invalid }) : null,
    others > 0 ? t('warnings.other', { count: others }) : null,
  ].filter((line): line is string => line !== null);
  if (lines.length === 0) return null;
  return (
    <section className="alert alert-info import-warnings" aria-labelledby="import-warnings-title">
      <h2 id="import-warnings-title">{t('warnings.title')}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
