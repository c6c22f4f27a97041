import type { AppointmentInput, AppointmentStatus } from '../../model/appointment';
import { codesOfAll, conceptsText, firstText, humanName, localDateTimeOf, statusCode, timeZoneOf } from './fhir-values';
import { clip, field, joinDistinct, list, num, objects, str, type JsonObject } from './json-access';
import type { MapContext } from './map-context';

/** The display name of whatever a reference points to (a Practitioner, an Organization, a Location). */
function nameOf(reference: unknown, from: JsonObject, context: MapContext): string {
  const found = context.index.resolve(reference, from);
  if (!found) return str(reference, 'display');
  return humanName(field(found, 'name')) || str(found, 'name') || str(reference, 'display');
}

/** A visit's length within what the appointment form accepts (5 minutes to a day). */
const clampMinutes = (minutes: number | null): number | null =>
  minutes === null || !Number.isFinite(minutes) ? null : Math.min(24 * 60, Math.max(5, Math.round(minutes)));

const minutesBetween = (start: string, end: string): number | null => (end ? clampMinutes((Date.parse(end) - Date.parse(start)) / 60_000) : null);

const ENCOUNTER_STATUS: Readonly<Record<string, AppointmentStatus>> = {
  finished: 'done',
  cancelled: 'cancelled',
  planned: 'planned',
  arrived: 'done',
  triaged: 'done',
  'in-progress': 'done',
  onleave: 'done',
};

/** Encounter → a visit that happened: status done when it has a date, with whom, where and why. */
export function mapEncounter(resource: JsonObject, context: MapContext): void {
  const status = statusCode(field(resource, 'status'));
  if (status === 'entered-in-error') return context.note('entered-in-error');
  context.counts.encounters++;
  const start = firstText(resource, ['period', 'start'], ['period', 'end']);
  const startsAt = localDateTimeOf(start);
  if (!startsAt) return context.note('visits-without-date');
  const participants = objects(resource, 'participant').map((participant) => nameOf(field(participant, 'individual'), resource, context));
  const locations = objects(resource, 'location').map((location) => nameOf(field(location, 'location'), resource, context));
  const provider = nameOf(field(resource, 'serviceProvider'), resource, context);
  const duration = minutesBetween(start, str(resource, 'period', 'end')) ?? clampMinutes(num(resource, 'length', 'value'));
  const input: AppointmentInput = {
    startsAt,
    timeZone: timeZoneOf(start),
    durationMinutes: duration ?? 30,
    withName: clip(joinDistinct(participants, ', '), 200),
    location: clip(joinDistinct([...locations, provider], ', '), 400),
    reason: clip(joinDistinct([conceptsText(list(resource, 'type')), conceptsText([...list(resource, 'reasonCode'), ...list(resource, 'reason')])]), 500),
    status: ENCOUNTER_STATUS[status] ?? 'done',
    codes: codesOfAll([...list(resource, 'type'), ...list(resource, 'reasonCode'), ...list(resource, 'reason')]),
  };
  context.add('appointment', input, resource, start);
}

const APPOINTMENT_STATUS: Readonly<Record<string, AppointmentStatus>> = {
  proposed: 'planned',
  pending: 'planned',
  waitlist: 'planned',
  booked: 'confirmed',
  arrived: 'done',
  'checked-in': 'done',
  fulfilled: 'done',
  cancelled: 'cancelled',
  noshow: 'missed',
};

/** Appointment → a visit to come (or one the file says was kept, missed or cancelled). */
export function mapAppointment(resource: JsonObject, context: MapContext): void {
  const status = statusCode(field(resource, 'status'));
  if (status === 'entered-in-error') return context.note('entered-in-error');
  context.counts.appointments++;
  const start = firstText(resource, ['start'], ['requestedPeriod', 'start']) || str(objects(resource, 'requestedPeriod')[0], 'start');
  const startsAt = localDateTimeOf(start);
  if (!startsAt) return context.note('visits-without-date');
  const actors = objects(resource, 'participant').map((participant) => ({ type: context.index.resolve(field(participant, 'actor'), resource), participant }));
  const people: string[] = [];
  const places: string[] = [];
  for (const { type, participant } of actors) {
    const reference = str(participant, 'actor', 'reference');
    const kind = type ? str(type, 'resourceType') : reference.split('/').at(-2) ?? '';
    if (kind === 'Patient' || kind === 'RelatedPerson') continue;
    const name = nameOf(field(participant, 'actor'), resource, context);
    if (kind === 'Location') places.push(name);
    else people.push(name);
  }
  const input: AppointmentInput = {
    startsAt,
    timeZone: timeZoneOf(start),
    durationMinutes: clampMinutes(num(resource, 'minutesDuration')) ?? minutesBetween(start, str(resource, 'end')) ?? 30,
    withName: clip(joinDistinct(people, ', '), 200),
    location: clip(joinDistinct(places, ', '), 400),
    reason: clip(joinDistinct([str(resource, 'description'), conceptsText([...list(resource, 'reasonCode'), ...list(resource, 'serviceType'), ...list(resource, 'appointmentType')])]), 500),
    preparation: clip(joinDistinct([str(resource, 'patientInstruction'), str(resource, 'comment')], '\n'), 5000),
    status: APPOINTMENT_STATUS[status] ?? 'planned',
    codes: codesOfAll([...list(resource, 'serviceType'), ...list(resource, 'appointmentType'), ...list(resource, 'reasonCode')]),
  };
  context.add('appointment', input, resource, firstText(resource, ['created'], ['start']));
}
