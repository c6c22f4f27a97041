import { LONGEST_MEDICINE_NAME, MEDICINE_NAMES, wordsOf } from './medicine-names';

/**
 * A line that only names a medicine ("Tylenol Oral Tablet 500 MG", "CEFTRIAXONE SODIUM 100 GM
 * INJ SOLR"): records list medicines this way with no directions. Such a line is understood
 * only when every word is a known medicine name, a salt or product word that belongs to the
 * name, a strength, or a dose form; anything else (a code, a date, a misspelt name) leaves the
 * line to the instruction reader, which flags it.
 */

/** Words that belong to a product's name: salts and makers' labels. Kept as written. */
const NAME_WORDS = new Set(['sodium', 'potassium', 'hcl', 'hydrochloride', 'tartrate', 'succinate', 'extra', 'strength', 'albumin', 'alb', 'free', 'cfc', 'cool', 'singleject', 'sureclick']);

/** Dose-form words (and the Epic/FDA short forms) to the key of their plain words in "shorthand.phrases". */
const FORM_WORDS: Record<string, string> = {
  oral: 'formByMouth', tablet: 'formTablet', tablets: 'formTablet', tab: 'formTablet', tabs: 'formTablet', caplet: 'formTablet',
  capsule: 'formCapsule', capsules: 'formCapsule', cap: 'formCapsule', caps: 'formCapsule',
  injection: 'formShot', injectable: 'formShot', inj: 'formShot', solution: 'formLiquid', soln: 'formLiquid',
  reconstituted: 'formMixed', solr: 'formPowder', sosy: 'formSyringe', syringe: 'formSyringe', prefilled: 'formSyringe',
  inhalant: 'formInhaled', inhalation: 'formInhaled', aerosol: 'formInhaler', hfa: 'formInhaler',
  cream: 'formCream', topical: 'formSkin',
};

/** Two-word forms: "release" alone says nothing. */
const FORM_PAIRS: Record<string, string> = { 'delayed release': 'formDelayed', 'extended release': 'formExtended' };

/** Units a strength may use; error-prone ones (ug, µg, cc, IU) are not here and leave the line flagged. */
const UNIT = '(?:mg|mcg|g|gm|ml|meq|units?|%)';
const PER = '(?:mg|mcg|g|ml|l|act|actuat|inh)';
/** A number with no trailing zero and no naked decimal point ("1.0" and ".5" are error-prone). */
const NUMBER = '(?:0|[1-9]\\d*)(?:\\.\\d*[1-9])?';
const STRENGTHS = new RegExp(`(?<![\\w.])${NUMBER}\\s*${UNIT}(?:\\s*/\\s*(?:${NUMBER}\\s*)?(?:${UNIT}|${PER}))*(?![\\w.])`, 'gi');
/** A whole text that is one strength: "500 MCG/ML". */
export const isStrength = (text: string): boolean => {
  const found = text.trim().match(STRENGTHS);
  return found?.length === 1 && found[0] === text.trim();
};
/** Stands for a strength once it has been read out of the line. */
const MARK = '\u0000';

/** "medication:Lipitor 20mg oral tablet|dose: |route:|frequency:": a labelled export with only the name filled in. */
const EMPTY_FIELDS = /^\s*medication:([^|]+)\|dose:\s*\|route:\s*\|frequency:\s*$/i;

export interface MedicineOnly {
  /** The name with its strength, as written. */
  name: string;
  /** Keys of the dose-form words, in order, each once. */
  forms: string[];
}

export function readMedicineOnly(text: string): MedicineOnly | null {
  const line = EMPTY_FIELDS.exec(text)?.[1] ?? text;
  // Strengths may be spaced ("100 MCG/0.5ML", "150 mg/12.5 mg"): read them out before the words.
  const strengths = [...line.matchAll(STRENGTHS)].map((match) => (line[match.index - 1] === '(' && line[match.index + match[0].length] === ')' ? `(${match[0]})` : match[0]));
  // Brackets stay on the words, to be shown as written ("Aranesp (Albumin Free)"); they are not read.
  const words = line.replace(STRENGTHS, ` ${MARK} `).replace(/,/g, ' ').replace(/\(\s*\)/g, ' ').split(/\s+/).filter((word) => word.replace(/[()]/g, '') !== '' && word !== '-');
  const name: string[] = [];
  const forms: string[] = [];
  let knownName = false;
  let strengthSeen = false;
  for (let index = 0; index < words.length; ) {
    const word = words[index]!;
    const lower = word.replace(/[()]/g, '').toLowerCase();
    const nameLength = strengthSeen ? 0 : longestNameAt(words, index);
    if (nameLength > 0) {
      name.push(...words.slice(index, index + nameLength));
      knownName = true;
      index += nameLength;
    } else if (NAME_WORDS.has(lower) && knownName && !strengthSeen) {
      name.push(word);
      index += 1;
    } else if (lower === MARK) {
      // "500 MCG/ML Injection Solution 1 Unit": a second amount after the form is a dose, not part of the name.
      if (strengthSeen && forms.length > 0) return null;
      strengthSeen = true;
      index += 1;
    } else if (FORM_PAIRS[`${lower} ${(words[index + 1] ?? '').replace(/[()]/g, '').toLowerCase()}`]) {
      const key = FORM_PAIRS[`${lower} ${words[index + 1]!.replace(/[()]/g, '').toLowerCase()}`]!;
      if (!forms.includes(key)) forms.push(key);
      index += 2;
    } else if (FORM_WORDS[lower]) {
      if (!forms.includes(FORM_WORDS[lower])) forms.push(FORM_WORDS[lower]);
      index += 1;
    } else return null;
  }
  if (!knownName) return null;
  // Brackets shown only when they open and close within the name.
  const written = name.join(' ');
  const balanced = !/[()]/.test(written.replace(/\([^()]*\)/g, ''));
  const shown = balanced ? written : written.replace(/[()]/g, '');
  return { name: [shown, ...strengths.map((strength) => strength.replace(/\s+/g, ' '))].join(' '), forms };
}

function longestNameAt(words: string[], start: number): number {
  for (let length = Math.min(LONGEST_MEDICINE_NAME, words.length - start); length > 0; length--) {
    // Every word of a name has a letter: a strength or a stray mark is never part of it.
    if (words.slice(start, start + length).some((word) => !/\p{L}/u.test(word))) continue;
    if (MEDICINE_NAMES.has(wordsOf(words.slice(start, start + length).join(' ')))) return length;
  }
  return 0;
}

/** Statements that a record has no medicines of a kind, each with its own plain sentence. */
const STATEMENTS: [RegExp, string][] = [
  [/^no known medications?\.?$/i, 'noneKnown'],
  [/^no known medications? administered\.?$/i, 'noneKnownGiven'],
  [/^no administered medications? recorded\.?$/i, 'noneGivenRecorded'],
  [/^medications? administration not documented\.?$/i, 'givenNotDocumented'],
  [/^no known hospital discharge medications?\.?$/i, 'noneAtDischarge'],
  [/^no known historical medications?\.?$/i, 'noneInPast'],
];

/** The key of the sentence for a "no medicines" statement, or null. */
export function readNoMedicines(text: string): string | null {
  const line = text.trim().replace(/\s+/g, ' ');
  return STATEMENTS.find(([pattern]) => pattern.test(line))?.[1] ?? null;
}
