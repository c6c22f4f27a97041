import type { AllergyInput } from '../../model/allergy';
import type { ImportedItem } from '../bundle';
import { attr, child, descendants, path, type XmlElement } from '../xml';
import { clip, codesOf, firstName, idsOf, isNegated, readTs, startOf, templatesOf } from './cda-values';
import { makeItem, warn, type EntryContext } from './entry-context';

const T = '2.16.840.1.113883.10.20.22.4.';
const REACTION = `${T}9`;
const SEVERITY = `${T}8`;

/** SNOMED "no known …" findings: said as an allergy entry, but they mean there is none. */
const NO_KNOWN = new Set(['716186003', '409137002', '428607008', '429625007', '428197003']);

const SEVERITIES: Record<string, AllergyInput['severity']> = {
  '255604002': 'mild',
  '371923003': 'moderate',
  '6736007': 'moderate',
  '371924009': 'severe',
  '24484000': 'severe',
  '442452003': 'lifeThreatening',
  '399166001': 'lifeThreatening',
};

/** The allergy type (value of 4.7) → type and category. */
const TYPES: Record<string, Pick<AllergyInput, 'type' | 'category'>> = {
  '416098002': { type: 'allergy', category: 'medicine' },
  '419511003': { type: 'allergy', category: 'medicine' },
  '59037007': { type: 'intolerance', category: 'medicine' },
  '414285001': { type: 'allergy', category: 'food' },
  '418471000': { type: 'allergy', category: 'food' },
  '235719002': { type: 'intolerance', category: 'food' },
  '426232007': { type: 'allergy', category: 'environment' },
  '419199007': { type: 'allergy', category: 'other' },
  '418038007': { type: 'allergy', category: 'other' },
  '420134006': { type: 'allergy', category: 'other' },
};

const within = (entry: XmlElement, template: string): XmlElement[] => [...descendants(entry)].filter((element) => templatesOf(element).includes(template));

/** Maps one Allergy Observation (4.7); a negated or "no known allergies" entry is not an allergy. */
export function mapAllergy(entry: XmlElement, context: EntryContext): ImportedItem<'allergy'> | null {
  const type = child(entry, 'value');
  if (isNegated(entry) || NO_KNOWN.has(attr(type, 'code'))) {
    warn(context, 'no-known-allergies', 'An entry saying there is no known allergy was read; it is not added as an allergy.');
    return null;
  }
  const entity = path(entry, 'participant', 'participantRole', 'playingEntity');
  const substanceCode = child(entity, 'code');
  // Vendors put the substance's words in the code, the entity's name, the type's originalText or the entry's narrative.
  const substance =
    context.narrative.codeText(substanceCode) ||
    firstName(entity) ||
    context.narrative.textOf(child(type, 'originalText')) ||
    context.narrative.textOf(child(entry, 'text')) ||
    (attr(substanceCode, 'code') ? `Substance code ${attr(substanceCode, 'code')}` : '');
  if (!substance || attr(child(entry, 'statusCode'), 'code') === 'nullified') {
    warn(context, 'allergy-without-substance', 'An allergy entry without a substance (or withdrawn) was not added.');
    return null;
  }
  const reactions = within(entry, REACTION)
    .map((reaction) => context.narrative.codeText(child(reaction, 'value')) || context.narrative.textOf(child(reaction, 'text')))
    .filter(Boolean);
  const severityCodes = within(entry, SEVERITY).map((severity) => attr(child(severity, 'value'), 'code'));
  const ranked: AllergyInput['severity'][] = ['unknown', 'mild', 'moderate', 'severe', 'lifeThreatening'];
  const severity = severityCodes.map((code) => SEVERITIES[code] ?? 'unknown').reduce((worst, next) => (ranked.indexOf(next) > ranked.indexOf(worst) ? next : worst), 'unknown');
  const typed = TYPES[attr(type, 'code')] ?? { type: 'allergy', category: /food/i.test(attr(type, 'displayName')) ? 'food' : 'medicine' };
  const since = startOf(child(entry, 'effectiveTime'));
  const typeName = context.narrative.codeText(type);
  const notes = [typeName ? `Recorded as: ${typeName}` : '', since ? `Since ${since.date}` : ''].filter(Boolean).join('\n');
  const codes = codesOf([substanceCode]);
  const input: AllergyInput = {
    substance: clip(substance, 200),
    reaction: clip([...new Set(reactions)].join(', '), 300),
    severity,
    type: typed.type,
    category: typed.category,
    codes,
    notes,
  };
  return makeItem('allergy', input, context, idsOf(entry), readTs(attr(path(entry, 'author', 'time'), 'value'))?.date ?? since?.date ?? '');
}
