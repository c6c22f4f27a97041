// The history a save records: started, dose changed, instructions changed, status changes.
import { describe, expect, it } from 'vitest';
import { historyNewestFirst, recordChanges } from '../../../shared/record/medication/history';
import { instructionPhrases } from '../../../shared/plain-language/languages';
import { writeInstructions } from '../../../shared/plain-language/instructions';
import type { MedicationChange } from '../../../shared/model/medication';
import { med } from './helpers';

const en = instructionPhrases('en');
const es = instructionPhrases('es');
const today = '2025-03-10';
const context = { today, phrases: en };
const base = med({ strength: '10 mg', doseAmount: '1', timing: { kind: 'timesPerDay', timesPerDay: 1 }, history: [{ date: '2024-01-01', change: 'started' }] });
const changesOf = (next: Parameters<typeof recordChanges>[0], previous = base, ctx = context) =>
  recordChanges(next, previous, ctx).history.slice(previous.history.length).map(({ change, from, to, reason, date }) => ({ change, from, to, reason, date }));

describe('recordChanges: a new medicine', () => {
  it('starts its history on the start date, or today', () => {
    expect(recordChanges(med({ startDate: '2025-02-01' }), undefined, context).history).toEqual([
      { date: '2025-02-01', change: 'started', from: '', to: '', reason: '', by: '' },
    ]);
    expect(recordChanges(med(), undefined, context).history.map((e) => [e.change, e.date])).toEqual([['started', today]]);
  });

  it('records a stop entered with the medicine (an old one, written down for the record)', () => {
    const old = med({ status: 'stopped', statusReason: 'made her dizzy', startDate: '2020-01-01', endDate: '2021-06-01' });
    expect(recordChanges(old, undefined, context).history.map((e) => [e.change, e.date, e.reason])).toEqual([
      ['started', '2020-01-01', ''],
      ['stopped', '2021-06-01', 'made her dizzy'],
    ]);
  });
});

describe('recordChanges: an edit', () => {
  it('records nothing when nothing that matters changed', () => {
    expect(changesOf({ ...base, notes: 'new notes', purpose: 'blood pressure' })).toEqual([]);
  });

  it('keeps the history already stored, whatever the form sent', () => {
    const result = recordChanges({ ...base, strength: '20 mg', history: [] }, base, context);
    expect(result.history[0]).toEqual(base.history[0]);
    expect(result.history).toHaveLength(2);
  });

  it('records a new strength as a dose change', () => {
    expect(changesOf({ ...base, strength: '20 mg' })).toEqual([{ change: 'doseChanged', from: '10 mg', to: '20 mg', reason: '', date: today }]);
  });

  it('records a new amount as a dose change, in words, and not also as new instructions', () => {
    expect(changesOf({ ...base, doseAmount: '2' })).toEqual([{ change: 'doseChanged', from: '1 tablet', to: '2 tablets', reason: '', date: today }]);
  });

  it('records strength and amount together when both changed', () => {
    expect(changesOf({ ...base, strength: '5 mg', doseAmount: '1/2' })).toEqual([
      { change: 'doseChanged', from: '10 mg, 1 tablet', to: '5 mg, ½ tablet', reason: '', date: today },
    ]);
  });

  it('writes the amount in the language of the screen', () => {
    expect(changesOf({ ...base, doseAmount: '2' }, base, { today, phrases: es })[0]).toMatchObject({ from: '1 tableta', to: '2 tabletas' });
  });

  it('ignores a change of spaces only', () => {
    expect(changesOf({ ...base, strength: '10 mg ' })).toEqual([]);
  });

  it('records new timing as new instructions, with both sentences', () => {
    expect(changesOf({ ...base, timing: { kind: 'timesPerDay', timesPerDay: 2 } })).toEqual([
      { change: 'instructionsChanged', from: 'Take 1 tablet by mouth once a day.', to: 'Take 1 tablet by mouth 2 times a day.', reason: '', date: today },
    ]);
  });

  it('records a new dose and new timing as two entries', () => {
    expect(changesOf({ ...base, doseAmount: '2', foodCue: 'withFood' }).map((e) => [e.change, e.from, e.to])).toEqual([
      ['doseChanged', '1 tablet', '2 tablets'],
      ['instructionsChanged', 'Take 1 tablet by mouth once a day.', 'Take 2 tablets by mouth once a day, with food.'],
    ]);
  });

  it('records words the person typed', () => {
    const edited = { ...base, instructions: 'Take one in the morning with orange juice.', instructionsEdited: true };
    expect(changesOf(edited)).toEqual([
      { change: 'instructionsChanged', from: 'Take 1 tablet by mouth once a day.', to: 'Take one in the morning with orange juice.', reason: '', date: today },
    ]);
  });

  it('does not record a sentence only written again in another language', () => {
    const storedInEnglish = { ...base, instructions: writeInstructions(base, en) };
    const savedInSpanish = { ...storedInEnglish, instructions: writeInstructions(base, es) };
    expect(changesOf(savedInSpanish, storedInEnglish, { today, phrases: es })).toEqual([]);
  });

  it('records pause, resume and stop made in the form', () => {
    const paused = { ...base, status: 'paused' as const, statusReason: 'before surgery' };
    expect(changesOf(paused)).toEqual([{ change: 'paused', from: '', to: '', reason: 'before surgery', date: today }]);
    expect(changesOf({ ...paused, status: 'taking' }, paused).map((e) => [e.change, e.from])).toEqual([['resumed', 'paused']]);
    const stopped = { ...base, status: 'stopped' as const, statusReason: 'made her dizzy', endDate: '2025-03-09' };
    expect(changesOf(stopped)).toEqual([{ change: 'stopped', from: '', to: '', reason: 'made her dizzy', date: '2025-03-09' }]);
  });
});

describe('historyNewestFirst', () => {
  const entry = (date: string, change: MedicationChange['change']): MedicationChange => ({ date, change, from: '', to: '', reason: '', by: '' });

  it('puts the newest first, and the latest of a day first', () => {
    const history = [entry('2024-01-01', 'started'), entry('2025-03-10', 'doseChanged'), entry('2024-06-01', 'paused'), entry('2025-03-10', 'stopped')];
    expect(historyNewestFirst(history).map((e) => e.change)).toEqual(['stopped', 'doseChanged', 'paused', 'started']);
  });

  it('leaves the stored history as it was', () => {
    const history = [entry('2024-01-01', 'started'), entry('2025-01-01', 'stopped')];
    historyNewestFirst(history);
    expect(history.map((e) => e.change)).toEqual(['started', 'stopped']);
  });
});
