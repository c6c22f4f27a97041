import { importError, type ImportError, type ReadLimits } from '../bundle';
import { decodeUtf8, looksLikeJsonLines, parseJsonLines, parseJsonText } from '../json/parse-json';
import { isObject, objects, str, type JsonObject } from './json-access';
import type { FoundResource } from './resource-index';

/** What a Bundle says of itself (the only parts of the Bundle object read after collecting). */
export interface BundleFacts {
  id: string;
  timestamp: string;
  lastUpdated: string;
}

/** The resources of one FHIR file, however they were packed. */
export interface Collected {
  resources: FoundResource[];
  /** What held them: "Bundle (transaction)", "NDJSON", "Resource list", or the single resource's type. */
  container: string;
  bundle: BundleFacts | undefined;
  ndjson: boolean;
  /** Resources of types nothing here reads, counted and not kept (see NEVER_READ). */
  unread: number;
}

/**
 * Billing and audit resources. No resource the binder reads refers to them, so they are counted
 * and let go as soon as they are found: in a Synthea bundle they are a third of the parsed file,
 * which then need not be kept (and copied by the garbage collector) while the rest is read.
 */
const NEVER_READ: ReadonlySet<string> = new Set(['Claim', 'ExplanationOfBenefit', 'Provenance']);

/** The resources worth keeping, and how many were let go. */
function kept(all: readonly FoundResource[]): { resources: FoundResource[]; unread: number } {
  const resources = all.filter((found) => !NEVER_READ.has(found.type));
  return { resources, unread: all.length - resources.length };
}

const isResource = (value: unknown): value is JsonObject => isObject(value) && str(value, 'resourceType') !== '';

const found = (resource: JsonObject, fullUrl = ''): FoundResource => ({ resource, type: str(resource, 'resourceType'), id: str(resource, 'id'), fullUrl });

/** A Bundle's entries, and those of Bundles inside it (a searchset of documents), two levels deep at most. */
function entriesOf(bundle: JsonObject, into: FoundResource[], level = 0): void {
  for (const entry of objects(bundle, 'entry')) {
    const resource = entry.resource;
    if (!isResource(resource)) continue;
    if (str(resource, 'resourceType') === 'Bundle' && level < 2) entriesOf(resource, into, level + 1);
    else into.push(found(resource, str(entry, 'fullUrl')));
  }
}

/**
 * Parses the bytes (within the limits) and gathers the resources: a Bundle (any type), a single
 * resource, a JSON array of resources (as portals and Apple Health hand them out), or NDJSON.
 */
export function collectResources(bytes: Uint8Array, limits: ReadLimits): { ok: true; collected: Collected } | { ok: false; error: ImportError } {
  if (bytes.length > limits.maxFileBytes) return importError('too-large', `The file is larger than ${limits.maxFileBytes} bytes`);
  const text = decodeUtf8(bytes);
  if (text.trim() === '') return importError('empty-file', 'The file is empty');
  if (looksLikeJsonLines(text, limits)) {
    const lines = parseJsonLines(text, limits);
    if (!lines.ok) return lines;
    const all = lines.value.filter(isResource).map((resource) => found(resource));
    if (all.length === 0) return importError('unsupported-format', 'The lines hold no FHIR resources');
    return { ok: true, collected: { ...kept(all), container: 'NDJSON', bundle: undefined, ndjson: true } };
  }
  const parsed = parseJsonText(text, limits);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (Array.isArray(value)) {
    const all = value.filter(isResource).map((resource) => found(resource));
    if (all.length === 0) return importError('unsupported-format', 'The JSON list holds no FHIR resources');
    return { ok: true, collected: { ...kept(all), container: 'Resource list', bundle: undefined, ndjson: false } };
  }
  if (!isResource(value)) return importError('unsupported-format', 'The JSON is not a FHIR resource (it has no resourceType)');
  if (str(value, 'resourceType') === 'Bundle') {
    const all: FoundResource[] = [];
    entriesOf(value, all);
    const type = str(value, 'type');
    const bundle = { id: str(value, 'id'), timestamp: str(value, 'timestamp'), lastUpdated: str(value, 'meta', 'lastUpdated') };
    return { ok: true, collected: { ...kept(all), container: type ? `Bundle (${type})` : 'Bundle', bundle, ndjson: false } };
  }
  return { ok: true, collected: { ...kept([found(value)]), container: str(value, 'resourceType'), bundle: undefined, ndjson: false } };
}
