/**
 * Every screen behind the lock, as a value, and its place in the URL hash. The hash holds
 * only random ids — never a name, a date or a search — so history reveals nothing.
 */
export const AREA_KEYS = [
  'medicines',
  'appointments',
  'careTeam',
  'goals',
  'tasks',
  'allergies',
  'conditions',
  'measurements',
  'questions',
  'hospitalStays',
] as const;
export type AreaKey = (typeof AREA_KEYS)[number];

/** personId null = everyone. */
export type Route =
  | { name: 'overview'; personId: string | null }
  | { name: 'area'; area: AreaKey; personId: string | null }
  | { name: 'item-new'; area: AreaKey; personId: string | null }
  | { name: 'item'; area: AreaKey; personId: string; itemId: string }
  | { name: 'item-edit'; area: AreaKey; personId: string; itemId: string }
  | { name: 'person-new' }
  | { name: 'person-edit'; personId: string }
  | { name: 'search'; personId: string | null }
  | { name: 'settings' }
  | { name: 'import'; personId: string | null };

const isArea = (value: string | undefined): value is AreaKey => (AREA_KEYS as readonly string[]).includes(value ?? '');

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  let personId: string | null = null;
  if (parts[0] === 'p' && parts[1]) {
    personId = parts[1];
    parts.splice(0, 2);
  }
  const [first, second, third] = parts;
  if (first === 'settings') return { name: 'settings' };
  if (first === 'people' && second === 'new') return { name: 'person-new' };
  if (first === 'search') return { name: 'search', personId };
  if (first === 'import') return { name: 'import', personId };
  if (first === 'edit' && personId) return { name: 'person-edit', personId };
  if (isArea(first)) {
    if (second === 'new') return { name: 'item-new', area: first, personId };
    if (second && personId) return third === 'edit' ? { name: 'item-edit', area: first, personId, itemId: second } : { name: 'item', area: first, personId, itemId: second };
    return { name: 'area', area: first, personId };
  }
  return { name: 'overview', personId };
}

export function routeHash(route: Route): string {
  const scope = (personId: string | null): string => (personId ? `/p/${encodeURIComponent(personId)}` : '');
  switch (route.name) {
    case 'overview':
      return `#${scope(route.personId) || '/'}`;
    case 'area':
      return `#${scope(route.personId)}/${route.area}`;
    case 'item-new':
      return `#${scope(route.personId)}/${route.area}/new`;
    case 'item':
      return `#${scope(route.personId)}/${route.area}/${encodeURIComponent(route.itemId)}`;
    case 'item-edit':
      return `#${scope(route.personId)}/${route.area}/${encodeURIComponent(route.itemId)}/edit`;
    case 'person-new':
      return '#/people/new';
    case 'person-edit':
      return `#${scope(route.personId)}/edit`;
    case 'search':
      return `#${scope(route.personId)}/search`;
    case 'settings':
      return '#/settings';
    case 'import':
      return `#${scope(route.personId)}/import`;
  }
}

/** The person a route is about, if any: the scope the sidebar keeps when moving between areas. */
export function scopeOf(route: Route): string | null {
  return 'personId' in route ? route.personId : null;
}
