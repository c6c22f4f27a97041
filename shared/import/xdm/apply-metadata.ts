import type { DocumentPart, Provenance } from '../bundle';
import type { XdmDocumentMetadata } from './xdm-metadata';

/**
 * Fills what a document leaves blank (date, organization, title, type) from its METADATA.XML
 * entry. What the document itself says wins: the metadata is the portal's summary of it.
 */
export function applyMetadata(part: DocumentPart, meta: XdmDocumentMetadata): DocumentPart {
  return {
    ...part,
    documents: part.documents.map((document) => ({
      ...document,
      title: document.title || meta.title,
      type: document.type || meta.type,
      organization: document.organization || meta.organization,
      date: document.date || meta.date,
    })),
    items: part.items.map((item) => ({ ...item, provenance: withMetadata(item.provenance, meta) })),
    attachments: part.attachments.map((attachment) => ({ ...attachment, provenance: withMetadata(attachment.provenance, meta) })),
  };
}

/** An item's or attachment's provenance, its blanks filled from the metadata. */
function withMetadata(provenance: Provenance, meta: XdmDocumentMetadata): Provenance {
  return {
    ...provenance,
    documentTitle: provenance.documentTitle || meta.title,
    organization: provenance.organization || meta.organization,
    documentDate: provenance.documentDate || meta.date,
  };
}
