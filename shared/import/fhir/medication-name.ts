import type { DoseForm } from '../../model/medication';

/** A drug name as written ("Hydrochlorothiazide 25 MG Oral Tablet [Microzide]") taken apart. */
export interface NameParts {
  /** The medicine ("Hydrochlorothiazide"): the same words for every repeat of the same order. */
  name: string;
  brandName: string;
  /** "25 MG", "0.09 MG/ACTUAT", "325 MG / 5 MG". */
  strength: string;
  form: DoseForm | null;
}

const UNIT = String.raw`(?:MG|MCG|µG|UG|G|GM|ML|L|UNT|UNITS?|IU|MEQ|MMOL|%|HR|ACTUAT|MG/ML)`;
const STRENGTH = new RegExp(String.raw`\b\d+(?:\.\d+)?\s*${UNIT}(?:\s*/\s*(?:\d+(?:\.\d+)?\s*)?${UNIT})?(?![A-Za-z])`, 'gi');
/** RxNorm's package prefix: "NDA020503 200 ACTUAT", "1 ML", "24 HR". */
const PACKAGE_PREFIX = /^(?:NDA\d+\s+)?(?:\d+(?:\.\d+)?\s*(?:HR|ML|ACTUAT|DAY)\s+)+/i;

const FORM_WORDS: ReadonlyArray<[RegExp, DoseForm]> = [
  [/\b(?:tablets?|tab|caplets?)\b/i, 'tablet'],
  [/\b(?:capsules?|cap)\b/i, 'capsule'],
  [/\bspray\b/i, 'spray'],
  [/inhaler|\bactuat|inhalation powder|\bpuffs?\b/i, 'puff'],
  [/\bpatch|transdermal system/i, 'patch'],
  [/inject|syringe|\bpen\b|\bvial\b|cartridge/i, 'injection'],
  [/\bdrops?\b|ophthalmic solution|otic solution/i, 'drop'],
  [/\bcream\b|ointment|\bgel\b|lotion/i, 'cream'],
  [/suppositor/i, 'suppository'],
  [/\bpowder\b|granules/i, 'powder'],
  [/solution|suspension|syrup|elixir|liquid/i, 'liquid'],
];

/** Dose-form phrases RxNorm and portals append to names; removed from the medicine's name only. */
const FORM_PHRASE =
  /\b(?:(?:extended|delayed|sustained) release\s+)?(?:oral|topical|nasal|ophthalmic|otic|rectal|vaginal|transdermal|injectable|inhalation|sublingual|chewable|disintegrating|buccal|enteric coated|film coated)?\s*(?:tablets?|tab|capsules?|cap|solution|suspension|syrup|elixir|cream|ointment|gel|lotion|spray|drops|patch|system|suppository|powder|inhaler|injection|prefilled syringe|auto-injector|pen injector|metered dose inhaler|dry powder inhaler|cartridge|vial)\b/gi;

export function formOf(words: string): DoseForm | null {
  return FORM_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

export function splitMedicationName(written: string): NameParts {
  const text = written.replace(/\s+/g, ' ').trim();
  const brandMatch = /\[([^\]]+)\]\s*$/.exec(text);
  const brandName = brandMatch?.[1]?.trim() ?? '';
  const withoutBrand = brandMatch ? text.slice(0, brandMatch.index).trim() : text;
  const withoutPrefix = withoutBrand.replace(PACKAGE_PREFIX, '');
  const strengths = withoutPrefix.match(STRENGTH) ?? [];
  const strength = strengths.map((part) => part.replace(/\s+/g, ' ').trim()).join(' / ');
  const name = withoutPrefix
    .replace(STRENGTH, ' ')
    .replace(FORM_PHRASE, ' ')
    .replace(/\s*\/\s*(?=\/|$)/g, ' ')
    .replace(/(?:^|\s)\/(?=\s)/g, ' /')
    .replace(/\s+/g, ' ')
    .replace(/^[\s/,-]+|[\s/,-]+$/g, '')
    .trim();
  return { name: name || text, brandName, strength, form: formOf(withoutPrefix) };
}
