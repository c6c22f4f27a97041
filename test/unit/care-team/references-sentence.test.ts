import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { referencesSentence } from '../../../renderer/src/features/careTeam/references-sentence';

const locale = (lang: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/locales', lang, 'careTeam.json'), 'utf8')) as Record<string, unknown>;

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { en: { careTeam: locale('en') }, es: { careTeam: locale('es') } }, lng: 'en', ns: ['careTeam'], interpolation: { escapeValue: false } });
});
const tFor = (lang: string) => i18n.getFixedT(lang, 'careTeam') as unknown as TFunction<'careTeam'>;

describe('The removal warning for a care-team member', () => {
  it('names what refers to them, with plurals, in English', () => {
    expect(referencesSentence(tFor('en'), 'Dr Lee', { medications: 2, appointments: 1, tasks: 0, questions: 0 }, 'en')).toBe(
      'Dr Lee is the prescriber of 2 medicines and named in 1 appointment. After this, those will show “Not in the care team any more”.',
    );
    expect(referencesSentence(tFor('en'), 'Dr Lee', { medications: 1, appointments: 0, tasks: 3, questions: 2 }, 'en')).toBe(
      'Dr Lee is the prescriber of 1 medicine, in charge of 3 tasks, and named in 2 questions to ask. After this, those will show “Not in the care team any more”.',
    );
  });

  it('speaks of one item as "it"', () => {
    expect(referencesSentence(tFor('en'), 'Dr Lee', { medications: 0, appointments: 0, tasks: 1, questions: 0 }, 'en')).toBe(
      'Dr Lee is in charge of 1 task. After this, it will show “Not in the care team any more”.',
    );
  });

  it('says it in Spanish', () => {
    expect(referencesSentence(tFor('es'), 'Dra. Lee', { medications: 2, appointments: 1, tasks: 0, questions: 0 }, 'es')).toBe(
      'Dra. Lee aparece como quien recetó 2 medicinas y en 1 cita. Después, ahí se verá “Ya no está en el equipo de cuidado”.',
    );
  });

  it('says nothing extra when nothing names them', () => {
    expect(referencesSentence(tFor('en'), 'Dr Lee', { medications: 0, appointments: 0, tasks: 0, questions: 0 }, 'en')).toBeNull();
  });
});
