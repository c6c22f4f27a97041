import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useNavigation } from '../../app/navigation';
import { ItemHeadingLevel } from '../../record/heading-level';
import { useScope } from '../../record/useScope';
import { useVaultData } from '../../vault/useSession';
import { displayName } from '../people/display-name';
import type { Condition } from '../../../../shared/model/condition';
import { listItems } from '../../../../shared/record/item-store';
import { groupConditions } from '../../../../shared/record/conditions/order';
import { ConditionCard } from './ConditionCard';
import './conditions.css';

/**
 * Conditions, active first and resolved in their own section. The generic list screen has
 * one list per person; this one needs two, so it lays out its own groups.
 */
export function ConditionList(): ReactNode {
  const { t, i18n } = useTranslation('conditions');
  const { t: tr } = useTranslation('record');
  const { go } = useNavigation();
  const { personId, person, inScope } = useScope();
  const conditions = useVaultData((session) => listItems(session, 'condition', personId ?? undefined));
  const title = t('title');
  return (
    <div className="screen">
      <div className="screen-title">
        <ScreenHeading>{person ? `${title}: ${displayName(person)}` : title}</ScreenHeading>
        <button
          type="button"
          className="button button-primary"
          onClick={() => go({ name: 'item-new', area: 'conditions', personId })}
          disabled={inScope.length === 0}
        >
          {t('add')}
        </button>
      </div>
      {inScope.length === 0 ? <p className="empty-state">{tr('addPersonFirst')}</p> : null}
      {inScope.length > 0 && conditions.length === 0 ? <p className="empty-state">{t('empty')}</p> : null}
      {person ? (
        conditions.length > 0 && <StatusGroups conditions={conditions} locale={i18n.language} headings />
      ) : (
        inScope
          .map((p) => [p, conditions.filter((c) => c.personId === p.id)] as const)
          .filter(([, own]) => own.length > 0)
          .map(([p, own]) => (
            <section key={p.id} aria-labelledby={`group-${p.id}`} className="person-group">
              <h2 id={`group-${p.id}`}>{displayName(p)}</h2>
              <StatusGroups conditions={own} locale={i18n.language} headings={false} />
            </section>
          ))
      )}
    </div>
  );
}

/**
 * Active, then resolved. For one person the two groups get h2 headings (items h3); under
 * each person's h2 they are labelled lists instead, so items stay h3 without skipping levels.
 */
function StatusGroups({ conditions, locale, headings }: { conditions: readonly Condition[]; locale: string; headings: boolean }): ReactNode {
  const { t } = useTranslation('conditions');
  const { active, resolved } = groupConditions(conditions, locale);
  return (
    <ItemHeadingLevel.Provider value={3}>
      <StatusGroup label={t('activeHeading')} items={active} heading={headings} emptyText={resolved.length > 0 ? t('noneActive') : null} />
      {resolved.length > 0 ? <StatusGroup label={t('resolvedHeading')} items={resolved} heading={headings} emptyText={null} /> : null}
    </ItemHeadingLevel.Provider>
  );
}

function StatusGroup({ label, items, heading, emptyText }: { label: string; items: Condition[]; heading: boolean; emptyText: string | null }): ReactNode {
  const id = useId();
  const Label = heading ? 'h2' : 'p';
  if (items.length === 0 && !emptyText) return null;
  return (
    <section className="condition-section" aria-labelledby={id}>
      <Label id={id} className={heading ? undefined : 'list-label'}>
        {label}
      </Label>
      {items.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="item-list">
          {items.map((condition) => (
            <li key={condition.id}>
              <ConditionCard condition={condition} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
