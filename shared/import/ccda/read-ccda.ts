import { todayIso } from '../../model/dates';
import { emptyCounts, importError, type DocumentPart, type ImportedItem, type ReadContext, type ReadOutcome } from '../bundle';
import { child, parseXmlBytes, path, type XmlElement } from '../xml';
import { Narrative, templatesOf } from './cda-values';
import { mapCareTeam } from './care-team';
import { readCcr } from './ccr';
import { describeDocument, personOf } from './document-header';
import { mapAllergy } from './allergies';
import { mapEncounter } from './encounters';
import { entryKindOf, type EntryKind } from './entry-kinds';
import { warn, type EntryContext } from './entry-context';
import { mapGoal } from './goals';
import { mapMeasurements } from './measurements';
import { mapMedication } from './medications';
import { readNonXmlBody } from './nonxml-body';
import { mapProblem } from './problems';

const C32_TEMPLATE = '2.16.840.1.113883.3.88.11.32.1';
const PLANNED_MOODS = new Set(['INT', 'APT', 'ARQ', 'PRP', 'RQO', 'PRMS']);

/** Reads one C-CDA document (R1.1, R2.0, R2.1; any document type), a HITSP C32 or a CCR. Never throws. */
export function readCcda(bytes: Uint8Array, context: ReadContext): ReadOutcome {
  if (bytes.length > context.limits.maxFileBytes) return importError('too-large', `The document is larger than ${context.limits.maxFileBytes} bytes.`);
  const parsed = parseXmlBytes(bytes, { maxDepth: context.limits.maxDepth });
  if (!parsed.ok) return parsed;
  return readCcdaTree(parsed.root, context, todayIso(), parsed.ids);
}

/** The same, for a document already parsed (a zip reader that looked inside to sniff it). */
export function readCcdaTree(root: XmlElement, context: ReadContext, today: string = todayIso(), ids?: Map<string, XmlElement>): ReadOutcome {
  try {
    if (root.local === 'ContinuityOfCareRecord') return { ok: true, part: readCcr(root, context), format: 'ccr' };
    // Section-level fragments (HL7's examples): a <section>, or a <component> holding one.
    if (root.local !== 'ClinicalDocument' && root.local !== 'section' && !(root.local === 'component' && child(root, 'section'))) {
      return importError('unsupported-format', `The XML is a <${root.local}>, not a clinical document.`);
    }
    const templates = templatesOf(root);
    const legacy = templates.includes(C32_TEMPLATE) || (templates.length > 0 && !templates.some((template) => template.startsWith('2.16.840.1.113883.10.20.22.')) && templates.includes('2.16.840.1.113883.10.20.1'));
    const part = readDocument(root, context, legacy, today, ids);
    return legacy ? { ok: true, part, format: 'hitsp-c32' } : { ok: true, part };
  } catch (error) {
    return importError('malformed-xml', `The document could not be read (${error instanceof Error ? error.name : 'error'}).`);
  }
}

function readDocument(root: XmlElement, readContext: ReadContext, legacy: boolean, today: string, ids: Map<string, XmlElement> | undefined): DocumentPart {
  const narrative = new Narrative(root, ids);
  const isFragment = root.local !== 'ClinicalDocument';
  const document = isFragment
    ? { path: readContext.documentPath, title: narrative.textOf(child(root, 'title')) || 'Section', type: 'Section', organization: '', date: '' }
    : describeDocument(root, readContext.documentPath, narrative);
  const context: EntryContext = {
    narrative,
    provenance: { fileName: readContext.fileName, documentPath: readContext.documentPath, documentTitle: document.title, organization: document.organization, documentDate: document.date },
    warnings: [],
    today,
  };
  const counts = emptyCounts();
  const items: ImportedItem[] = [];
  const keep = (item: ImportedItem | null): void => {
    if (item) items.push(item);
  };
  const measurementGroups = new Map<XmlElement | null, XmlElement[]>();
  const memberActs: XmlElement[] = [];
  let plannedMedicines = 0;
  const walkFrom = isFragment ? root : (path(root, 'component', 'structuredBody') ?? null);
  const visit = (element: XmlElement, concern: XmlElement | null, organizer: XmlElement | null): void => {
    const kind: EntryKind | null = element.children.length > 0 ? entryKindOf(element, legacy) : null;
    let nextConcern = concern;
    let nextOrganizer = organizer;
    switch (kind) {
      case 'medication':
        counts.medications++;
        keep(mapMedication(element, context));
        break;
      case 'plannedMedication':
        // Not counted as a medication entry (MANIFEST.md counts 4.16 only); kept as a medicine not started yet.
        if (PLANNED_MOODS.has(element.attrs.moodCode ?? '')) {
          const planned = mapMedication(element, context, true);
          if (planned) plannedMedicines++;
          keep(planned);
        }
        break;
      case 'allergy':
        counts.allergies++;
        keep(mapAllergy(element, context));
        break;
      case 'problem':
        counts.problems++;
        keep(mapProblem(element, context, concern));
        break;
      case 'problemConcern':
        nextConcern = element;
        break;
      case 'encounter':
        counts.encounters++;
        keep(mapEncounter(element, context, false));
        break;
      case 'plannedEncounter':
        if (PLANNED_MOODS.has(element.attrs.moodCode ?? '')) {
          counts.appointments++;
          keep(mapEncounter(element, context, true));
        }
        break;
      case 'goal':
        counts.goals++;
        keep(mapGoal(element, context));
        break;
      case 'immunization':
        counts.immunizations++;
        break;
      case 'result':
      case 'vital': {
        counts[kind === 'result' ? 'results' : 'vitals']++;
        const group = measurementGroups.get(organizer);
        if (group) group.push(element);
        else measurementGroups.set(organizer, [element]);
        break;
      }
      case 'resultOrganizer':
      case 'vitalOrganizer':
        nextOrganizer = element;
        break;
      case 'careTeamMember':
        memberActs.push(element);
        break;
      default:
        break;
    }
    for (const next of element.children) visit(next, nextConcern, nextOrganizer);
  };
  // Recursion is bounded: the parser refused anything deeper than limits.maxDepth.
  if (walkFrom) visit(walkFrom, null, null);
  for (const [organizer, entries] of measurementGroups) items.push(...mapMeasurements(entries, context, organizer));
  const careTeam = mapCareTeam(root, memberActs, context);
  counts.careTeam = careTeam.length;
  items.push(...careTeam);
  const attachments = [];
  const nonXml = path(root, 'component', 'nonXMLBody');
  if (nonXml) {
    const attachment = readNonXmlBody(nonXml, document.title, context);
    if (attachment) attachments.push(attachment);
  }
  if (counts.immunizations > 0) {
    warn(context, 'immunizations-not-kept', `${counts.immunizations} immunization${counts.immunizations === 1 ? ' was' : 's were'} read and not kept: the binder has no place for vaccines yet.`);
  }
  if (plannedMedicines > 0) {
    warn(context, 'planned-medications', `${plannedMedicines} planned medicine${plannedMedicines === 1 ? ' was' : 's were'} read from the plan of treatment and kept as not started yet.`);
  }
  if (legacy) warn(context, 'legacy-format', 'This is an older HITSP C32 document: medicines, allergies, problems, visits and results were taken; check them carefully.');
  return { documents: [document], person: isFragment ? { name: '', birthDate: '' } : personOf(root), items, counts, attachments, warnings: context.warnings };
}
