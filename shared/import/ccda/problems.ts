import { partialDateSchema, type ConditionInput } from '../../model/condition';
import type { ImportedItem } from '../bundle';
import { attr, child, descendants, path, type XmlElement } from '../xml';
import { clip, codesOf, endOf, idsOf, isNegated, readTs, startOf, templatesOf } from './cda-values';
import { makeItem, warn, type EntryContext } from './entry-context';

const PROBLEM_STATUS = ['2.16.840.1.113883.10.20.22.4.6', '2.16.840.1.113883.10.20.1.50'];
/** SNOMED problem statuses: active, inactive, resolved (and their older synonyms). */
const RESOLVED = new Set(['73425007', '413322009', '723506003', '277022003']);
const NO_KNOWN_PROBLEMS = new Set(['160245001', '408402003']);

function resolvedByStatus(entry: XmlElement): boolean | null {
  for (const element of descendants(entry)) {
    if (!templatesOf(element).some((template) => PROBLEM_STATUS.includes(template))) continue;
    const value = child(element, 'value');
    const code = attr(value, 'code');
    if (code) return RESOLVED.has(code) || /resolved|inactive/i.test(attr(value, 'displayName'));
  }
  return null;
}

/** Maps one Problem Observation (4.4) to a condition; a negated one ("no known problems") is not a condition. */
export function mapProblem(entry: XmlElement, context: EntryContext, concern: XmlElement | null): ImportedItem<'condition'> | null {
  const value = child(entry, 'value');
  if (isNegated(entry) || NO_KNOWN_PROBLEMS.has(attr(value, 'code'))) {
    warn(context, 'negated-problem', 'An entry saying a problem is absent was read; it is not added as a condition.');
    return null;
  }
  const name = context.narrative.codeText(value) || context.narrative.textOf(child(entry, 'text')) || context.narrative.codeText(child(entry, 'code'));
  if (!name) {
    warn(context, 'problem-without-name', 'A problem entry without a name was not added.');
    return null;
  }
  const effective = child(entry, 'effectiveTime');
  const onset = startOf(effective);
  const byStatus = resolvedByStatus(entry);
  const concernDone = concern ? attr(child(concern, 'statusCode'), 'code') === 'completed' : false;
  const resolved = byStatus ?? (endOf(effective) !== null || concernDone);
  const since = onset && partialDateSchema.safeParse(onset.date).success ? onset.date : '';
  const input: ConditionInput = {
    name: clip(name, 200),
    status: resolved ? 'resolved' : 'active',
    since,
    codes: codesOf([value]),
    notes: onset && !since ? `Onset recorded as ${onset.date}` : '',
  };
  const recordedAt = readTs(attr(path(entry, 'author', 'time'), 'value'))?.date ?? onset?.date ?? '';
  return makeItem('condition', input, context, idsOf(entry), recordedAt);
}
