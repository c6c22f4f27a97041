import 'i18next';
import type common from '../../../resources/locales/en/common.json';
import type record from '../../../resources/locales/en/record.json';
import type careTeam from '../../../resources/locales/en/careTeam.json';
import type medications from '../../../resources/locales/en/medications.json';
import type allergies from '../../../resources/locales/en/allergies.json';
import type conditions from '../../../resources/locales/en/conditions.json';
import type appointments from '../../../resources/locales/en/appointments.json';
import type goals from '../../../resources/locales/en/goals.json';
import type measurements from '../../../resources/locales/en/measurements.json';
import type tasks from '../../../resources/locales/en/tasks.json';
import type questions from '../../../resources/locales/en/questions.json';
import type hospitalStays from '../../../resources/locales/en/hospitalStays.json';
import type importStrings from '../../../resources/locales/en/import.json';
import type device from '../../../resources/locales/en/device.json';

// Typed translation keys: a misspelled key is a compile error. English is the reference.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      record: typeof record;
      careTeam: typeof careTeam;
      medications: typeof medications;
      allergies: typeof allergies;
      conditions: typeof conditions;
      appointments: typeof appointments;
      goals: typeof goals;
      measurements: typeof measurements;
      tasks: typeof tasks;
      questions: typeof questions;
      hospitalStays: typeof hospitalStays;
      import: typeof importStrings;
      device: typeof device;
    };
  }
}
