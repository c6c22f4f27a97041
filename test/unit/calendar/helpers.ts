import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { appointmentSchema, type Appointment, type AppointmentInput } from '../../../shared/model/appointment';
import { careTeamMemberSchema, type CareTeamMember, type CareTeamMemberInput } from '../../../shared/model/care-team';
import { medicationSchema, type Medication, type MedicationInput } from '../../../shared/model/medication';
import { taskSchema, type Task, type TaskInput } from '../../../shared/model/task';
import type { CalendarRecord, CalendarTranslate } from '../../../shared/calendar';

/** The translator the renderer would pass, read from the same locale files. */
export function calendarWords(language: 'en' | 'es'): CalendarTranslate {
  const file = JSON.parse(readFileSync(new URL(`../../../resources/locales/${language}/calendar.json`, import.meta.url), 'utf8')) as {
    ics: Record<string, string>;
  };
  return (key, values = {}) => {
    const template = file.ics[key];
    if (template === undefined) throw new Error(`missing calendar word ${key}`);
    return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  };
}

const meta = (id: string, personId: string, updatedAt = '2026-01-05T10:00:00.000Z') => ({
  id,
  personId,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt,
});

export const appointment = (id: string, personId: string, fields: Partial<AppointmentInput> & { updatedAt?: string } = {}): Appointment =>
  appointmentSchema.parse({ kind: 'appointment', ...meta(id, personId, fields.updatedAt), startsAt: '2026-03-10T09:30', ...fields });
export const member = (id: string, personId: string, fields: Partial<CareTeamMemberInput> = {}): CareTeamMember =>
  careTeamMemberSchema.parse({ kind: 'careTeamMember', ...meta(id, personId), name: 'Dr. Rosa Ruiz', ...fields });
export const task = (id: string, personId: string, fields: Partial<TaskInput> & { updatedAt?: string } = {}): Task =>
  taskSchema.parse({ kind: 'task', ...meta(id, personId, fields.updatedAt), title: 'Book blood test', ...fields });
export const medication = (id: string, personId: string, fields: Partial<MedicationInput> = {}): Medication =>
  medicationSchema.parse({ kind: 'medication', ...meta(id, personId), name: 'Metformin', ...fields });

export function record(
  person: { id: string; fullName: string; preferredName?: string },
  items: Partial<CalendarRecord['items']> = {},
): CalendarRecord {
  return {
    person: { preferredName: '', ...person },
    items: { appointment: [], task: [], medication: [], careTeamMember: [], ...items },
  };
}

export interface ParsedEvent {
  uid: string;
  component: ICAL.Component;
  event: ICAL.Event;
  propertyNames: string[];
}

/** Reads a calendar back with ical.js, an independent parser, registering its own VTIMEZONEs. */
export function parseCalendar(ics: string): { calendar: ICAL.Component; events: Map<string, ParsedEvent>; timeZones: string[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timeZones = calendar.getAllSubcomponents('vtimezone').map((zone) => {
    ICAL.TimezoneService.register(zone);
    return String(zone.getFirstPropertyValue('tzid'));
  });
  const events = new Map<string, ParsedEvent>();
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    events.set(event.uid, { uid: event.uid, component, event, propertyNames: component.getAllProperties().map((p) => p.name) });
  }
  return { calendar, events, timeZones };
}

export function mustGet<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no entry for ${String(key)}`);
  return value;
}
