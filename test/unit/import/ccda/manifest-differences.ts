/**
 * Where the items read from a corpus file differ from MANIFEST.md's per-file counts, and why.
 * MANIFEST.md counts every element carrying the entry's templateId; some of those entries say
 * there is nothing (a negated "no known allergies", "no medications") or are empty placeholders,
 * and the binder does not turn those into items. Each difference names the reason; the reader
 * must report the same reason as a warning for that file, so a new difference fails the test.
 */
export const REASONS = {
  'negated-medication': 'a Medication Activity with negationInd="true" ("no medications", "not taking", refused) is not a medicine',
  'medication-without-name': 'a Medication Activity whose product has no code, name or text (nullFlavor only) cannot be shown',
  'no-known-allergies': 'a negated allergy entry or a SNOMED "no known allergy" finding is not an allergy',
  'allergy-without-substance': 'an allergy entry whose substance is nullFlavor NA/UNK with no words anywhere is a placeholder',
  'negated-problem': 'a Problem Observation with negationInd="true" ("no known problems") is not a condition',
} as const;
export type Reason = keyof typeof REASONS;

export type CountedArea = 'medications' | 'allergies' | 'problems';
export type Difference = { items: number; reason: Reason };

/** Fragments: HL7's section examples carry each entry's templateId twice (with and without extension); MANIFEST.md counts both. */
export const FRAGMENT_TEMPLATE_REPEATS = 2;
/** The two fragments whose entries carry the templateId once. */
export const SINGLE_TEMPLATE_FRAGMENTS = new Set([
  'ccda/hl7-c-cda-examples/section-fragments/Medications/Free_Text_Medication_SIG/Free_Text_Medication_SIG_(C-CDAR2.1).xml',
  'ccda/hl7-c-cda-examples/section-fragments/Medications/Med_at_bedtime/Med_at_bedtime(C-CDAR2.1).xml',
]);

export const DIFFERENCES: Record<string, Partial<Record<CountedArea, Difference>>> = {
  'ccda/chb-sample-ccdas-r1.1/Allscripts_Internal_Test_with_MU_2_data/170.314(b)(1)InPt_Discharge_Summary_CED_Type.xml': { medications: { items: 2, reason: 'negated-medication' } },
  'ccda/chb-sample-ccdas-r1.1/Allscripts_Professional_EHR/dataport_Ambulatory.xml': { medications: { items: 3, reason: 'negated-medication' } },
  'ccda/chb-sample-ccdas-r1.1/PracticeFusion/PracticeFusion_SummaryOfCare_export_Maria_Teller.ccd': { allergies: { items: 0, reason: 'allergy-without-substance' } },
  'ccda/chb-sample-ccdas-r1.1/Vitera/Vitera_CCDA_SMART_Sample.xml': { medications: { items: 16, reason: 'negated-medication' } },
  'ccda/hl7-c-cda-examples/section-fragments/Allergies/No_Known_Allergies/No_Known_Allergies_with_Author_Timestamp(C-CDA2.1).xml': { allergies: { items: 0, reason: 'no-known-allergies' } },
  'ccda/hl7-c-cda-examples/section-fragments/Allergies/No_Known_Medication_Allergies/No_Known_Medication_Allergies(C-CDA2.1).xml': { allergies: { items: 0, reason: 'no-known-allergies' } },
  'ccda/hl7-c-cda-examples/section-fragments/Allergies/Not_Allergic_to_Peanuts/Not_Allergic_to_Peanuts(C-CDAR2.1).xml': { allergies: { items: 0, reason: 'no-known-allergies' } },
  'ccda/hl7-c-cda-examples/section-fragments/Medications/Medication_Refused/Medication_Refused(C-CDAR2.1).xml': { medications: { items: 0, reason: 'negated-medication' } },
  'ccda/hl7-c-cda-examples/section-fragments/Medications/No_Medications/No_Medications(C-CDA2.1).xml': { medications: { items: 0, reason: 'negated-medication' } },
  'ccda/hl7-onc-reference/170.315_b1_toc_gold_sample2_v1.xml': { medications: { items: 0, reason: 'negated-medication' }, allergies: { items: 0, reason: 'no-known-allergies' }, problems: { items: 1, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Allscripts_FollowMyHealth/Inpatient_Summary-rebeccalarson.xml': { problems: { items: 14, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Allscripts_Professional/xdr-test1-sample2-jb.xml': { medications: { items: 0, reason: 'negated-medication' }, allergies: { items: 0, reason: 'no-known-allergies' }, problems: { items: 2, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Allscripts_TouchWorks/Allscripts_TW_Alice_rn.xml': { problems: { items: 9, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Allscripts_TouchWorks/LaurenGordon_170.315_b2_ciri__r21_sample2_rn_export.xml': { problems: { items: 5, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Atos_Pulse/patienthealthrecord_0803201750155135.xml': { allergies: { items: 0, reason: 'no-known-allergies' }, problems: { items: 2, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/ChartLogic/2015-06-22-1.xml': { allergies: { items: 2, reason: 'no-known-allergies' }, problems: { items: 6, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/CompuLink/CompulinkAdvantage_12.1_ccd_sample2.XML': { medications: { items: 0, reason: 'negated-medication' }, allergies: { items: 0, reason: 'no-known-allergies' }, problems: { items: 1, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/EHealthPartners/201710-0010123.xml': { medications: { items: 0, reason: 'medication-without-name' }, allergies: { items: 0, reason: 'allergy-without-substance' } },
  'ccda/onc-2015-cert-r2.1/EMR_Direct/g9_CCDA_all-data_jeremy.xml': { medications: { items: 0, reason: 'negated-medication' }, allergies: { items: 0, reason: 'no-known-allergies' }, problems: { items: 0, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Edaris_Forerun/ccd20170710182800-MRNX9966441.xml': { allergies: { items: 0, reason: 'no-known-allergies' }, problems: { items: 0, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Freedom_Medical/BATES_JR_JEREMY_V_1550_08-01-1980.52232.xml': { medications: { items: 0, reason: 'negated-medication' }, allergies: { items: 0, reason: 'no-known-allergies' }, problems: { items: 2, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Key_Chart/CCDA_723061_20Sep2017_1237580.xml': { allergies: { items: 0, reason: 'allergy-without-substance' } },
  'ccda/onc-2015-cert-r2.1/MDIntellisys_IntelleChart/CeciliaCummings.xml': { problems: { items: 5, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/MDLogic/ContinuityOfCareDocument_MUBatJer_20170601-145724.xml': { allergies: { items: 0, reason: 'no-known-allergies' }, problems: { items: 1, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/MedHost_Enterprise/CCD_4005243_81477_502.xml': { allergies: { items: 0, reason: 'allergy-without-substance' } },
  'ccda/onc-2015-cert-r2.1/Medflow_RCP/CCDA_23105_20Oct2017_1043418.xml': { allergies: { items: 0, reason: 'allergy-without-substance' } },
  'ccda/onc-2015-cert-r2.1/Medical_Office_Technologies/5492_6_Sample_ReferralNote.xml': { allergies: { items: 0, reason: 'no-known-allergies' }, problems: { items: 0, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Medical_Office_Technologies/5597_12_ReferralNote.xml': { allergies: { items: 0, reason: 'no-known-allergies' } },
  'ccda/onc-2015-cert-r2.1/Medical_Office_Technologies/CDA-E1-6-22-2015.xml': { allergies: { items: 0, reason: 'no-known-allergies' } },
  'ccda/onc-2015-cert-r2.1/NextGen/AliceNewmanCCD.xml': { medications: { items: 4, reason: 'negated-medication' } },
  'ccda/onc-2015-cert-r2.1/NextGen/AliceNewmanRN.xml': { medications: { items: 4, reason: 'negated-medication' } },
  'ccda/onc-2015-cert-r2.1/NextTech/5_-_Larson_Rebecca_Jones_2017-07-10_10_38_39_000.xml': { problems: { items: 12, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/NextTech/Alice_Newman_CCD.XML': { problems: { items: 7, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/NextTech/Alice_Newman_RefNote.xml': { problems: { items: 7, reason: 'negated-problem' } },
  'ccda/onc-2015-cert-r2.1/Practice_Fusion/JeremyBatesApi.xml': { medications: { items: 0, reason: 'negated-medication' }, allergies: { items: 0, reason: 'no-known-allergies' } },
  'ccda/onc-2015-cert-r2.1/Sophrona_Solutions/PatientCCD_(11).xml': { allergies: { items: 0, reason: 'allergy-without-substance' } },
};
