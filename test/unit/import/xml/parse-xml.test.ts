import { describe, expect, it } from 'vitest';
import { attr, child, decodeXmlBytes, parseXml, parseXmlBytes, textOf } from '../../../../shared/import/xml';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const rootOf = (text: string) => {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
  return parsed.root;
};
const errorOf = (text: string): string => {
  const parsed = parseXml(text);
  return parsed.ok ? 'ok' : parsed.error.code;
};

describe('parseXml: what real portal files look like', () => {
  it('reads elements, attributes, text, CDATA and character references', () => {
    const root = rootOf(`<?xml version="1.0"?><a x="1 &amp; 2" y='&#x41;'><b>one &lt; two</b><![CDATA[<raw>]]><!-- note --><c/></a>`);
    expect(root.local).toBe('a');
    expect(attr(root, 'x')).toBe('1 & 2');
    expect(attr(root, 'y')).toBe('A');
    expect(textOf(child(root, 'b'))).toBe('one < two');
    expect(textOf(root)).toContain('<raw>');
    expect(child(root, 'c')).toBeDefined();
  });

  it('resolves namespaces, with prefixed roots and sdtc extensions', () => {
    const root = rootOf(`<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc"><cda:title>T</cda:title><sdtc:title>S</sdtc:title></cda:ClinicalDocument>`);
    expect(root.local).toBe('ClinicalDocument');
    expect(root.ns).toBe('urn:hl7-org:v3');
    expect(textOf(child(root, 'title'))).toBe('T');
  });

  it('accepts a BOM, CRLF, stylesheet instructions and no declaration', () => {
    const text = '\ufeff<?xml version="1.0"?>\r\n<?xml-stylesheet type="text/xsl" href="CDA.xsl"?>\r\n<a>\r\n<b>x</b>\r\n</a>\r\n';
    const fromBytes = parseXmlBytes(bytes(text));
    expect(fromBytes.ok && textOf(child(fromBytes.root, 'b'))).toBe('x');
    expect(textOf(child(rootOf(text), 'b'))).toBe('x');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<a>é</a>')]);
    const parsed = parseXmlBytes(withBom);
    expect(parsed.ok && textOf(parsed.root)).toBe('é');
  });

  it('decodes windows-1252 bytes in a file that claims nothing, and UTF-16 with a BOM', () => {
    expect(decodeXmlBytes(new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x93, 0x3c, 0x2f, 0x61, 0x3e]))).toBe('<a>é“</a>');
    expect(decodeXmlBytes(new Uint8Array([...bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0xfc, ...bytes('</a>')]))).toContain('ü');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<a>ñ</a>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const parsed = parseXmlBytes(utf16);
    expect(parsed.ok && textOf(parsed.root)).toBe('ñ');
  });

  it('keeps unknown HTML entities as written instead of expanding anything', () => {
    expect(textOf(rootOf('<a>1&nbsp;tab &unknown; &#0; &#x110000;</a>'))).toBe('1&nbsp;tab &unknown; &#0; &#x110000;');
  });

  it('keeps a __proto__ attribute as plain data', () => {
    const root = rootOf('<a __proto__="x" constructor="y"/>');
    expect(root.attrs.__proto__).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('names each kind of broken file', () => {
    expect(errorOf('')).toBe('empty-file');
    expect(errorOf('   \n')).toBe('empty-file');
    expect(errorOf('<a><b></a>')).toBe('malformed-xml');
    expect(errorOf('<a></a><b></b>')).toBe('malformed-xml');
    expect(errorOf('<a x=1></a>')).toBe('malformed-xml');
    expect(errorOf('<a x="1" x="2"></a>')).toBe('malformed-xml');
    expect(errorOf('<a></a>trailing')).toBe('malformed-xml');
    expect(errorOf('<a><1/></a>')).toBe('malformed-xml');
    expect(errorOf('<a><b>')).toBe('truncated');
    expect(errorOf('<a><b x="1')).toBe('truncated');
    expect(errorOf('<a><!-- never closed')).toBe('truncated');
    expect(errorOf('<a><![CDATA[ never')).toBe('truncated');
    expect(errorOf('<?xml version')).toBe('truncated');
    expect(errorOf('<a></b')).toBe('truncated');
    expect(errorOf('<!DOCTYPE a><a/>')).toBe('xml-doctype');
    expect(errorOf('<!ENTITY x "y"><a/>')).toBe('xml-entity');
  });

  it('allows an entity-free DOCTYPE with ELEMENT and ATTLIST lists only when asked (Apple Health)', () => {
    const apple = '<?xml version="1.0"?><!DOCTYPE HealthData [\n<!ELEMENT HealthData (Record*)>\n<!ATTLIST HealthData locale CDATA #REQUIRED>\n]>\n<HealthData locale="en_US"><Record type="x"/></HealthData>';
    expect(parseXml(apple).ok).toBe(false);
    const parsed = parseXml(apple, { allowDoctype: true });
    expect(parsed.ok && parsed.root.children.length).toBe(1);
    expect(parseXml(`${apple.replace('<HealthData locale', '<!DOCTYPE x><HealthData locale')}`, { allowDoctype: true }).ok).toBe(false);
  });
});
