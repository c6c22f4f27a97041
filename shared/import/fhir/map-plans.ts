import type { GoalInput, TargetComparator } from '../../model/goal';
import type { MeasurementType } from '../../model/measurement';
import type { TaskInput } from '../../model/task';
import { conceptCodes, conceptText, dayOf, firstText, statusCode } from './fhir-values';
import { clip, field, joinDistinct, list, num, objects, str, type JsonObject } from './json-access';
import type { MapContext } from './map-context';
import { sourceIdOf } from './resource-index';

const GOAL_STATUS: Readonly<Record<string, GoalInput['status']>> = {
  proposed: 'active',
  planned: 'active',
  accepted: 'active',
  active: 'active',
  'in-progress': 'active',
  'on-hold': 'paused',
  completed: 'achieved',
  achieved: 'achieved',
  sustaining: 'achieved',
  cancelled: 'stopped',
  rejected: 'stopped',
};

const COMPARATORS: Readonly<Record<string, TargetComparator>> = { '<': 'below', '<=': 'atMost', '>=': 'atLeast', '>': 'above' };

/** LOINC codes of the measures a goal's target can follow in the binder. */
const MEASURE_OF_LOINC: Readonly<Record<string, MeasurementType>> = {
  '4548-4': 'a1c',
  '17856-6': 'a1c',
  '29463-7': 'weight',
  '3141-9': 'weight',
  '2339-0': 'bloodSugar',
  '2345-7': 'bloodSugar',
  '85354-9': 'bloodPressure',
  '55284-4': 'bloodPressure',
  '8480-6': 'bloodPressure',
};

const WORD_COMPARATORS: Readonly<Record<string, TargetComparator>> = { below: 'below', under: 'below', 'less than': 'below', above: 'above', over: 'above', 'at least': 'atLeast', 'at most': 'atMost' };

interface Target {
  measureType: MeasurementType;
  targetComparator: TargetComparator;
  targetValue: number;
  targetValue2: number | null;
  targetUnit: string;
}

/**
 * A target written only in the goal's words, as Synthea and many portals write it ("Hemoglobin A1c
 * total in Blood < 7.0", "Maintain blood pressure below 140/90 mmHg"). Only A1c, blood sugar and
 * blood pressure are read; anything else stays words.
 */
export function targetInWords(statement: string): Target | null {
  const comparator = String.raw`(<=|>=|<|>|below|under|less than|above|over|at least|at most)\s*`;
  const toComparator = (written: string): TargetComparator => COMPARATORS[written] ?? WORD_COMPARATORS[written.toLowerCase()] ?? 'about';
  const pressure = new RegExp(String.raw`blood pressure\b.*?${comparator}(\d{2,3})\s*/\s*(\d{2,3})`, 'i').exec(statement);
  if (pressure) return { measureType: 'bloodPressure', targetComparator: toComparator(pressure[1]!), targetValue: Number(pressure[2]), targetValue2: Number(pressure[3]), targetUnit: 'mmHg' };
  const a1c = new RegExp(String.raw`\b(?:hemoglobin a1c|hba1c|a1c)\b.*?${comparator}(\d{1,2}(?:\.\d+)?)`, 'i').exec(statement);
  if (a1c) return { measureType: 'a1c', targetComparator: toComparator(a1c[1]!), targetValue: Number(a1c[2]), targetValue2: null, targetUnit: '%' };
  const sugar = new RegExp(String.raw`\b(?:glucose|blood sugar)\b.*?${comparator}(\d{2,3}(?:\.\d+)?)`, 'i').exec(statement);
  if (sugar) return { measureType: 'bloodSugar', targetComparator: toComparator(sugar[1]!), targetValue: Number(sugar[2]), targetValue2: null, targetUnit: 'mg/dL' };
  return null;
}

/** Goal (R4 lifecycleStatus + target, DSTU2 string description and status) → goal. */
export function mapGoal(resource: JsonObject, context: MapContext): void {
  const status = str(resource, 'lifecycleStatus') || statusCode(field(resource, 'status'));
  if (status === 'entered-in-error') return context.note('entered-in-error');
  context.counts.goals++;
  const statement = conceptText(field(resource, 'description'));
  if (!statement) return context.note('item-unnamed');
  const achievement = statusCode(field(resource, 'achievementStatus'));
  const target = objects(resource, 'target')[0];
  const measureCode = conceptCodes(field(target, 'measure')).find((code) => MEASURE_OF_LOINC[code] !== undefined);
  const quantity = field(target, 'detailQuantity');
  const value = num(quantity, 'value');
  const input: GoalInput = {
    statement: clip(statement, 500),
    status: achievement === 'achieved' ? 'achieved' : (GOAL_STATUS[status] ?? 'active'),
    measureType: measureCode ? (MEASURE_OF_LOINC[measureCode] ?? '') : '',
    targetComparator: COMPARATORS[str(quantity, 'comparator')] ?? 'about',
    targetValue: value !== null && Math.abs(value) <= 100000 ? value : null,
    targetUnit: clip(str(quantity, 'unit'), 30),
    targetDate: dayOf(str(target, 'dueDate') || str(resource, 'targetDate')),
    whyItMatters: clip(joinDistinct(list(resource, 'addresses').map((reference) => conceptText(field(context.index.resolve(reference, resource), 'code')) || str(reference, 'display'))), 1000),
    notes: clip(joinDistinct(objects(resource, 'note').map((note) => str(note, 'text')), '\n'), 5000),
  };
  const written = input.targetValue === null ? targetInWords(statement) : null;
  if (written) Object.assign(input, written);
  context.add('goal', input, resource, firstText(resource, ['statusDate'], ['startDate']));
}

/**
 * CarePlan activities → tasks (done when the activity or the plan is completed), each linked to
 * the plan's goals. Goals a plan holds only as contained resources are read as goals too.
 */
export function mapCarePlan(resource: JsonObject, context: MapContext): void {
  const planStatus = statusCode(field(resource, 'status'));
  if (planStatus === 'entered-in-error') return context.note('entered-in-error');
  const goalReferences = list(resource, 'goal');
  const goalSourceIds: string[] = [];
  for (const reference of goalReferences) {
    const goal = context.index.resolve(reference, resource);
    if (!goal) continue;
    goalSourceIds.push(sourceIdOf(goal));
    if (str(reference, 'reference').startsWith('#')) mapGoal(goal, context);
  }
  const seen = new Set<string>();
  const planEnd = dayOf(str(resource, 'period', 'end'));
  for (const activity of objects(resource, 'activity')) {
    const detail = field(activity, 'detail');
    const referenced = context.index.resolve(field(activity, 'reference'), resource);
    const title = conceptText(field(detail, 'code')) || str(detail, 'description') || conceptText(field(referenced, 'code')) || str(activity, 'reference', 'display');
    if (!title || seen.has(title.toLowerCase())) continue;
    seen.add(title.toLowerCase());
    const status = statusCode(field(detail, 'status')) || statusCode(field(referenced, 'status'));
    if (status === 'entered-in-error' || status === 'cancelled') continue;
    const done = status === 'completed' || (status === '' && planStatus === 'completed');
    const input: TaskInput = {
      title: clip(title, 300),
      dueDate: dayOf(str(detail, 'scheduledPeriod', 'end') || str(detail, 'scheduledString')),
      done,
      doneOn: done ? planEnd : '',
      notes: clip(joinDistinct([conceptText(field(resource, 'category')), ...list(resource, 'category').map(conceptText), ...objects(activity, 'progress').map((note) => str(note, 'text'))], '\n'), 5000),
    };
    const sourceId = `${sourceIdOf(resource)}#activity-${title.toLowerCase()}`;
    context.add('task', input, resource, firstText(resource, ['created'], ['period', 'start']), { sourceIds: [sourceId], links: { goalSourceIds } });
  }
}
