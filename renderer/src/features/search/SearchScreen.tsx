import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';

export function SearchScreen(): ReactNode {
  const { t } = useTranslation();
  return <ScreenHeading>{t('nav.search')}</ScreenHeading>;
}
