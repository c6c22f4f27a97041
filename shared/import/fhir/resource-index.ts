import { isObject, objects, str, type JsonObject } from './json-access';

/** One resource as found in the file, with the names other resources may use for it. */
export interface FoundResource {
  resource: JsonObject;
  type: string;
  id: string;
  /** Bundle.entry.fullUrl (a `urn:uuid:` for Synthea, an absolute URL for servers), or ''. */
  fullUrl: string;
}

const ABSOLUTE_TYPE_ID = /([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;

/**
 * Finds the resources references point to: relative `Type/id`, `urn:uuid:…` full URLs (Synthea),
 * absolute URLs ending in Type/id, conditional `Type?identifier=system|value` (bulk data), and
 * contained `#id` (looked up in the referring resource).
 * Keyed with Maps, so no id from the file ever lands on an object's prototype chain.
 */
export class ResourceIndex {
  private readonly byKey = new Map<string, FoundResource>();
  private readonly found: FoundResource[] = [];
  /** Built on the first lookup by identifier: most files never make one. */
  private byIdentifier: Map<string, FoundResource> | null = null;

  add(found: FoundResource): void {
    if (found.fullUrl) this.byKey.set(found.fullUrl, found);
    if (found.type && found.id) {
      const key = `${found.type}/${found.id}`;
      if (!this.byKey.has(key)) this.byKey.set(key, found);
      // A urn:uuid reference may name a resource whose fullUrl was not given.
      if (!this.byKey.has(`urn:uuid:${found.id}`)) this.byKey.set(`urn:uuid:${found.id}`, found);
    }
    this.found.push(found);
    this.byIdentifier = null;
  }

  /** Bulk exports refer by identifier ("Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|999"). */
  private identifierIndex(): Map<string, FoundResource> {
    if (this.byIdentifier !== null) return this.byIdentifier;
    const index = new Map<string, FoundResource>();
    for (const found of this.found) {
      if (!found.type) continue;
      for (const identifier of objects(found.resource, 'identifier')) {
        const value = str(identifier, 'value');
        if (!value) continue;
        const key = `?identifier=${str(identifier, 'system')}|${value}`;
        if (!index.has(`${found.type}${key}`)) index.set(`${found.type}${key}`, found);
        // A logical reference (Reference.identifier without a type) is looked up by the identifier alone.
        if (!index.has(key)) index.set(key, found);
      }
    }
    return (this.byIdentifier = index);
  }

  /** The resource a Reference (or DSTU2 reference string) points to, seen from `from`. */
  resolve(reference: unknown, from?: JsonObject): JsonObject | undefined {
    const target = typeof reference === 'string' ? reference.trim() : str(reference, 'reference');
    if (target === '') {
      const value = str(reference, 'identifier', 'value');
      if (!value) return undefined;
      const key = `?identifier=${str(reference, 'identifier', 'system')}|${value}`;
      const byIdentifier = this.identifierIndex();
      return (byIdentifier.get(`${str(reference, 'type')}${key}`) ?? byIdentifier.get(key))?.resource;
    }
    if (target.startsWith('#')) {
      const id = target.slice(1);
      return objects(from, 'contained').find((contained) => str(contained, 'id') === id);
    }
    const direct = this.byKey.get(target) ?? (target.includes('?identifier=') ? this.identifierIndex().get(target) : undefined);
    if (direct) return direct.resource;
    const match = ABSOLUTE_TYPE_ID.exec(target);
    return match ? this.byKey.get(`${match[1]}/${match[2]}`)?.resource : undefined;
  }
}

/** The key a resource is remembered by across imports: `Type/id`, else its full URL. */
export function sourceIdOf(resource: JsonObject, fullUrl = ''): string {
  const type = str(resource, 'resourceType');
  const id = str(resource, 'id');
  if (type && id) return `${type}/${id}`;
  return fullUrl;
}

/** The display words of a Reference, when it names what it points to. */
export const referenceDisplay = (reference: unknown): string => (isObject(reference) ? str(reference, 'display') : '');
