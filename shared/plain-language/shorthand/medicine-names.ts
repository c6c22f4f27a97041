import glossary from '../../../resources/glossary/medicines.json';

/**
 * Medicine names the app knows (generic names in every language, and brands), from the
 * glossary, as lower-case words: "K-Dur" → "k dur". Records often put the name before the
 * instruction ("Lisinopril - 20mg by mouth once daily"); a name found here is shown as the
 * name, not flagged as an unknown word. A misspelt name is not here and stays flagged.
 */
export const wordsOf = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

const names = new Set<string>();
for (const entry of glossary.entries) {
  const all: string[] = [...Object.values(entry.names).flat(), ...(('brands' in entry ? entry.brands : undefined) ?? [])];
  for (const name of all) names.add(wordsOf(name));
}

export const MEDICINE_NAMES: ReadonlySet<string> = names;
/** The most words in one name, to bound the search. */
export const LONGEST_MEDICINE_NAME = Math.max(1, ...[...names].map((name) => name.split(' ').length));
