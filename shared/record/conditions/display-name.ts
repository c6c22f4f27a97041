import type { Condition } from '../../model/condition';
import { conditionGlossary, normalizeConditionName } from './glossary';

/**
 * The everyday name first, with the name from the papers beside it for clinicians:
 * "High blood pressure (Essential hypertension)". The everyday name is the one the user
 * gave, else the glossary's in the reader's language; just the name when neither exists.
 */
export function conditionTitle(condition: Pick<Condition, 'name' | 'plainName'>, language = 'en'): string {
  const plain = condition.plainName.trim() || (conditionGlossary.plainNameFor(condition.name, language) ?? '');
  // A glossary name may already carry the clinical word ("Lung infection (pneumonia)"): say it once.
  const [plainKey, nameKey] = [normalizeConditionName(plain), normalizeConditionName(condition.name)];
  if (plain && plainKey !== nameKey && plainKey.includes(nameKey)) return plain;
  return plain && plain.toLowerCase() !== condition.name.trim().toLowerCase() ? `${plain} (${condition.name})` : condition.name;
}
