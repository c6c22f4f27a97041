import { tzlib_get_ical_block } from 'timezones-ical-library';
import { isKnownTimeZone } from '../model/appointment';

export interface TimeZoneBlock {
  /** The name the VTIMEZONE uses (aliases such as US/Central resolve to America/Chicago). */
  tzid: string;
  /** BEGIN:VTIMEZONE … END:VTIMEZONE. */
  vtimezone: string;
}

const cache = new Map<string, TimeZoneBlock | null>();

/**
 * The VTIMEZONE for an IANA zone, from timezones-ical-library's tables; null when the zone is
 * unknown (the event is then written in UTC, which keeps the instant right).
 */
export function timeZoneBlock(zone: string): TimeZoneBlock | null {
  if (cache.has(zone)) return cache.get(zone) ?? null;
  let block: TimeZoneBlock | null = null;
  if (isKnownTimeZone(zone)) {
    const answer = tzlib_get_ical_block(zone);
    if (Array.isArray(answer) && answer[0] && answer[1]?.startsWith('TZID=')) {
      block = { tzid: answer[1].slice('TZID='.length), vtimezone: answer[0] };
    }
  }
  cache.set(zone, block);
  return block;
}
