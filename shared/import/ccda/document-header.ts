import type { ImportedDocument, ImportedPerson } from '../bundle';
import { attr, child, childrenNamed, path, textOf, type XmlElement } from '../xml';
import { firstName, fullDate, readTs, templatesOf, type Narrative } from './cda-values';

const DOC = '2.16.840.1.113883.10.20.22.1.';
/** Document templates (C-CDA R1.1–R2.1) → the names portals use. */
const DOCUMENT_TYPES: Record<string, string> = {
  [`${DOC}2`]: 'CCD',
  [`${DOC}14`]: 'Referral Note',
  [`${DOC}8`]: 'Discharge Summary',
  [`${DOC}15`]: 'Care Plan',
  [`${DOC}9`]: 'Progress Note',
  [`${DOC}4`]: 'Consultation Note',
  [`${DOC}3`]: 'History and Physical',
  [`${DOC}13`]: 'Transfer Summary',
  [`${DOC}10`]: 'Unstructured Document',
  [`${DOC}5`]: 'Diagnostic Imaging Report',
  [`${DOC}6`]: 'Procedure Note',
  [`${DOC}7`]: 'Operative Note',
  '2.16.840.1.113883.3.88.11.32.1': 'HITSP C32',
  '2.16.840.1.113883.10.20.1': 'CCD 1.0',
};

export function documentType(root: XmlElement, narrative: Narrative): string {
  for (const template of templatesOf(root)) if (DOCUMENT_TYPES[template]) return DOCUMENT_TYPES[template];
  return narrative.codeText(child(root, 'code')) || 'Clinical document';
}

/** The organization that wrote or keeps the document: custodian first, then the author's. */
export function organizationOf(root: XmlElement): string {
  const custodian = firstName(path(root, 'custodian', 'assignedCustodian', 'representedCustodianOrganization'));
  if (custodian) return custodian;
  for (const author of childrenNamed(root, 'author')) {
    const name = firstName(path(author, 'assignedAuthor', 'representedOrganization'));
    if (name) return name;
  }
  return '';
}

export function describeDocument(root: XmlElement, documentPath: string, narrative: Narrative): ImportedDocument {
  const stamp = readTs(attr(child(root, 'effectiveTime'), 'value'));
  const type = documentType(root, narrative);
  return {
    path: documentPath,
    title: textOf(child(root, 'title')) || type,
    type,
    organization: organizationOf(root),
    date: stamp ? (stamp.time && stamp.date.length === 10 ? `${stamp.date}T${stamp.time}` : stamp.date) : '',
  };
}

export function personOf(root: XmlElement): ImportedPerson {
  const patient = path(root, 'recordTarget', 'patientRole', 'patient');
  return { name: firstName(patient), birthDate: fullDate(readTs(attr(child(patient, 'birthTime'), 'value'))) };
}
