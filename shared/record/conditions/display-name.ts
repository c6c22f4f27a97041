import type { Condition } from '../../model/condition';
import { conditionGlossary, normalizeConditionName, plainNameForCode } from './glossary';

/** The glossary's everyday name: by the name on the papers, else by a SNOMED CT or ICD-10-CM code. */
function glossaryName(condition: Pick<Condition, 'name'> & { codes?: Condition['codes'] }, language: string): string | null {
  const byName = conditionGlossary.plainNameFor(condition.name, language);
  if (byName) return byName;
  const codes = condition.codes;
  if (!codes) return null;
  const bySnomed = codes.snomed.map((code) => plainNameForCode('snomed', code, language)).find(Boolean);
  return bySnomed ?? codes.icd10.map((code) => plainNameForCode('icd10', code, language)).find(Boolean) ?? null;
}

/**
 * The everyday name first, with the name from the papers beside it for clinicians:
 * "High blood pressure (Essential hypertension)". The everyday name is the one the user
 * gave, else the glossary's in the reader's language; just the name when neither exists.
 */
export function conditionTitle(condition: Pick<Condition, 'name' | 'plainName'> & { codes?: Condition['codes'] }, language = 'en'): string {
  const plain = condition.plainName.trim() || (glossaryName(condition, language) ?? '');
  // A glossary name may already carry the clinical word ("Lung infection (pneumonia)"): say it once.
  const [plainKey, nameKey] = [normalizeConditionName(plain), normalizeConditionName(condition.name)];
  if (plain && plainKey !== nameKey && plainKey.includes(nameKey)) return plain;
  return plain && plain.toLowerCase() !== condition.name.trim().toLowerCase() ? `${plain} (${condition.name})` : condition.name;
}
