import { useDeferredValue, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { Link } from '../../app/navigation';
import { useScope } from '../../record/useScope';
import { AREA_OF_KIND, itemTitle } from '../../record/item-title';
import { useSession, useVaultData } from '../../vault/useSession';
import { searchEntries, searchRecord } from '../../../../shared/record/search/search-index';
import { itemIndex } from '../../../../shared/record/item-index';
import { CARE_KINDS } from '../../../../shared/model/care-item';
import { displayName } from '../people/display-name';

/**
 * Find anything in the record: medicines, conditions, the care team, appointments, notes.
 * The query stays in this screen's memory only — never in the address or on disk.
 */
export function SearchScreen(): ReactNode {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const { person, inScope, people } = useScope();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const entries = useVaultData(searchEntries);
  const results = searchRecord(entries, deferred, inScope);
  const index = itemIndex(session);
  const inputId = useId();
  const statusId = useId();
  const byKind = CARE_KINDS.map((kind) => [kind, results.filter((r) => r.kind === kind)] as const).filter(([, list]) => list.length > 0);
  const nameOf = (personId: string): string => {
    const p = people.find((candidate) => candidate.id === personId);
    return p ? displayName(p) : '';
  };
  return (
    <div className="screen">
      <ScreenHeading>{person ? t('search.titleFor', { name: displayName(person) }) : t('search.title')}</ScreenHeading>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={inputId}>{t('search.label')}</label>
          <p className="field-help" id={`${inputId}-help`}>
            {t('search.help')}
          </p>
          <input id={inputId} type="search" autoComplete="off" spellCheck={false} aria-describedby={`${inputId}-help ${statusId}`} value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      </form>
      <p id={statusId} role="status" className="muted">
        {deferred.trim() === '' ? '' : t('search.results', { count: results.length })}
      </p>
      {byKind.map(([kind, list]) => (
        <section key={kind} aria-labelledby={`results-${kind}`}>
          <h2 id={`results-${kind}`}>{t(`nav.${AREA_OF_KIND[kind]}`)}</h2>
          <ul className="result-list">
            {list.map((entry) => {
              const item = index.byId.get(entry.id);
              if (!item) return null;
              return (
                <li key={entry.id}>
                  <Link to={{ name: 'item', area: AREA_OF_KIND[kind], personId: entry.personId, itemId: entry.id }}>{itemTitle(item, i18n.language)}</Link>
                  {person ? null : <span className="muted"> · {nameOf(entry.personId)}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
