import { describe, expect, it } from 'vitest';
import { countCareTeamReferences, totalReferences } from '../../../shared/record/care-team/references';
import { PASSPHRASE, testVault } from '../vault/helpers';
import { savePerson } from '../../../shared/people/people-store';
import { listItems, saveItem } from '../../../shared/record/item-store';

describe('Who names a care-team member', () => {
  it('counts medicines they prescribed, appointments with them, tasks they own and questions for them', () => {
    const references = countCareTeamReferences('lee', {
      medications: [{ prescriberId: 'lee' }, { prescriberId: 'lee' }, { prescriberId: 'kim' }, { prescriberId: '' }],
      appointments: [{ careTeamMemberId: 'lee' }, { careTeamMemberId: '' }],
      tasks: [{ ownerCareTeamMemberId: 'kim' }],
      questions: [{ careTeamMemberId: 'lee' }],
    });
    expect(references).toEqual({ medications: 2, appointments: 1, tasks: 0, questions: 1 });
    expect(totalReferences(references)).toBe(4);
  });

  it('finds nothing for an empty id (an item with no one chosen names no one)', () => {
    const references = countCareTeamReferences('', {
      medications: [{ prescriberId: '' }],
      appointments: [{ careTeamMemberId: '' }],
      tasks: [{ ownerCareTeamMemberId: '' }],
      questions: [{ careTeamMemberId: '' }],
    });
    expect(totalReferences(references)).toBe(0);
  });

  it('reads the stored items of every area by their real field names', async () => {
    const { session } = await testVault().create(PASSPHRASE);
    const ada = await savePerson(session, { fullName: 'Ada' });
    const lee = await saveItem(session, 'careTeamMember', ada.id, { name: 'Dr Lee' });
    await saveItem(session, 'medication', ada.id, { name: 'Metformin', prescriberId: lee.id });
    await saveItem(session, 'medication', ada.id, { name: 'Lisinopril', prescriberId: lee.id });
    await saveItem(session, 'appointment', ada.id, { startsAt: '2026-03-03T09:30', careTeamMemberId: lee.id });
    await saveItem(session, 'task', ada.id, { title: 'Call', ownerCareTeamMemberId: lee.id });
    await saveItem(session, 'task', ada.id, { title: 'Other' });
    const of = <K extends 'medication' | 'appointment' | 'task' | 'question'>(kind: K) => listItems(session, kind, ada.id);
    expect(
      countCareTeamReferences(lee.id, { medications: of('medication'), appointments: of('appointment'), tasks: of('task'), questions: of('question') }),
    ).toEqual({ medications: 2, appointments: 1, tasks: 1, questions: 0 });
  });
});
