import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useNavigation } from '../../app/navigation';
import type { AreaKey } from '../../app/routes';
import { displayName } from '../people/display-name';
import { useScope } from '../../record/useScope';
import { ItemHeadingLevel } from '../../record/heading-level';
import './sectioned-list.css';

export interface ListSection<T> {
  key: string;
  title: string;
  items: readonly T[];
  /** Folded away (done tasks): the heading stays, the items open on demand. */
  collapsed?: boolean;
  /** Shown when the section has nothing but the list as a whole does ("No upcoming appointments"). */
  emptyText?: string;
}

interface Props<T extends { id: string }> {
  area: AreaKey;
  title: string;
  addLabel: string;
  sections: readonly ListSection<T>[];
  renderItem: (item: T) => ReactNode;
  emptyText: string;
  /** A line under the heading, e.g. a status message after an action. */
  intro?: ReactNode;
}

/**
 * A list screen in sections by time or state (Upcoming / Past, Overdue / Due soon …) rather
 * than by person: when showing everyone, a caregiver reads one list in the order things
 * happen, and each card names whose it is.
 */
export function SectionedListScreen<T extends { id: string }>({ area, title, addLabel, sections, renderItem, emptyText, intro }: Props<T>): ReactNode {
  const { t } = useTranslation('record');
  const { go } = useNavigation();
  const { personId, person, inScope } = useScope();
  const total = sections.reduce((sum, section) => sum + section.items.length, 0);
  const list = (items: readonly T[]): ReactNode => (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.id}>{renderItem(item)}</li>
      ))}
    </ul>
  );
  return (
    <div className="screen">
      <div className="screen-title">
        <ScreenHeading>{person ? `${title}: ${displayName(person)}` : title}</ScreenHeading>
        <button type="button" className="button button-primary" onClick={() => go({ name: 'item-new', area, personId })} disabled={inScope.length === 0}>
          {addLabel}
        </button>
      </div>
      {intro}
      {inScope.length === 0 ? <p className="empty-state">{t('addPersonFirst')}</p> : null}
      {inScope.length > 0 && total === 0 ? <p className="empty-state">{emptyText}</p> : null}
      {total > 0 ? (
        <ItemHeadingLevel.Provider value={3}>
          {sections.map((section) => {
            if (section.items.length === 0 && !section.emptyText) return null;
            const headingId = `section-${area}-${section.key}`;
            const heading = (
              <h2 id={headingId} className="list-section-heading">
                {section.title}
              </h2>
            );
            if (section.collapsed && section.items.length > 0) {
              return (
                <section key={section.key} aria-labelledby={headingId} className={`list-section list-section-${section.key}`}>
                  <details>
                    <summary>{heading}</summary>
                    {list(section.items)}
                  </details>
                </section>
              );
            }
            return (
              <section key={section.key} aria-labelledby={headingId} className={`list-section list-section-${section.key}`}>
                {heading}
                {section.items.length > 0 ? list(section.items) : <p className="muted">{section.emptyText}</p>}
              </section>
            );
          })}
        </ItemHeadingLevel.Provider>
      ) : null}
    </div>
  );
}
