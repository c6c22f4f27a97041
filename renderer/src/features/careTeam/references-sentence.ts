import type { TFunction } from 'i18next';
import type { CareTeamReferences } from '../../../../shared/record/care-team/references';

const ORDER = ['medications', 'appointments', 'tasks', 'questions'] as const;

/**
 * "Dr Lee is the prescriber of 2 medicines and named in 1 appointment. After this, those
 * will show “Not in the care team any more”." Null when nothing names them.
 */
export function referencesSentence(t: TFunction<'careTeam'>, name: string, references: CareTeamReferences, language: string): string | null {
  const parts = ORDER.filter((kind) => references[kind] > 0).map((kind) => t(`references.${kind}`, { count: references[kind] }));
  if (parts.length === 0) return null;
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
  const total = ORDER.reduce((sum, kind) => sum + references[kind], 0);
  return t('references.sentence', { name, list, count: total });
}
