import { describe, expect, it } from 'vitest';
import { parseHash, routeHash, type Route } from '../../../renderer/src/app/routes';
import { appointmentsToPick, currentMonth, paperFor, printLanguageFor, weekStartOf } from '../../../renderer/src/features/print/print-choices';
import { appointment } from '../calendar/helpers';

describe('the print center address', () => {
  it.each<Route>([
    { name: 'print', personId: null },
    { name: 'print', personId: 'p1' },
    { name: 'print', personId: 'p1', printout: 'medicationList' },
    { name: 'print', personId: 'p1', printout: 'visitSheet', itemId: 'a/1' },
  ])('goes to the hash and back: %j', (route) => {
    expect(parseHash(routeHash(route))).toEqual(route);
  });

  it('ignores a printout it does not know', () => {
    expect(parseHash('#/p/p1/print/shoppingList')).toEqual({ name: 'print', personId: 'p1' });
  });
});

describe('what the print center starts with', () => {
  it('starts the week on Monday and the calendar on this month, on the local calendar', () => {
    expect(weekStartOf(new Date(2026, 11, 1))).toBe('2026-11-30'); // a Tuesday
    expect(weekStartOf(new Date(2026, 10, 30))).toBe('2026-11-30'); // a Monday
    expect(weekStartOf(new Date(2026, 11, 6))).toBe('2026-11-30'); // a Sunday
    expect(currentMonth(new Date(2026, 0, 31))).toBe('2026-01');
  });

  it("prints in the person's language when it is one we print in, else the interface's", () => {
    expect(printLanguageFor({ preferredLanguage: 'Spanish' }, 'en')).toBe('es');
    expect(printLanguageFor({ preferredLanguage: 'español' }, 'en')).toBe('es');
    expect(printLanguageFor({ preferredLanguage: 'English' }, 'es')).toBe('en');
    expect(printLanguageFor({ preferredLanguage: 'Tagalog' }, 'es')).toBe('es');
    expect(printLanguageFor(undefined, 'en-US')).toBe('en');
  });

  it('chooses Letter where it is the norm and A4 elsewhere', () => {
    expect(paperFor('en-US')).toBe('letter');
    expect(paperFor('es-MX')).toBe('letter');
    expect(paperFor('es-ES')).toBe('a4');
    expect(paperFor('en-GB')).toBe('a4');
  });

  it('offers the next appointment first, then past ones, latest first', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const list = [
      appointment('old', 'p', { startsAt: '2026-01-05T09:00', timeZone: 'UTC' }),
      appointment('later', 'p', { startsAt: '2026-04-01T09:00', timeZone: 'UTC' }),
      appointment('recent', 'p', { startsAt: '2026-03-01T09:00', timeZone: 'UTC' }),
      appointment('next', 'p', { startsAt: '2026-03-11T09:00', timeZone: 'UTC' }),
    ];
    expect(appointmentsToPick(list, now).map((a) => a.id)).toEqual(['next', 'later', 'recent', 'old']);
  });
});
