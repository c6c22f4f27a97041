import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Impossible to miss, and in words (not only a colour): nobody is taking them yet. */
export function TransportWarning(): ReactNode {
  const { t } = useTranslation('appointments');
  return (
    <p className="transport-warning">
      <span aria-hidden="true">⚠ </span>
      {t('transportMissing')}
    </p>
  );
}
