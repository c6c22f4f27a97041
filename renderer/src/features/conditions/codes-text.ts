/** Codes as typed ("I10, E11.9" or "I10 E11.9"): split on commas, semicolons or spaces, empty pieces and repeats dropped. */
export function parseCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}
