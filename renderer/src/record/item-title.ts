import type { AreaKey } from '../app/routes';
import type { CareKind } from '../../../shared/model/care-item';
import type { ItemOf } from '../../../shared/model/care-record';
import { conditionTitle } from '../../../shared/record/conditions/display-name';
import { medicineTitle } from '../../../shared/record/medication/display-name';

/** Which section of the record holds each kind of item. */
export const AREA_OF_KIND: Record<CareKind, AreaKey> = {
  medication: 'medicines',
  appointment: 'appointments',
  careTeamMember: 'careTeam',
  goal: 'goals',
  task: 'tasks',
  allergy: 'allergies',
  condition: 'conditions',
  measurement: 'measurements',
  question: 'questions',
  hospitalStay: 'hospitalStays',
};

/** The short name of any item, as lists, search results and the overview show it. */
export function itemTitle(item: ItemOf<CareKind>, language = 'en'): string {
  switch (item.kind) {
    case 'medication':
      return medicineTitle(item);
    case 'condition':
      return conditionTitle(item, language);
    case 'careTeamMember':
      return item.name;
    case 'appointment':
      return item.reason || item.withName || item.startsAt.replace('T', ' ');
    case 'goal':
      return item.statement;
    case 'task':
      return item.title;
    case 'question':
      return item.text;
    case 'allergy':
      return item.substance;
    case 'hospitalStay':
      return [item.hospital, item.reason].filter(Boolean).join(': ') || item.admittedOn;
    case 'measurement':
      return item.value2 === null ? `${item.value} ${item.unit}`.trim() : `${item.value}/${item.value2} ${item.unit}`.trim();
  }
}
