/**
 * UIDs that stay the same from one export to the next, so importing the file again into
 * Google, Apple or Outlook updates the events instead of adding copies. They are built from
 * the item's random id only (never a name or a date), with a domain that is ours.
 */
export type CalendarItemKind = 'appointment' | 'task' | 'refill';

const UID_DOMAIN = 'carebinder.invalid';

/** Characters outside a plain set are written as `_xx` hex, so every id maps to one UID and back. */
function uidSafe(id: string): string {
  return [...id].map((ch) => (/^[A-Za-z0-9.-]$/.test(ch) ? ch : `_${ch.codePointAt(0)?.toString(16) ?? ''}`)).join('');
}

export function eventUid(kind: CalendarItemKind, itemId: string): string {
  return `${kind}-${uidSafe(itemId)}@${UID_DOMAIN}`;
}
