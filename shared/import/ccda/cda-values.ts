import { CodeCollector, type Codes } from '../../model/fields';
import { attr, attrLocal, child, childrenNamed, textOf, type XmlElement } from '../xml';
import { isRealDay } from '../../model/dates';

/** HL7 data types as the binder needs them: codes, dates, names, narrative text. */

export const OID = {
  rxnorm: '2.16.840.1.113883.6.88',
  snomed: '2.16.840.1.113883.6.96',
  icd10cm: '2.16.840.1.113883.6.90',
  icd10: '2.16.840.1.113883.6.3',
  loinc: '2.16.840.1.113883.6.1',
} as const;

/** Names for the code systems people and pharmacists recognise; others keep their OID. */
const SYSTEM_NAMES: Record<string, string> = {
  '2.16.840.1.113883.6.1': 'LOINC',
  '2.16.840.1.113883.6.69': 'NDC',
  '2.16.840.1.113883.12.292': 'CVX',
  '2.16.840.1.113883.6.103': 'ICD-9-CM',
  '2.16.840.1.113883.6.104': 'ICD-9-CM procedures',
  '2.16.840.1.113883.6.12': 'CPT',
  '2.16.840.1.113883.6.285': 'HCPCS',
  '2.16.840.1.113883.4.9': 'UNII',
  '2.16.840.1.113883.3.26.1.5': 'NDF-RT',
  '2.16.840.1.113883.3.26.1.1': 'NCI Thesaurus',
  '2.16.840.1.113883.6.259': 'HL7 Healthcare Service Location',
  '2.16.840.1.113883.6.101': 'NUCC Provider Taxonomy',
  '2.16.840.1.113883.6.8': 'UCUM',
  '2.16.840.1.113883.6.314': 'MED-RT',
  '2.16.840.1.113883.6.208': 'First Databank',
  '2.16.840.1.113883.6.253': 'Medi-Span',
};

/** Adds the code of a CD/CE element and every translation it carries. */
function addCodes(collector: CodeCollector, element: XmlElement | undefined): void {
  if (!element) return;
  const code = attr(element, 'code').trim();
  const system = attr(element, 'codeSystem').trim();
  if (code && attr(element, 'nullFlavor') === '') {
    const list = system === OID.rxnorm ? 'rxnorm' : system === OID.snomed ? 'snomed' : system === OID.icd10cm || system === OID.icd10 ? 'icd10' : null;
    const name = list ? '' : (SYSTEM_NAMES[system] ?? (attr(element, 'codeSystemName') || system || 'unknown'));
    collector.add(list, code, name, list ? '' : attr(element, 'displayName').trim().slice(0, 300));
  }
  for (const translation of childrenNamed(element, 'translation')) addCodes(collector, translation);
}

/** The codes of CD/CE elements and of every translation they carry, each once (linear in their number). */
export function codesOf(elements: ReadonlyArray<XmlElement | undefined>): Codes {
  const collector = new CodeCollector();
  for (const element of elements) addCodes(collector, element);
  return collector.codes;
}

/** The ids of an entry as `root^extension` (or `root`): how a repeated import recognises it. */
export function idsOf(element: XmlElement | undefined): string[] {
  const ids: string[] = [];
  for (const id of childrenNamed(element, 'id')) {
    const root = attr(id, 'root');
    if (!root) continue;
    const extension = attr(id, 'extension');
    ids.push(extension ? `${root}^${extension}` : root);
  }
  return ids;
}

export const templatesOf = (element: XmlElement): string[] => childrenNamed(element, 'templateId').map((template) => attr(template, 'root'));

/** Narrative elements by their ID, for `reference value="#id"` (built once per document). */
export class Narrative {
  private index: Map<string, XmlElement> | null;
  /** `ids`: the parser's index of ID attributes, when the caller has it; else built on first use. */
  constructor(
    private readonly root: XmlElement,
    ids?: Map<string, XmlElement>,
  ) {
    this.index = ids ?? null;
  }

  private byId(id: string): XmlElement | undefined {
    if (!this.index) {
      this.index = new Map();
      const stack = [this.root];
      while (stack.length) {
        const next = stack.pop()!;
        const key = next.attrs.ID ?? next.attrs.id;
        if (key !== undefined && next.local !== 'id' && !this.index.has(key)) this.index.set(key, next);
        for (const element of next.children) stack.push(element);
      }
    }
    return this.index.get(id);
  }

  /** The words of a `text` or `originalText` element: the referenced narrative if it points at one, else its own text. */
  textOf(element: XmlElement | undefined): string {
    if (!element) return '';
    const reference = child(element, 'reference');
    const value = attr(reference, 'value');
    if (value.startsWith('#')) {
      const target = this.byId(value.slice(1));
      const resolved = textOf(target);
      if (resolved) return resolved;
    }
    return textOf(element);
  }

  /** A coded element's words: displayName, else originalText (resolved), else nothing. */
  codeText(element: XmlElement | undefined): string {
    if (!element) return '';
    const display = attr(element, 'displayName').trim();
    if (display) return display;
    const original = this.textOf(child(element, 'originalText'));
    if (original) return original;
    for (const translation of childrenNamed(element, 'translation')) {
      const translated = attr(translation, 'displayName').trim();
      if (translated) return translated;
    }
    return '';
  }
}

const TS = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.\d+)?([+-]\d{4})?/;

export interface TimeStamp {
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source. */
  date: string;
  /** HH:mm when the source gives an hour, else ''. */
  time: string;
  /** An IANA zone for a whole-hour offset ("-0500" → "Etc/GMT+5"), else ''. */
  zone: string;
}

/** Reads an HL7 TS ("20170808143241-0500", "2015", "201506"); null when absent or not a real date. */
export function readTs(value: string): TimeStamp | null {
  const match = TS.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, , offset] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return null;
  let date = year!;
  if (month) date += `-${month}`;
  if (month && day) {
    date += `-${day}`;
    if (!isRealDay(date)) return null;
  }
  const time = hour && Number(hour) < 24 && Number(minute ?? '0') < 60 ? `${hour}:${minute ?? '00'}` : '';
  let zone = '';
  if (offset && offset.endsWith('00')) {
    const hours = Number(offset.slice(1, 3));
    zone = hours === 0 ? 'UTC' : `Etc/GMT${offset.startsWith('-') ? '+' : '-'}${hours}`;
  }
  return { date, time, zone };
}

/** A TS-valued element's `value`, or an interval's `low` (or `center`). */
export function startOf(element: XmlElement | undefined): TimeStamp | null {
  if (!element) return null;
  return readTs(attr(element, 'value')) ?? readTs(attr(child(element, 'low'), 'value')) ?? readTs(attr(child(element, 'center'), 'value'));
}

export const endOf = (element: XmlElement | undefined): TimeStamp | null => readTs(attr(child(element, 'high'), 'value'));

/** A full day (YYYY-MM-DD) or ''. */
export const fullDate = (stamp: TimeStamp | null): string => (stamp && stamp.date.length === 10 ? stamp.date : '');

/** "Dr. Anna Lee, MD" from a PN (prefix, given, family, suffix), or its plain text. */
export function personName(name: XmlElement | undefined): string {
  if (!name || attr(name, 'nullFlavor')) return '';
  const parts: string[] = [];
  for (const part of name.children) {
    if (part.local === 'validTime') continue;
    const words = textOf(part);
    if (words) parts.push(part.local === 'suffix' && parts.length > 0 ? `, ${words}` : words);
  }
  const joined = parts.length > 0 ? parts.join(' ').replace(/ ,/g, ',') : textOf(name);
  return joined.replace(/\s+/g, ' ').trim();
}

/** The first name of an element that has several `name` children (person or organization). */
export const firstName = (element: XmlElement | undefined): string => {
  for (const name of childrenNamed(element, 'name')) {
    const written = personName(name);
    if (written) return written;
  }
  return '';
};

export function telecoms(element: XmlElement | undefined): { phone: string; fax: string; email: string } {
  const found = { phone: '', fax: '', email: '' };
  for (const telecom of childrenNamed(element, 'telecom')) {
    const value = attr(telecom, 'value').trim();
    if (value.startsWith('tel:') && !found.phone) found.phone = value.slice(4).trim();
    else if (value.startsWith('fax:') && !found.fax) found.fax = value.slice(4).trim();
    else if (value.startsWith('mailto:') && !found.email) found.email = value.slice(7).trim();
  }
  return found;
}

export function addressOf(element: XmlElement | undefined): string {
  const addr = child(element, 'addr');
  if (!addr || attr(addr, 'nullFlavor')) return '';
  const lines = childrenNamed(addr, 'streetAddressLine').map((line) => textOf(line)).filter(Boolean);
  const city = [textOf(child(addr, 'city')), textOf(child(addr, 'state'))].filter(Boolean).join(', ');
  const place = [city, textOf(child(addr, 'postalCode'))].filter(Boolean).join(' ');
  return [...lines, place].filter(Boolean).join(', ') || textOf(addr);
}

/** The numeric value of a PQ element ("5.0" → 5); null when absent or not a number. */
export function quantity(element: XmlElement | undefined): { value: number; unit: string; written: string } | null {
  if (!element) return null;
  const written = attr(element, 'value').trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(written)) return null;
  return { value: Number(written), unit: attr(element, 'unit').trim(), written };
}

export const xsiType = (element: XmlElement | undefined): string => attrLocal(element, 'type').replace(/^.*:/, '');

export const isNegated = (element: XmlElement): boolean => attr(element, 'negationInd').toLowerCase() === 'true';

/** Trims text to a field's maximum length without cutting a word in half where it can. */
export function clip(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
