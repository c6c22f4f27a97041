import type { Medication } from '../../model/medication';

/** Letters and digits only, lower case: "10 MG" and "10mg" read the same. */
const squeezed = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}./%]+/gu, '');

/**
 * How a medicine is named everywhere (screens, search, printouts): its name and strength,
 * "Metformin 500 mg". A name that already says its strength, as portal files write them
 * ("Lisinopril 10 MG Oral Tablet"), is not followed by it a second time.
 */
export function medicineTitle(med: Pick<Medication, 'name' | 'strength'>): string {
  const name = med.name.trim();
  const strength = med.strength.trim();
  return strength && !saysStrength(name, strength) ? [name, strength].filter(Boolean).join(' ') : name;
}

/** True when the name holds the strength as a whole number: "2100 mg" does not say "100 mg". */
function saysStrength(name: string, strength: string): boolean {
  const haystack = squeezed(name);
  const needle = squeezed(strength);
  if (needle === '') return true;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (at === 0 || !/[\d.]/.test(haystack[at - 1]!) || !/^[\d.]/.test(needle)) return true;
  }
  return false;
}
