import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checklistTaskInput } from '../../../renderer/src/features/hospitalStays/checklist-tasks';
import { proposeChecklist } from '../../../shared/record/hospital-stays/checklist';
import { sortStays, tasksOfStay } from '../../../shared/record/hospital-stays/stays';
import { buildItem, listItems, saveItem, saveItems } from '../../../shared/record/item-store';
import { savePerson } from '../../../shared/people/people-store';
import { PASSPHRASE, testVault } from '../vault/helpers';

const locale = (lang: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/locales', lang, 'hospitalStays.json'), 'utf8')) as Record<string, unknown>;
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { en: { hospitalStays: locale('en') }, es: { hospitalStays: locale('es') } }, lng: 'en', interpolation: { escapeValue: false } });
});
const tFor = (lang: string) => i18n.getFixedT(lang, 'hospitalStays') as unknown as TFunction<'hospitalStays'>;

describe('Checklist items become tasks', () => {
  it('are written in the language of the screens at the moment they are made', () => {
    const [followUp] = proposeChecklist({ dischargedOn: '2026-03-03', warningSigns: '', whoToCall: '' });
    const english = checklistTaskInput(tFor('en'), 'en', 'stay-1', { proposal: followUp!, owner: { kind: 'me' }, dueDate: followUp!.dueDate });
    expect(english).toMatchObject({
      title: 'Book a follow-up visit with the doctor for no later than March 10, 2026',
      ownerName: 'Me',
      ownerCareTeamMemberId: '',
      dueDate: '2026-03-05',
      hospitalStayId: 'stay-1',
    });
    const spanish = checklistTaskInput(tFor('es'), 'es', 'stay-1', { proposal: followUp!, owner: { kind: 'me' }, dueDate: followUp!.dueDate });
    expect(spanish.title).toBe('Pedir una cita de control con el médico a más tardar para el 10 de marzo de 2026');
    expect(spanish.ownerName).toBe('Yo');
  });

  it('name a care-team member by id, or anyone else by name', () => {
    const proposal = { key: 'transport' as const };
    expect(checklistTaskInput(tFor('en'), 'en', 's', { proposal, owner: { kind: 'member', memberId: 'lee' }, dueDate: '' })).toMatchObject({
      ownerCareTeamMemberId: 'lee',
      ownerName: '',
    });
    expect(checklistTaskInput(tFor('en'), 'en', 's', { proposal, owner: { kind: 'someoneElse', name: ' Maria ' }, dueDate: '' })).toMatchObject({
      ownerCareTeamMemberId: '',
      ownerName: 'Maria',
      title: 'Arrange a ride to the follow-up visit',
    });
  });

  it('are saved together and listed on their stay, not done first then by date', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    const ada = await savePerson(session, { fullName: 'Ada' });
    const stay = await saveItem(session, 'hospitalStay', ada.id, { admittedOn: '2026-02-27', dischargedOn: '2026-03-03', hospital: 'Mercy' });
    const older = await saveItem(session, 'hospitalStay', ada.id, { admittedOn: '2025-01-10' });
    const tasks = proposeChecklist(stay).map((proposal) =>
      buildItem(session, 'task', ada.id, checklistTaskInput(tFor('en'), 'en', stay.id, { proposal, owner: { kind: 'me' }, dueDate: proposal.dueDate })),
    );
    await saveItems(session, tasks);
    await saveItem(session, 'task', ada.id, { title: 'Unrelated' });
    const first = tasksOfStay(listItems(session, 'task', ada.id), stay.id)[0]!;
    await saveItem(session, 'task', ada.id, { ...first, done: true, doneOn: '2026-03-03' }, first.id);

    const own = tasksOfStay(listItems(session, 'task', ada.id), stay.id);
    expect(own).toHaveLength(6);
    expect(own.map((t) => t.dueDate)).toEqual(['2026-03-03', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-08', '2026-03-03']);
    expect(own.at(-1)!.done).toBe(true);
    expect(sortStays(listItems(session, 'hospitalStay', ada.id)).map((s) => s.id)).toEqual([stay.id, older.id]);
  });
});
