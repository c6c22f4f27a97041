import type { Condition } from '../../model/condition';
import { conditionGlossary } from './glossary';

/**
 * The everyday name first, with the name from the papers beside it for clinicians:
 * "High blood pressure (Essential hypertension)". The everyday name is the one the user
 * gave, else the glossary's in the reader's language; just the name when neither exists.
 */
export function conditionTitle(condition: Pick<Condition, 'name' | 'plainName'>, language = 'en'): string {
  const plain = condition.plainName.trim() || (conditionGlossary.plainNameFor(condition.name, language) ?? '');
  return plain && plain.toLowerCase() !== condition.name.trim().toLowerCase() ? `${plain} (${condition.name})` : condition.name;
}
