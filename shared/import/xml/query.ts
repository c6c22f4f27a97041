import type { XmlElement } from './parse-xml';

/**
 * Small helpers to walk the element tree by local name, ignoring prefixes ("cda:section" and
 * "section" are the same element). C-CDA extensions in the `sdtc:` namespace never shadow a
 * standard element of the same local name: `child` skips them unless asked for.
 */
const SDTC = 'urn:hl7-org:sdtc';

export function child(element: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const candidate of element.children) if (candidate.local === local && candidate.ns !== SDTC) return candidate;
  return undefined;
}

export function childrenNamed(element: XmlElement | undefined, local: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((candidate) => candidate.local === local && candidate.ns !== SDTC);
}

/** Follows a path of local names: path(entry, 'consumable', 'manufacturedProduct'). */
export function path(element: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  let current = element;
  for (const local of locals) current = child(current, local);
  return current;
}

export function attr(element: XmlElement | undefined, name: string): string {
  return element?.attrs[name] ?? '';
}

/** An attribute whose name may carry any prefix ("xsi:type", "type"). */
export function attrLocal(element: XmlElement | undefined, local: string): string {
  if (!element) return '';
  for (const key in element.attrs) {
    const colon = key.indexOf(':');
    if ((colon === -1 ? key : key.slice(colon + 1)) === local) return element.attrs[key]!;
  }
  return '';
}

/** Every element below (not including) this one, in document order. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  const stack = [...element.children].reverse();
  while (stack.length) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
}

/** The text of an element and all it holds, with runs of white space made one space. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  collectText(element, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Block-level narrative elements that read as separate phrases. */
const BLOCKS = new Set(['paragraph', 'br', 'td', 'th', 'tr', 'item', 'list', 'table', 'caption']);

function collectText(element: XmlElement, parts: string[]): void {
  for (const node of element.content) {
    if (typeof node === 'string') parts.push(node);
    else {
      const block = BLOCKS.has(node.local);
      if (block) parts.push(' ');
      collectText(node, parts);
      if (block) parts.push(' ');
    }
  }
}
