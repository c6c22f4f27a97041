import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation } from './navigation';
import { AREA_KEYS, scopeOf, type Route } from './routes';

/** The sections of the record, as links that keep the person being shown. */
export function Sidebar(): ReactNode {
  const { t } = useTranslation();
  const { route } = useNavigation();
  const personId = scopeOf(route);
  const areaOf = 'area' in route ? route.area : null;
  const links: { key: string; to: Route; label: string; current: boolean }[] = [
    { key: 'overview', to: { name: 'overview', personId }, label: t('nav.overview'), current: route.name === 'overview' },
    ...AREA_KEYS.map((area) => ({
      key: area,
      to: { name: 'area', area, personId } as Route,
      label: t(`nav.${area}`),
      current: areaOf === area,
    })),
    { key: 'search', to: { name: 'search', personId }, label: t('nav.search'), current: route.name === 'search' },
    { key: 'import', to: { name: 'import', personId }, label: t('nav', { ns: 'import' }), current: route.name === 'import' },
    { key: 'settings', to: { name: 'settings' }, label: t('nav.settings'), current: route.name === 'settings' },
  ];
  return (
    <nav className="sidebar" aria-label={t('nav.sections')}>
      <ul>
        {links.map((link) => (
          <li key={link.key}>
            <Link to={link.to} current={link.current} className="sidebar-link">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
