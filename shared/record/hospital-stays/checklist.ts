import { addDays } from '../calendar-days';
import type { HospitalStay } from '../../model/hospital-stay';

/**
 * "Coming home from the hospital": what most often has to happen in the first week, as
 * language-independent keys with due dates counted from the discharge day. The screens
 * turn the keys into task titles in the reader's language when the tasks are created.
 */
export const CHECKLIST_KEYS = ['followUpVisit', 'medicineCheck', 'prescriptionsFilled', 'transport', 'warningSigns', 'whoToCall'] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

/** Days after discharge each item is due. */
export const CHECKLIST_DUE_AFTER_DISCHARGE: Readonly<Record<ChecklistKey, number>> = {
  // Booked in the first days so the visit itself can happen within 7 days (FOLLOW_UP_VISIT_WITHIN_DAYS).
  followUpVisit: 2,
  medicineCheck: 1,
  prescriptionsFilled: 0,
  // Two days before the latest day for the visit.
  transport: 5,
  warningSigns: 0,
  whoToCall: 0,
};

/** A follow-up visit within 7 days of discharge lowers the chance of going back to the hospital. */
export const FOLLOW_UP_VISIT_WITHIN_DAYS = 7;

export interface ChecklistProposal {
  key: ChecklistKey;
  /** YYYY-MM-DD. */
  dueDate: string;
  /** Proposed ticked; false when the stay already shows it done (e.g. warning signs written on it). */
  suggested: boolean;
  /** For the follow-up visit: the last day it should take place. */
  visitBy?: string;
}

type StayFields = Pick<HospitalStay, 'dischargedOn' | 'warningSigns' | 'whoToCall'>;

/**
 * The checklist for a stay. Every date counts from the discharge day, so without one
 * nothing is proposed: while someone is still in the hospital, the plan starts when the
 * day they come home (planned or actual) is known.
 */
export function proposeChecklist(stay: StayFields): ChecklistProposal[] {
  const discharged = stay.dischargedOn;
  if (!discharged) return [];
  const alreadyWritten: Partial<Record<ChecklistKey, boolean>> = {
    warningSigns: stay.warningSigns.trim() !== '',
    whoToCall: stay.whoToCall.trim() !== '',
  };
  return CHECKLIST_KEYS.map((key) => ({
    key,
    dueDate: addDays(discharged, CHECKLIST_DUE_AFTER_DISCHARGE[key]),
    suggested: !alreadyWritten[key],
    ...(key === 'followUpVisit' ? { visitBy: addDays(discharged, FOLLOW_UP_VISIT_WITHIN_DAYS) } : {}),
  }));
}

/**
 * Whether saving a stay should offer the checklist: a new stay with a discharge date, or a
 * stay that gets its discharge date for the first time. Editing other details does not.
 */
export function shouldProposeChecklist(previous: Pick<HospitalStay, 'dischargedOn'> | undefined, saved: Pick<HospitalStay, 'dischargedOn'>): boolean {
  return saved.dischargedOn !== '' && (previous === undefined || previous.dischargedOn === '');
}
