import type { DocumentPart } from '../bundle';
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
    items: part.items.map((item) => ({
      ...item,
      provenance: {
        ...item.provenance,
        documentTitle: item.provenance.documentTitle || meta.title,
        organization: item.provenance.organization || meta.organization,
        documentDate: item.provenance.documentDate || meta.date,
      },
    })),
    attachments: part.attachments.map((attachment) => ({
      ...attachment,
      provenance: {
        ...attachment.provenance,
        documentTitle: attachment.provenance.documentTitle || meta.title,
        organization: attachment.provenance.organization || meta.organization,
        documentDate: attachment.provenance.documentDate || meta.date,
      },
    })),
  };
}
