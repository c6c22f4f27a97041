import type { GoalInput } from '../../model/goal';
import type { ImportedItem } from '../bundle';
import { attr, child, path, type XmlElement } from '../xml';
import { clip, fullDate, idsOf, readTs, startOf } from './cda-values';
import { makeItem, warn, type EntryContext } from './entry-context';

/** Maps one Goal Observation (4.121): its words from the code, value or narrative. */
export function mapGoal(entry: XmlElement, context: EntryContext): ImportedItem<'goal'> | null {
  const code = context.narrative.codeText(child(entry, 'code'));
  const value = child(entry, 'value');
  const valueWords = context.narrative.codeText(value) || context.narrative.textOf(value);
  const text = context.narrative.textOf(child(entry, 'text'));
  const statement = text || [code, valueWords].filter(Boolean).join(': ');
  if (!statement) {
    warn(context, 'goal-without-words', 'A goal without words was read and not added.');
    return null;
  }
  const target = fullDate(readTs(attr(child(child(entry, 'effectiveTime'), 'high'), 'value')));
  const input: GoalInput = { statement: clip(statement, 500), targetDate: target, notes: text && code && !text.includes(code) ? code : '' };
  const recordedAt = readTs(attr(path(entry, 'author', 'time'), 'value'))?.date ?? startOf(child(entry, 'effectiveTime'))?.date ?? '';
  return makeItem('goal', input, context, idsOf(entry), recordedAt);
}
