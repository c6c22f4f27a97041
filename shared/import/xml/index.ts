/**
 * Safe XML for whole documents (C-CDA, XDM METADATA.XML). Use `parseXmlBytes(bytes, { maxDepth })`
 * and walk the tree with the helpers in ./query; every failure is a typed ImportError.
 */
export { parseXml, parseXmlBytes, type XmlElement, type XmlParseOptions, type XmlParseResult } from './parse-xml';
export { decodeXmlBytes } from './decode';
export { attr, attrLocal, child, childrenNamed, descendants, path, textOf } from './query';
