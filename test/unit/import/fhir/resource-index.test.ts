import { describe, expect, it } from 'vitest';
import { ResourceIndex } from '../../../../shared/import/fhir/resource-index';
import type { JsonObject } from '../../../../shared/import/fhir/json-access';

const NPI = 'http://hl7.org/fhir/sid/us-npi';
const practitioner = (id: string, npi: string): JsonObject => ({ resourceType: 'Practitioner', id, identifier: [{ system: NPI, value: npi }] });

function indexOf(...resources: JsonObject[]): ResourceIndex {
  const index = new ResourceIndex();
  for (const resource of resources) index.add({ resource, type: String(resource.resourceType), id: String(resource.id), fullUrl: `urn:uuid:${String(resource.id)}` });
  return index;
}

describe('resource index', () => {
  it('finds resources by full URL, Type/id, an absolute URL and a contained #id', () => {
    const doctor = practitioner('p1', '999');
    const index = indexOf(doctor);
    expect(index.resolve({ reference: 'urn:uuid:p1' })).toBe(doctor);
    expect(index.resolve('Practitioner/p1')).toBe(doctor);
    expect(index.resolve({ reference: 'https://example.org/fhir/Practitioner/p1/_history/2' })).toBe(doctor);
    const contained = { resourceType: 'Medication', id: 'm' };
    expect(index.resolve({ reference: '#m' }, { contained: [contained] })).toBe(contained);
    expect(index.resolve({ reference: 'Practitioner/nobody' })).toBeUndefined();
  });

  it('finds resources by identifier: conditional references and logical ones, with or without a type', () => {
    const first = practitioner('p1', '111');
    const second = practitioner('p2', '222');
    const index = indexOf(first, second);
    expect(index.resolve({ reference: `Practitioner?identifier=${NPI}|222` })).toBe(second);
    expect(index.resolve({ type: 'Practitioner', identifier: { system: NPI, value: '111' } })).toBe(first);
    expect(index.resolve({ identifier: { system: NPI, value: '222' } })).toBe(second);
    expect(index.resolve({ identifier: { system: NPI, value: '333' } })).toBeUndefined();
  });

  it('finds a resource added after an earlier lookup by identifier', () => {
    const index = indexOf(practitioner('p1', '111'));
    expect(index.resolve({ identifier: { system: NPI, value: '444' } })).toBeUndefined();
    const late = practitioner('p4', '444');
    index.add({ resource: late, type: 'Practitioner', id: 'p4', fullUrl: '' });
    expect(index.resolve({ identifier: { system: NPI, value: '444' } })).toBe(late);
  });

  it('keeps the first resource for an identifier two resources share', () => {
    const index = indexOf(practitioner('p1', '555'), practitioner('p2', '555'));
    expect(index.resolve({ reference: `Practitioner?identifier=${NPI}|555` })).toMatchObject({ id: 'p1' });
  });
});
