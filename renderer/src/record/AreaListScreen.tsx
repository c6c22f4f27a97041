import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';
import { useNavigation } from '../app/navigation';
import type { AreaKey } from '../app/routes';
import { displayName } from '../features/people/display-name';
import type { Person } from '../../../shared/model/person';
import { useScope } from './useScope';
import { ItemHeadingLevel } from './heading-level';

interface AreaListScreenProps<T extends { id: string; personId: string }> {
  area: AreaKey;
  title: string;
  /** The Add button's label, e.g. "Add medicine". */
  addLabel: string;
  items: readonly T[];
  renderItem: (item: T) => ReactNode;
  /** Shown above the list (filters, a chart…). */
  intro?: ReactNode;
  /** Shown instead of the list when there is nothing. */
  emptyText?: string;
}

/**
 * The list screen of an area: a heading, an Add button, and the items — grouped under each
 * person's name when showing everyone, so a caregiver sees whose is whose.
 */
export function AreaListScreen<T extends { id: string; personId: string }>({
  area,
  title,
  addLabel,
  items,
  renderItem,
  intro,
  emptyText,
}: AreaListScreenProps<T>): ReactNode {
  const { t } = useTranslation('record');
  const { go } = useNavigation();
  const { personId, person, inScope } = useScope();
  const add = (
    <button type="button" className="button button-primary" onClick={() => go({ name: 'item-new', area, personId })} disabled={inScope.length === 0}>
      {addLabel}
    </button>
  );
  const empty = <p className="empty-state">{emptyText ?? (person ? t('emptyForPerson', { name: displayName(person) }) : t('emptyForEveryone'))}</p>;
  const groups: [Person, T[]][] = inScope.map((p) => [p, items.filter((item) => item.personId === p.id)]);
  return (
    <div className="screen">
      <div className="screen-title">
        <ScreenHeading>{person ? `${title}: ${displayName(person)}` : title}</ScreenHeading>
        {add}
      </div>
      {inScope.length === 0 ? <p className="empty-state">{t('addPersonFirst')}</p> : null}
      {intro}
      {inScope.length > 0 && items.length === 0 ? empty : null}
      {person
        ? items.length > 0 && (
            <ItemHeadingLevel.Provider value={2}>
              <ul className="item-list">
                {items.map((item) => (
                  <li key={item.id}>{renderItem(item)}</li>
                ))}
              </ul>
            </ItemHeadingLevel.Provider>
          )
        : groups
            .filter(([, own]) => own.length > 0)
            .map(([p, own]) => (
              <section key={p.id} aria-labelledby={`group-${p.id}`} className="person-group">
                <h2 id={`group-${p.id}`}>{displayName(p)}</h2>
                <ul className="item-list">
                  {own.map((item) => (
                    <li key={item.id}>{renderItem(item)}</li>
                  ))}
                </ul>
              </section>
            ))}
    </div>
  );
}
