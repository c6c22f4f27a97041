import { field, isObject, list, str } from './json-access';
import type { FoundResource } from './resource-index';

/**
 * True when the resources are DSTU2 (FHIR 1.0.2), told by shapes R4 no longer has:
 * MedicationOrder, AllergyIntolerance.substance, a Condition's string clinicalStatus, an
 * Observation's single category, or meta.fhirVersion 1.0.x.
 */
export function isDstu2(resources: readonly FoundResource[]): boolean {
  return resources.some(({ resource, type }) => {
    if (str(resource, 'meta', 'fhirVersion').startsWith('1.0')) return true;
    switch (type) {
      case 'MedicationOrder':
        return true;
      case 'AllergyIntolerance':
        return field(resource, 'substance') !== undefined;
      case 'Condition':
        return typeof field(resource, 'clinicalStatus') === 'string' || field(resource, 'patient') !== undefined;
      case 'Observation':
        return isObject(field(resource, 'category')) && list(resource, 'category').length === 1;
      default:
        return false;
    }
  });
}
