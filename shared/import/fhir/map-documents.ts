import type { DocumentPart, ImportedAttachment, ReadContext } from '../bundle';
import { readCcda } from '../ccda/read-ccda';
import { conceptText } from './fhir-values';
import { clip, field, objects, str, type JsonObject } from './json-access';
import type { MapContext } from './map-context';

/** Base64 to bytes with the platform's own decoder (browser, Worker and Node alike); null when not base64. */
function decodeBase64(data: string): Uint8Array | null {
  try {
    const binary = atob(data.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

const XML_TYPES = /^(application|text)\/(xml|hl7-v3\+xml|cda\+xml)|hl7-cda/i;

/** The opening of the bytes names a CDA ClinicalDocument (checked before anything is parsed). */
function looksLikeCda(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return /<\s*([A-Za-z_][\w.-]*:)?ClinicalDocument[\s>]/.test(head);
}

export interface EmbeddedResult {
  parts: DocumentPart[];
  attachments: ImportedAttachment[];
}

/**
 * DocumentReference (content[].attachment) and Binary (R4 `data`, DSTU2 `content`) → an embedded
 * C-CDA is read by the C-CDA reader as a document of its own; a PDF is kept as an attachment.
 * Attachments only linked by URL are noted: CareBinder never fetches anything.
 */
export function mapEmbeddedDocument(resource: JsonObject, context: MapContext, read: ReadContext, handledBinaries: Set<JsonObject>): EmbeddedResult {
  const result: EmbeddedResult = { parts: [], attachments: [] };
  const type = str(resource, 'resourceType');
  const attachments =
    type === 'Binary'
      ? [{ contentType: str(resource, 'contentType'), data: str(resource, 'data') || str(resource, 'content'), title: '', url: '' }]
      : objects(resource, 'content').map((content) => {
          const attachment = field(content, 'attachment');
          return { contentType: str(attachment, 'contentType'), data: str(attachment, 'data'), title: str(attachment, 'title'), url: str(attachment, 'url') };
        });
  const title = str(resource, 'description') || conceptText(field(resource, 'type'));
  for (const attachment of attachments) {
    let data = attachment.data;
    let contentType = attachment.contentType;
    if (!data && attachment.url) {
      const binary = context.index.resolve(attachment.url, resource);
      if (binary && str(binary, 'resourceType') === 'Binary') {
        handledBinaries.add(binary);
        data = str(binary, 'data') || str(binary, 'content');
        contentType ||= str(binary, 'contentType');
      } else {
        context.note('attachments-not-inline');
        continue;
      }
    }
    if (!data || data.length > (read.limits.maxFileBytes * 4) / 3 + 4) continue;
    const bytes = decodeBase64(data);
    if (!bytes) continue;
    if ((XML_TYPES.test(contentType) || contentType === '') && looksLikeCda(bytes)) {
      const documentPath = `${read.documentPath ? `${read.documentPath}#` : ''}${type}/${str(resource, 'id')}`;
      const outcome = readCcda(bytes, { ...read, documentPath });
      if (outcome.ok) result.parts.push(outcome.part);
      else context.note('embedded-document-unread');
    } else if (/^application\/pdf/i.test(contentType)) {
      result.attachments.push({ provenance: context.provenance, title: clip(attachment.title || title || 'Document', 200), mimeType: 'application/pdf', data: bytes });
    }
  }
  return result;
}
