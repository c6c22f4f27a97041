/**
 * A dose amount as a person typed it: "1", "0.5", "1/2", "½", "1 1/2", "1-2". Parsed only to
 * check it and to choose singular or plural; what is shown keeps every digit as typed. The one
 * change is the look of common fractions: "1/2" is shown as "½" (easier to read, same number).
 */
export interface DosePart {
  /** As shown: the typed text, with a slash fraction drawn as its fraction sign. */
  display: string;
  value: number;
  /** Digits after a decimal point as typed ("0.50" → 2); 0 for whole numbers and fractions. */
  decimals: number;
  /** Written as a fraction (½, 1/2, 1 1/2): a part of one thing. */
  fraction: boolean;
}

export interface DoseAmount {
  display: string;
  low: DosePart;
  /** The larger number of a range ("1-2" → 2); the same as low when there is no range. */
  high: DosePart;
  isRange: boolean;
}

export type DoseProblem = 'format' | 'zero' | 'trailingZero' | 'rangeOrder';

const GLYPHS: Record<string, number> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4 };
const SLASH_TO_GLYPH: Record<string, string> = { '1/2': '½', '1/3': '⅓', '2/3': '⅔', '1/4': '¼', '3/4': '¾' };

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const GLYPH = /^(\d+)?\s?([½⅓⅔¼¾])$/;
const SLASH = /^(?:(\d+)\s)?(\d+)\/(\d+)$/;

function parsePart(text: string): DosePart | DoseProblem {
  const decimal = DECIMAL.exec(text);
  if (decimal) {
    const fractionDigits = decimal[2] ?? '';
    // ISMP: a trailing zero ("1.0") is misread as ten times the dose; ask for "1".
    if (fractionDigits.endsWith('0')) return 'trailingZero';
    return { display: text, value: Number(text), decimals: fractionDigits.length, fraction: false };
  }
  const glyph = GLYPH.exec(text);
  if (glyph) {
    const whole = glyph[1] ?? '';
    const sign = glyph[2]!;
    return { display: `${whole}${sign}`, value: Number(whole || 0) + GLYPHS[sign]!, decimals: 0, fraction: true };
  }
  const slash = SLASH.exec(text);
  if (slash) {
    const whole = slash[1] ?? '';
    const numerator = Number(slash[2]);
    const denominator = Number(slash[3]);
    if (denominator === 0) return 'format';
    const typed = `${slash[2]}/${slash[3]}`;
    const sign = SLASH_TO_GLYPH[typed];
    const display = sign ? `${whole}${sign}` : whole ? `${whole} ${typed}` : typed;
    return { display, value: Number(whole || 0) + numerator / denominator, decimals: 0, fraction: true };
  }
  return 'format';
}

/** Reads a typed dose amount; returns what is wrong with it instead of throwing. */
export function parseDoseAmount(typed: string): DoseAmount | DoseProblem {
  const text = typed.trim().replace(/\s+/g, ' ');
  const pieces = text.split(/\s?[-–]\s?/);
  if (pieces.length > 2 || pieces.some((piece) => piece === '')) return 'format';
  const parts = pieces.map(parsePart);
  for (const part of parts) if (typeof part === 'string') return part;
  const low = parts[0] as DosePart | undefined;
  if (!low) return 'format';
  const high = (parts[1] as DosePart | undefined) ?? low;
  if (high.value === 0) return 'zero';
  if (high !== low && low.value >= high.value) return 'rangeOrder';
  return { display: high === low ? low.display : `${low.display}-${high.display}`, low, high, isRange: high !== low };
}

/**
 * Singular or plural for the unit after the amount: "1 tablet", "½ tablet", "1½ tablets",
 * "0.5 tablets" (a decimal is plural in English and Spanish), "1-2 tablets". Uses the
 * language's own plural rules, so another language only brings its words.
 */
const PLURAL_RULES = new Map<string, Intl.PluralRules>();

export function pluralCategory(amount: DoseAmount, locale: string): Intl.LDMLPluralRule {
  const { high } = amount;
  if (!amount.isRange && high.fraction && high.value < 1) return 'one';
  const key = `${locale}|${high.decimals}`;
  // Building Intl.PluralRules is slow; an import writes hundreds of sentences with the same few.
  let rules = PLURAL_RULES.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { minimumFractionDigits: high.decimals, maximumFractionDigits: Math.max(high.decimals, 3) });
    PLURAL_RULES.set(key, rules);
  }
  // A range agrees with its larger number: "1-2 tablets", "½-1 tablet".
  return rules.select(high.value);
}
