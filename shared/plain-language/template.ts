/** Fills {{name}} placeholders; a missing value becomes nothing. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/**
 * Cleans up a sentence whose empty parts were left out: no doubled spaces, no space before
 * punctuation, no comma left hanging before another comma or the full stop, and a capital
 * first letter.
 */
export function tidy(sentence: string, locale: string): string {
  const cleaned = sentence
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/,+(?=[,.;:]|$)/g, '')
    .replace(/^[\s,.;:]+/, '')
    .trim();
  return cleaned.charAt(0).toLocaleUpperCase(locale) + cleaned.slice(1);
}
