import type { MeasurementInput, MeasurementType } from '../../model/measurement';
import type { ImportedItem } from '../bundle';
import { attr, child, type XmlElement } from '../xml';
import { clip, codesOf, idsOf, quantity, startOf, xsiType, type TimeStamp } from './cda-values';
import { makeItem, type EntryContext } from './entry-context';

/** LOINC codes of the measurements the binder charts; anything else is a custom measurement. */
const TYPES: Record<string, MeasurementType> = {
  '29463-7': 'weight',
  '3141-9': 'weight',
  '3142-7': 'weight',
  '2339-0': 'bloodSugar',
  '2345-7': 'bloodSugar',
  '41653-7': 'bloodSugar',
  '14749-6': 'bloodSugar',
  '4548-4': 'a1c',
  '4549-2': 'a1c',
  '17856-6': 'a1c',
};
const SYSTOLIC = '8480-6';
const DIASTOLIC = '8462-4';

const takenAt = (stamp: TimeStamp): string => `${stamp.date}T${stamp.time || '00:00'}`;

interface Reading {
  entry: XmlElement;
  /** The observation's code element (with its translations): every code is kept. */
  codeElement: XmlElement | undefined;
  code: string;
  name: string;
  value: number;
  unit: string;
  stamp: TimeStamp;
}

function readingOf(entry: XmlElement, context: EntryContext, organizerTime: TimeStamp | null): Reading | null {
  const valueElement = child(entry, 'value');
  if (xsiType(valueElement) !== 'PQ' && xsiType(valueElement) !== '') return null;
  const measured = quantity(valueElement);
  const stamp = startOf(child(entry, 'effectiveTime')) ?? organizerTime;
  if (!measured || !stamp || stamp.date.length < 10 || measured.value < 0) return null;
  const code = child(entry, 'code');
  const name = context.narrative.codeText(code) || context.narrative.textOf(child(entry, 'text'));
  return { entry, codeElement: code, code: attr(code, 'code'), name, value: measured.value, unit: measured.unit === '1' ? '' : measured.unit, stamp };
}

/**
 * Result (4.2) and vital sign (4.27) observations of one organizer → measurements: weight,
 * blood sugar and A1C by LOINC, systolic and diastolic of the same moment paired as one blood
 * pressure, anything else numeric as a custom measurement with its own name and unit.
 */
export function mapMeasurements(entries: XmlElement[], context: EntryContext, organizer: XmlElement | null): ImportedItem<'measurement'>[] {
  const organizerTime = organizer ? startOf(child(organizer, 'effectiveTime')) : null;
  const readings = entries.map((entry) => readingOf(entry, context, organizerTime)).filter((reading): reading is Reading => reading !== null);
  const items: ImportedItem<'measurement'>[] = [];
  const diastolics = readings.filter((reading) => reading.code === DIASTOLIC);
  for (const reading of readings) {
    if (reading.code === DIASTOLIC) continue;
    let input: MeasurementInput;
    const ids = idsOf(reading.entry);
    if (reading.code === SYSTOLIC) {
      const pair = diastolics.find((other) => other.stamp.date === reading.stamp.date && other.stamp.time === reading.stamp.time);
      if (!pair) continue;
      diastolics.splice(diastolics.indexOf(pair), 1);
      ids.push(...idsOf(pair.entry));
      input = { type: 'bloodPressure', takenAt: takenAt(reading.stamp), value: reading.value, value2: pair.value, unit: 'mmHg', codes: codesOf([reading.codeElement, pair.codeElement]) };
    } else {
      const type = TYPES[reading.code] ?? 'custom';
      if (type === 'custom' && !reading.name) continue;
      input = { type, customName: type === 'custom' ? clip(reading.name, 100) : '', takenAt: takenAt(reading.stamp), value: reading.value, unit: clip(reading.unit, 30), codes: codesOf([reading.codeElement]) };
    }
    const item = makeItem('measurement', input, context, ids, reading.stamp.date);
    if (item) items.push(item);
  }
  return items;
}
