import type { MeasurementType } from '../../model/measurement';

/** The units offered for each type with a known scale; the first is the usual one. Custom units are free text. */
export const MEASUREMENT_UNITS = {
  bloodPressure: ['mmHg'],
  weight: ['kg', 'lb'],
  bloodSugar: ['mg/dL', 'mmol/L'],
  a1c: ['%'],
  pain: [''],
} as const satisfies Record<Exclude<MeasurementType, 'custom'>, readonly string[]>;

/** Spellings seen in portal exports and typed by hand, mapped to the one we show. */
const ALIASES: Record<string, string> = {
  kg: 'kg',
  kgs: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  lb: 'lb',
  lbs: 'lb',
  '[lb_av]': 'lb',
  pound: 'lb',
  pounds: 'lb',
  'mg/dl': 'mg/dL',
  'mmol/l': 'mmol/L',
  mmhg: 'mmHg',
  'mm[hg]': 'mmHg',
  '%': '%',
};

/** One spelling per unit ("lbs" → "lb", "mg/dl" → "mg/dL"); an unknown unit stays as written, trimmed. */
export function normalizeUnit(unit: string): string {
  const trimmed = unit.trim();
  return ALIASES[trimmed.toLowerCase()] ?? trimmed;
}

/** The units a type offers, or null when any unit may be typed (custom). */
export function unitsFor(type: MeasurementType): readonly string[] | null {
  return type === 'custom' ? null : MEASUREMENT_UNITS[type];
}

export function defaultUnit(type: MeasurementType): string {
  return unitsFor(type)?.[0] ?? '';
}

const KG_PER_LB = 0.45359237;
/** mg/dL per mmol/L of glucose (molar mass 180.156 g/mol). */
const MG_DL_PER_MMOL_L = 18.0156;

/** Decimals that make sense for each unit, so converted values do not show false precision. */
const DECIMALS: Record<string, number> = { kg: 1, lb: 1, 'mg/dL': 0, 'mmol/L': 1, mmHg: 0, '%': 1 };

export function roundForUnit(value: number, unit: string): number {
  const decimals = DECIMALS[unit];
  if (decimals === undefined) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * A value in another unit, or null when the two units cannot be converted. Equal units
 * (after normalizing) give the value back untouched, so nothing typed is ever changed.
 */
export function convertUnit(value: number, from: string, to: string): number | null {
  const a = normalizeUnit(from);
  const b = normalizeUnit(to);
  if (a === b) return value;
  if (a === 'lb' && b === 'kg') return roundForUnit(value * KG_PER_LB, 'kg');
  if (a === 'kg' && b === 'lb') return roundForUnit(value / KG_PER_LB, 'lb');
  if (a === 'mmol/L' && b === 'mg/dL') return roundForUnit(value * MG_DL_PER_MMOL_L, 'mg/dL');
  if (a === 'mg/dL' && b === 'mmol/L') return roundForUnit(value / MG_DL_PER_MMOL_L, 'mmol/L');
  return null;
}

/**
 * The unit a reading is in. A missing unit is read as the type's only unit where there is
 * just one (A1C is always %); where there is a choice (kg or lb), nothing is guessed.
 */
export function unitOfReading(reading: { type: MeasurementType; unit: string }): string {
  const units = unitsFor(reading.type);
  if (reading.unit.trim() === '' && units?.length === 1) return units[0]!;
  return normalizeUnit(reading.unit);
}
