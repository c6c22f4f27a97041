import type { Condition } from '../../model/condition';
import { conditionTitle } from './display-name';

/** Active conditions first (what clinicians need now), resolved ones in their own group; each by everyday name. */
export function groupConditions<T extends Pick<Condition, 'status' | 'name' | 'plainName'>>(
  conditions: readonly T[],
  locale?: string,
): { active: T[]; resolved: T[] } {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sorted = [...conditions].sort((a, b) => collator.compare(conditionTitle(a, locale), conditionTitle(b, locale)));
  return { active: sorted.filter((c) => c.status === 'active'), resolved: sorted.filter((c) => c.status === 'resolved') };
}
