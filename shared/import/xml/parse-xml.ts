import { DEFAULT_LIMITS, type ImportError, type ImportErrorCode } from '../bundle';
import { decodeXmlBytes } from './decode';
import { decodeEntities } from './entities';

/**
 * A light element tree of a whole XML document, built by a hand-written scanner: portal files
 * are small enough to hold, and a tree makes C-CDA's cross-references (narrative IDs) easy.
 *
 * Safety (SECURITY.md row 11): no DTD is ever processed. A DOCTYPE is refused (`xml-doctype`)
 * unless the caller allows one (Apple Health's export.xml carries ELEMENT/ATTLIST lists); an
 * ENTITY declaration is always refused (`xml-entity`), so no entity is ever expanded and nothing
 * outside the file is ever fetched. Depth is capped, and an unfinished file says `truncated`.
 */
export interface XmlElement {
  /** The name as written, with its prefix ("cda:ClinicalDocument"). */
  name: string;
  /** The name without prefix ("ClinicalDocument"). */
  local: string;
  /** The namespace URI the prefix (or default namespace) resolves to; '' for none. */
  ns: string;
  /** Attributes by their name as written ("xsi:type"); a null-prototype object. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Children and text in document order (for narrative text). */
  content: Array<XmlElement | string>;
  parent: XmlElement | null;
}

export interface XmlParseOptions {
  maxDepth?: number;
  /** Accept a DOCTYPE without ENTITY declarations (export.xml); C-CDA and METADATA.XML never. */
  allowDoctype?: boolean;
}

/** `ids`: the elements carrying an `ID` attribute (C-CDA narrative anchors), first one per value. */
export type XmlParseResult = { ok: true; root: XmlElement; ids: Map<string, XmlElement> } | { ok: false; error: ImportError };

const fail = (code: ImportErrorCode, message: string): XmlParseResult => ({ ok: false, error: { code, message } });

/** Decodes the bytes (BOM, UTF-16, windows-1252 fallback) and parses them. */
export function parseXmlBytes(bytes: Uint8Array, options: XmlParseOptions = {}): XmlParseResult {
  return parseXml(decodeXmlBytes(bytes), options);
}

const WHITESPACE = ' ';

/** Parses a whole document; never throws. */
export function parseXml(text: string, options: XmlParseOptions = {}): XmlParseResult {
  try {
    return new Scanner(text, options.maxDepth ?? DEFAULT_LIMITS.maxDepth, options.allowDoctype ?? false).run();
  } catch (error) {
    // A bug here must still answer a typed error, never crash the import.
    return fail('malformed-xml', `The XML could not be read (${error instanceof Error ? error.name : 'error'}).`);
  }
}

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13 || code === 9;
/** White space only (checked without allocating a trimmed copy: most text between tags is indentation). */
function isBlank(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (!isSpace(raw.charCodeAt(i))) return false;
  return true;
}
/** Characters that end a tag or attribute name. */
const endsName = (code: number): boolean => isSpace(code) || code === 62 /* > */ || code === 47 /* / */ || code === 61 /* = */;
const startsName = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58 || code > 127;

type Scope = Record<string, string>;
const ROOT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: 'http://www.w3.org/XML/1998/namespace', '': '' });

class Scanner {
  private pos = 0;
  private readonly stack: XmlElement[] = [];
  private readonly scopes: Scope[] = [ROOT_SCOPE];
  private root: XmlElement | null = null;
  private sawDoctype = false;
  private readonly ids = new Map<string, XmlElement>();

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly allowDoctype: boolean,
  ) {}

  run(): XmlParseResult {
    const { text } = this;
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (text.trim() === '' || text.trim() === '\ufeff') return fail('empty-file', 'The file is empty.');
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      if (lt === -1) {
        const problem = this.addText(text.slice(this.pos));
        if (problem) return problem;
        break;
      }
      if (lt > this.pos) {
        const problem = this.addText(text.slice(this.pos, lt));
        if (problem) return problem;
      }
      const next = text.charCodeAt(lt + 1);
      const problem =
        next === 47 ? this.endTag(lt) : next === 33 ? this.bang(lt) : next === 63 ? this.instruction(lt) : this.startTag(lt);
      if (problem) return problem;
    }
    if (this.stack.length > 0) return fail('truncated', `The file ends before <${this.stack[this.stack.length - 1]!.name}> is closed.`);
    if (!this.root) return fail('malformed-xml', 'The file holds no XML element.');
    return { ok: true, root: this.root, ids: this.ids };
  }

  private line(at: number): number {
    let line = 1;
    for (let i = this.text.indexOf('\n'); i !== -1 && i < at; i = this.text.indexOf('\n', i + 1)) line++;
    return line;
  }

  private addText(raw: string): XmlParseResult | null {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      if (isBlank(raw)) return null;
      return this.root ? fail('malformed-xml', 'Text follows the end of the document.') : fail('malformed-xml', 'The file does not start with XML.');
    }
    top.content.push(isBlank(raw) ? WHITESPACE : raw.indexOf('&') === -1 ? raw : decodeEntities(raw));
    return null;
  }

  private endTag(lt: number): XmlParseResult | null {
    const gt = this.text.indexOf('>', lt + 2);
    if (gt === -1) return fail('truncated', 'The file ends inside a closing tag.');
    const name = this.text.slice(lt + 2, gt).trim();
    const top = this.stack.pop();
    if (!top) return fail('malformed-xml', `Closing tag </${name}> without an opening tag (line ${this.line(lt)}).`);
    if (top.name !== name) return fail('malformed-xml', `Closing tag </${name}> does not match <${top.name}> (line ${this.line(lt)}).`);
    this.scopes.pop();
    this.pos = gt + 1;
    return null;
  }

  private bang(lt: number): XmlParseResult | null {
    const { text } = this;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) return fail('truncated', 'The file ends inside a comment.');
      this.pos = end + 3;
      return null;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1) return fail('truncated', 'The file ends inside a CDATA section.');
      const top = this.stack[this.stack.length - 1];
      if (!top) return fail('malformed-xml', 'A CDATA section stands outside the document element.');
      top.content.push(text.slice(lt + 9, end));
      this.pos = end + 3;
      return null;
    }
    const keyword = text.slice(lt + 2, lt + 9).toUpperCase();
    if (keyword === 'DOCTYPE') return this.doctype(lt);
    if (keyword.startsWith('ENTITY')) return fail('xml-entity', 'The file declares an XML entity; entities are refused for safety.');
    if (lt + 2 >= text.length) return fail('truncated', 'The file ends inside a tag.');
    return fail('malformed-xml', `Unknown markup "<!" (line ${this.line(lt)}).`);
  }

  /** Finds where the DOCTYPE ends (quotes and the internal subset may hold ">"); refuses entities. */
  private doctype(lt: number): XmlParseResult | null {
    const { text } = this;
    let i = lt + 9;
    let quote = 0;
    let subset = false;
    let end = -1;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 34 || code === 39) quote = code;
      else if (code === 91 /* [ */) subset = true;
      else if (code === 93 /* ] */) subset = false;
      else if (code === 60 /* < */ && text.startsWith('<!ENTITY', i)) {
        return fail('xml-entity', 'The file declares an XML entity; entities are refused for safety.');
      } else if (code === 62 /* > */ && !subset) {
        end = i;
        break;
      }
    }
    if (!this.allowDoctype) return fail('xml-doctype', 'The file has a DOCTYPE declaration, which health documents never need; refused for safety.');
    if (end === -1) return fail('truncated', 'The file ends inside its DOCTYPE.');
    if (this.sawDoctype || this.root) return fail('malformed-xml', 'The file has more than one DOCTYPE, or one after the document element.');
    this.sawDoctype = true;
    this.pos = end + 1;
    return null;
  }

  private instruction(lt: number): XmlParseResult | null {
    const end = this.text.indexOf('?>', lt + 2);
    if (end === -1) return fail('truncated', 'The file ends inside a processing instruction.');
    this.pos = end + 2;
    return null;
  }

  private startTag(lt: number): XmlParseResult | null {
    const { text } = this;
    const length = text.length;
    let i = lt + 1;
    if (i >= length) return fail('truncated', 'The file ends inside a tag.');
    if (!startsName(text.charCodeAt(i))) return fail('malformed-xml', `A "<" does not start a tag (line ${this.line(lt)}).`);
    while (i < length && !endsName(text.charCodeAt(i))) i++;
    if (i >= length) return fail('truncated', 'The file ends inside a tag.');
    const name = text.slice(lt + 1, i);
    const attrs = Object.create(null) as Record<string, string>;
    let hasNamespaces = false;
    let selfClosing = false;
    for (;;) {
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return fail('truncated', 'The file ends inside a tag.');
      const code = text.charCodeAt(i);
      if (code === 62) {
        i++;
        break;
      }
      if (code === 47) {
        if (i + 1 >= length) return fail('truncated', 'The file ends inside a tag.');
        if (text.charCodeAt(i + 1) !== 62) return fail('malformed-xml', `Stray "/" in <${name}> (line ${this.line(lt)}).`);
        selfClosing = true;
        i += 2;
        break;
      }
      if (!startsName(code)) return fail('malformed-xml', `Unexpected character in <${name}> (line ${this.line(lt)}).`);
      const nameStart = i;
      while (i < length && !endsName(text.charCodeAt(i))) i++;
      const attrName = text.slice(nameStart, i);
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return fail('truncated', 'The file ends inside a tag.');
      if (text.charCodeAt(i) !== 61) return fail('malformed-xml', `Attribute ${attrName} of <${name}> has no value (line ${this.line(lt)}).`);
      i++;
      while (i < length && isSpace(text.charCodeAt(i))) i++;
      if (i >= length) return fail('truncated', 'The file ends inside a tag.');
      const quote = text.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return fail('malformed-xml', `Attribute ${attrName} of <${name}> is not quoted (line ${this.line(lt)}).`);
      const close = text.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close === -1) return fail('truncated', 'The file ends inside an attribute value.');
      if (attrName in attrs) return fail('malformed-xml', `Attribute ${attrName} is repeated in <${name}> (line ${this.line(lt)}).`);
      const raw = text.slice(i + 1, close);
      attrs[attrName] = raw.indexOf('&') === -1 ? raw : decodeEntities(raw);
      if (attrName.charCodeAt(0) === 120 && (attrName === 'xmlns' || attrName.startsWith('xmlns:'))) hasNamespaces = true;
      i = close + 1;
    }
    if (this.stack.length + 1 > this.maxDepth) return fail('too-deep', `Elements are nested more than ${this.maxDepth} deep.`);
    if (!this.stack.length && this.root) return fail('malformed-xml', `A second document element <${name}> follows the first (line ${this.line(lt)}).`);
    let scope = this.scopes[this.scopes.length - 1]!;
    if (hasNamespaces) {
      scope = Object.create(scope) as Scope;
      for (const key in attrs) {
        if (key === 'xmlns') scope[''] = attrs[key]!;
        else if (key.startsWith('xmlns:')) scope[key.slice(6)] = attrs[key]!;
      }
    }
    const colon = name.indexOf(':');
    const element: XmlElement = {
      name,
      local: colon === -1 ? name : name.slice(colon + 1),
      ns: scope[colon === -1 ? '' : name.slice(0, colon)] ?? '',
      attrs,
      children: [],
      content: [],
      parent: this.stack[this.stack.length - 1] ?? null,
    };
    const id = attrs.ID ?? attrs.id;
    if (id !== undefined && !this.ids.has(id)) this.ids.set(id, element);
    if (element.parent) {
      element.parent.children.push(element);
      element.parent.content.push(element);
    } else this.root = element;
    if (!selfClosing) {
      this.stack.push(element);
      this.scopes.push(scope);
    }
    this.pos = i;
    return null;
  }
}
