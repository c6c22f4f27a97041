import type { CareKind } from '../../model/care-item';
import { emptyCodes, type Codes } from '../../model/fields';
import type { ItemFields, MatchReason } from './types';
import { normalizeName, normalizeStrength } from './normalize';

/** One way an item can be recognised: a reason and a key. Two items sharing a key are the same thing. */
export interface IdentityKey {
  reason: MatchReason;
  key: string;
}

const str = (fields: ItemFields, name: string): string => (typeof fields[name] === 'string' ? (fields[name] as string) : '');
const codesOf = (fields: ItemFields): Codes => (fields.codes as Codes | undefined) ?? emptyCodes();

/**
 * The keys an item is recognised by, strongest first: codes, then the normalized name (with the
 * strength for medicines, so two strengths never meet). Areas without codes use their name or time.
 */
export function identityKeys(kind: CareKind, fields: ItemFields): IdentityKey[] {
  const keys: IdentityKey[] = [];
  const codes = codesOf(fields);
  const add = (reason: MatchReason, key: string): void => {
    if (key !== '') keys.push({ reason, key: `${kind}|${reason}|${key}` });
  };
  switch (kind) {
    case 'medication': {
      // An RxNorm clinical drug code names one strength; a name without its strength never matches.
      for (const code of codes.rxnorm) add('sameRxnorm', code);
      const name = normalizeName(str(fields, 'name'));
      if (name !== '') add('sameNameStrength', `${name}|${normalizeStrength(str(fields, 'strength'))}`);
      break;
    }
    case 'allergy':
      for (const code of codes.rxnorm) add('sameRxnorm', code);
      for (const code of codes.snomed) add('sameSnomed', code);
      add('sameSubstance', normalizeName(str(fields, 'substance')));
      break;
    case 'condition':
      for (const code of codes.snomed) add('sameSnomed', code);
      for (const code of codes.icd10) add('sameIcd10', code.toUpperCase().replace('.', ''));
      add('sameName', normalizeName(str(fields, 'name')));
      break;
    case 'appointment':
      add('sameTime', str(fields, 'startsAt'));
      break;
    case 'measurement':
      add('sameTime', `${str(fields, 'type')}|${normalizeName(str(fields, 'customName'))}|${str(fields, 'takenAt')}`);
      break;
    case 'careTeamMember':
      add('sameName', normalizeName(str(fields, 'name')));
      break;
    case 'goal':
      add('sameName', normalizeName(str(fields, 'statement')));
      break;
    case 'task':
      add('sameName', `${normalizeName(str(fields, 'title'))}|${str(fields, 'dueDate')}`);
      break;
    case 'question':
      add('sameName', normalizeName(str(fields, 'text')));
      break;
    case 'hospitalStay':
      add('sameTime', str(fields, 'admittedOn'));
      break;
  }
  return keys;
}

/** A medicine's strength as it compares; '' for anything else, or a medicine without one. */
export const comparableStrength = (kind: CareKind, fields: ItemFields): string => (kind === 'medication' ? normalizeStrength(str(fields, 'strength')) : '');

/** Two strengths written out and different: never one medicine, whatever else they share. */
export const strengthsDiffer = (left: string, right: string): boolean => left !== '' && right !== '' && left !== right;

/** Two medicines with different strengths written out are never one medicine, whatever else they share. */
export function strengthsConflict(kind: CareKind, a: ItemFields, b: ItemFields): boolean {
  return strengthsDiffer(comparableStrength(kind, a), comparableStrength(kind, b));
}
