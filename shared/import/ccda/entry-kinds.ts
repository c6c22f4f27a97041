import { attr, type XmlElement } from '../xml';

/** What an element is, by its templateId: the same ids MANIFEST.md counts entries by. */
export type EntryKind =
  | 'medication'
  | 'plannedMedication'
  | 'allergy'
  | 'problem'
  | 'problemConcern'
  | 'encounter'
  | 'plannedEncounter'
  | 'goal'
  | 'immunization'
  | 'result'
  | 'vital'
  | 'resultOrganizer'
  | 'vitalOrganizer'
  | 'careTeamMember';

const T = '2.16.840.1.113883.10.20.22.4.';
const C_CDA: Record<string, EntryKind> = {
  [`${T}16`]: 'medication',
  [`${T}42`]: 'plannedMedication',
  [`${T}7`]: 'allergy',
  [`${T}4`]: 'problem',
  [`${T}3`]: 'problemConcern',
  [`${T}49`]: 'encounter',
  [`${T}40`]: 'plannedEncounter',
  [`${T}121`]: 'goal',
  [`${T}52`]: 'immunization',
  [`${T}2`]: 'result',
  [`${T}27`]: 'vital',
  [`${T}1`]: 'resultOrganizer',
  [`${T}26`]: 'vitalOrganizer',
  [`${T}500.1`]: 'careTeamMember',
};

/**
 * HITSP C32 / CCD 1.0 ids. CCD 1.0 uses one id (10.20.1.24) for medicines and vaccines and one
 * (10.20.1.31) for results and vitals, so the HITSP ids that tell them apart are checked first.
 */
const C32_FIRST: Record<string, EntryKind> = {
  '2.16.840.1.113883.3.88.11.83.13': 'immunization',
  '1.3.6.1.4.1.19376.1.5.3.1.4.12': 'immunization',
  '2.16.840.1.113883.3.88.11.83.14': 'vital',
  '1.3.6.1.4.1.19376.1.5.3.1.4.13.2': 'vital',
};
const C32: Record<string, EntryKind> = {
  '2.16.840.1.113883.10.20.1.24': 'medication',
  '2.16.840.1.113883.10.20.1.18': 'allergy',
  '2.16.840.1.113883.10.20.1.28': 'problem',
  '2.16.840.1.113883.10.20.1.27': 'problemConcern',
  '2.16.840.1.113883.10.20.1.21': 'encounter',
  '2.16.840.1.113883.10.20.1.31': 'result',
  '2.16.840.1.113883.10.20.1.32': 'resultOrganizer',
  '2.16.840.1.113883.10.20.1.35': 'vitalOrganizer',
};

export function entryKindOf(element: XmlElement, legacy: boolean): EntryKind | null {
  let found: EntryKind | null = null;
  for (const template of element.children) {
    if (template.local !== 'templateId') continue;
    const root = attr(template, 'root');
    if (legacy) {
      if (C32_FIRST[root]) return C32_FIRST[root];
      found ??= C32[root] ?? null;
    } else {
      const kind = C_CDA[root];
      if (kind) return kind;
    }
  }
  return found;
}
