import type { FoodCue } from '../model/medication';

/**
 * HL7 v3 TimingEvent codes (C-CDA EIVL_TS `event`, FHIR `Timing.repeat.when`) that say when to
 * take a medicine relative to meals or sleep. Both formats use the same code system.
 */
export const TIMING_EVENT_CUES: Readonly<Record<string, FoodCue>> = {
  HS: 'atBedtime',
  AC: 'beforeMeals',
  ACM: 'beforeMeals',
  ACD: 'beforeMeals',
  ACV: 'beforeMeals',
  PC: 'afterMeals',
  PCM: 'afterMeals',
  PCD: 'afterMeals',
  PCV: 'afterMeals',
  C: 'withFood',
  CM: 'withFood',
  CD: 'withFood',
  CV: 'withFood',
};
