import type { Condition } from '../../model/condition';

/**
 * The everyday name first, with the name from the papers beside it for clinicians:
 * "High blood pressure (Essential hypertension)". Just the name when there is no other.
 */
export function conditionTitle(condition: Pick<Condition, 'name' | 'plainName'>): string {
  const plain = condition.plainName.trim();
  return plain && plain.toLowerCase() !== condition.name.trim().toLowerCase() ? `${plain} (${condition.name})` : condition.name;
}
