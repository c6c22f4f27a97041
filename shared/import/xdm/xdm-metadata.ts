import { SaxesParser } from 'saxes';
import type { ImportedPerson, ReadLimits } from '../bundle';

/** What METADATA.XML says about one document of an XDM subset. */
export interface XdmDocumentMetadata {
  /** The document's file name inside its subset folder (the `URI` slot). */
  uri: string;
  title: string;
  /** typeCode display, e.g. "Summarization of Episode Note". */
  type: string;
  /** ISO date or date-time (creationTime, else serviceStartTime). */
  date: string;
  organization: string;
  author: string;
}

export interface XdmMetadata {
  documents: XdmDocumentMetadata[];
  /** From sourcePatientInfo (PID-5 name, PID-7 birth date), when given. */
  person: ImportedPerson;
}

export type MetadataResult = { ok: true; metadata: XdmMetadata } | { ok: false; reason: string };

const AUTHOR_SCHEME = 'urn:uuid:93606bcf-9494-43ec-9b4e-a7748d1a838d';
const TYPE_CODE_SCHEME = 'urn:uuid:f0306f51-975f-434e-a61c-c59651d33983';

/** HL7 v2 DTM (YYYYMMDD[HHMM[SS]]) → ISO; XDS times are UTC. */
export function hl7DateToIso(value: string): string {
  const match = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?/.exec(value.trim());
  if (!match) return '';
  const [, year, month, day, hour, minute, second] = match;
  if (!month || !day) return month ? `${year}-${month}` : year!;
  const date = `${year}-${month}-${day}`;
  return hour && minute ? `${date}T${hour}:${minute}:${second ?? '00'}Z` : date;
}

/** First component of an HL7 XON (organization) value: "Get Well Clinic^^^^^^^^^1.2.3" → name. */
const xonName = (value: string): string => value.split('^')[0]!.trim();

/** HL7 XCN (person) value "id^Family^Given^^^Prefix" → "Prefix Given Family". */
function xcnName(value: string): string {
  const parts = value.split('^');
  if (parts.length < 3) return value.trim();
  return [parts[5], parts[2], parts[1]].filter((part) => part && part.trim()).join(' ').trim();
}

function personFrom(patientInfo: readonly string[]): ImportedPerson {
  let name = '';
  let birthDate = '';
  for (const line of patientInfo) {
    if (line.startsWith('PID-5|')) {
      const [family = '', given = ''] = line.slice(6).split('^');
      name = [given, family].filter((part) => part.trim()).join(' ').trim();
    }
    if (line.startsWith('PID-7|')) birthDate = hl7DateToIso(line.slice(6)).slice(0, 10);
  }
  return { name, birthDate: /^\d{4}-\d{2}-\d{2}$/.test(birthDate) ? birthDate : '' };
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Reads an XDM METADATA.XML (ebRS SubmitObjectsRequest). Never throws: a damaged or
 * hostile metadata file only means the documents keep what they say about themselves.
 */
export function readXdmMetadata(text: string, limits: ReadLimits): MetadataResult {
  const documents: XdmDocumentMetadata[] = [];
  let patientInfo: string[] = [];
  const stack: string[] = [];
  let current: { meta: XdmDocumentMetadata; slots: Map<string, string[]> } | null = null;
  let slotName = '';
  let slotValues: string[] = [];
  let classificationScheme = '';
  let text_ = '';
  let failure = '';

  const parser = new SaxesParser({ xmlns: false });
  parser.on('doctype', () => {
    failure = 'METADATA.XML has a DOCTYPE, which is refused';
    throw new Error(failure);
  });
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    stack.push(name);
    if (stack.length > limits.maxDepth) {
      failure = 'METADATA.XML is nested too deeply';
      throw new Error(failure);
    }
    const attr = (key: string): string => {
      const value = node.attributes[key];
      return typeof value === 'string' ? value : '';
    };
    if (name === 'ExtrinsicObject') {
      current = { meta: { uri: '', title: '', type: '', date: '', organization: '', author: '' }, slots: new Map() };
    } else if (name === 'Classification') classificationScheme = attr('classificationScheme');
    else if (name === 'Slot') {
      slotName = attr('name');
      slotValues = [];
    }
    else if (name === 'Value') text_ = '';
    else if (name === 'LocalizedString' && current) {
      const parent = stack[stack.length - 3];
      if (parent === 'ExtrinsicObject' && !current.meta.title) current.meta.title = attr('value');
      if (parent === 'Classification' && classificationScheme === TYPE_CODE_SCHEME) current.meta.type = attr('value');
    }
  });
  parser.on('text', (chunk) => void (text_ += chunk));
  parser.on('closetag', (node) => {
    const name = localName(node.name);
    stack.pop();
    if (name === 'Value') slotValues.push(text_.trim());
    else if (name === 'Slot') {
      if (slotName === 'sourcePatientInfo') patientInfo = slotValues;
      if (current) {
        if (classificationScheme === AUTHOR_SCHEME && slotName === 'authorInstitution' && !current.meta.organization) {
          current.meta.organization = xonName(slotValues[0] ?? '');
        } else if (classificationScheme === AUTHOR_SCHEME && slotName === 'authorPerson' && !current.meta.author) {
          current.meta.author = xcnName(slotValues[0] ?? '');
        } else if (!classificationScheme) current.slots.set(slotName, slotValues);
      }
    } else if (name === 'Classification') classificationScheme = '';
    else if (name === 'ExtrinsicObject' && current) {
      const { meta, slots } = current;
      // Long URIs may be split over several values as "1|part", "2|part".
      const uriParts = slots.get('URI') ?? [];
      meta.uri = uriParts.map((part) => part.replace(/^\d+\|/, '')).join('');
      meta.date = hl7DateToIso(slots.get('creationTime')?.[0] ?? slots.get('serviceStartTime')?.[0] ?? '');
      documents.push(meta);
      current = null;
    }
  });

  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    return { ok: false, reason: failure || (error instanceof Error ? error.message : 'unreadable') };
  }
  return { ok: true, metadata: { documents, person: personFrom(patientInfo) } };
}
