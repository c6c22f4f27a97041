/**
 * Text headed for a calendar file, made safe before ical-generator escapes it. Line breaks of
 * every kind become "\n" (written as the two characters `\n`, never a raw line break, so a note
 * cannot start a property of its own). Other control characters are not allowed in iCalendar
 * TEXT (RFC 5545 §3.3.11) and some readers split lines on them: they become spaces.
 */
export function icsText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- these are exactly the characters removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, ' ')
      .trim()
  );
}

/** Lines of a description: empty ones dropped, each cleaned. */
export function icsLines(lines: readonly string[]): string {
  return lines
    .map(icsText)
    .filter((line) => line !== '')
    .join('\n');
}
