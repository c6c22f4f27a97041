import type { AppointmentInput } from '../../model/appointment';
import type { TaskInput } from '../../model/task';
import type { ImportedItem } from '../bundle';
import { attr, child, childrenNamed, descendants, type XmlElement } from '../xml';
import { addressOf, clip, codesOf, firstName, idsOf, isNegated, startOf, templatesOf, type TimeStamp } from './cda-values';
import { makeItem, warn, type EntryContext } from './entry-context';

const DIAGNOSIS_PROBLEM = '2.16.840.1.113883.10.20.22.4.4';

function place(entry: XmlElement): string {
  for (const participant of childrenNamed(entry, 'participant')) {
    if (attr(participant, 'typeCode') !== 'LOC') continue;
    const role = child(participant, 'participantRole');
    const name = firstName(child(role, 'playingEntity'));
    return [name, addressOf(role)].filter(Boolean).join(', ');
  }
  return '';
}

function performerName(entry: XmlElement): string {
  for (const performer of childrenNamed(entry, 'performer')) {
    const entity = child(performer, 'assignedEntity');
    const name = firstName(child(entity, 'assignedPerson')) || firstName(child(entity, 'representedOrganization'));
    if (name) return name;
  }
  return '';
}

/** The coded diagnoses (encounter diagnosis problems) the visit was for. */
function diagnoses(entry: XmlElement): Array<XmlElement | undefined> {
  const values: Array<XmlElement | undefined> = [];
  for (const element of descendants(entry)) if (templatesOf(element).includes(DIAGNOSIS_PROBLEM)) values.push(child(element, 'value'));
  return values;
}

function reasons(diagnosed: ReadonlyArray<XmlElement | undefined>, context: EntryContext): string {
  const found: string[] = [];
  for (const value of diagnosed) {
    const words = context.narrative.codeText(value);
    if (words && !found.includes(words)) found.push(words);
  }
  return found.join('; ');
}

const startsAt = (stamp: TimeStamp): string => `${stamp.date}T${stamp.time || '00:00'}`;

/**
 * An encounter (4.49, past) or a planned encounter (4.40, moodCode INT/APT/ARQ/PRP) → an
 * appointment: done when it has happened, planned when it is ahead. A planned visit without
 * a date becomes a task to book it; a past one without a date cannot be placed and is skipped.
 */
export function mapEncounter(entry: XmlElement, context: EntryContext, planned: boolean): ImportedItem<'appointment' | 'task'> | null {
  if (isNegated(entry)) return null;
  const what = context.narrative.codeText(child(entry, 'code')) || context.narrative.textOf(child(entry, 'text'));
  const stamp = startOf(child(entry, 'effectiveTime'));
  const withName = performerName(entry);
  const diagnosed = diagnoses(entry);
  const why = reasons(diagnosed, context);
  const reason = clip([what, why].filter(Boolean).join(': '), 500);
  if (!stamp || stamp.date.length < 10) {
    if (planned && reason) {
      const task: TaskInput = { title: clip(`Book: ${reason}`, 300), ownerName: '', notes: withName ? `With ${withName}` : '' };
      return makeItem('task', task, context, idsOf(entry), '');
    }
    warn(context, 'encounter-without-date', 'A visit without a date was read and not added.');
    return null;
  }
  const past = stamp.date < context.today;
  const status = attr(child(entry, 'statusCode'), 'code');
  const input: AppointmentInput = {
    startsAt: startsAt(stamp),
    timeZone: stamp.zone || 'UTC',
    withName: clip(withName, 200),
    location: clip(place(entry), 400),
    reason,
    status: status === 'cancelled' ? 'cancelled' : past ? 'done' : 'planned',
    // The visit's own code (CPT, SNOMED …) and those of its diagnoses.
    codes: codesOf([child(entry, 'code'), ...diagnosed]),
  };
  return makeItem('appointment', input, context, idsOf(entry), stamp.date);
}
