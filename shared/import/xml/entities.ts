const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9._-]{0,31});/g;

/**
 * Replaces XML's five predefined entities and character references. Any other "&name;" (an
 * HTML &nbsp; in a vendor's narrative) is left as written: no entity is ever declared or
 * expanded, so nothing can grow or reach outside the file.
 */
export function decodeEntities(raw: string): string {
  return raw.replace(REFERENCE, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35) return PREDEFINED[body] ?? whole;
    const code = body.charCodeAt(1) === 120 ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}
