import type { ImportedAttachment } from '../bundle';
import { attr, child, textOf, type XmlElement } from '../xml';
import { warn, type EntryContext } from './entry-context';

function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (clean === '' || clean.length % 4 === 1 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * An Unstructured Document's body (a scanned letter, a PDF) kept as a file, never dropped:
 * base64 content is decoded; plain text is kept as text; a reference to a file outside the
 * document cannot be followed and is said so.
 */
export function readNonXmlBody(body: XmlElement, title: string, context: EntryContext): ImportedAttachment | null {
  const text = child(body, 'text');
  if (!text) {
    warn(context, 'attachment-missing', 'The document has no body to keep.');
    return null;
  }
  const mimeType = attr(text, 'mediaType') || 'text/plain';
  const reference = attr(child(text, 'reference'), 'value');
  if (attr(text, 'representation').toUpperCase() === 'B64') {
    const data = decodeBase64(textOf(text));
    if (data) return { provenance: context.provenance, title, mimeType, data };
    warn(context, 'attachment-unreadable', 'The document body is marked base64 but could not be decoded.');
    return null;
  }
  if (reference && !textOf(text)) {
    warn(context, 'attachment-external', `The document body is a separate file (${reference.slice(0, 80)}) that is not inside this document.`);
    return null;
  }
  return { provenance: context.provenance, title, mimeType, data: new TextEncoder().encode(textOf(text)) };
}
