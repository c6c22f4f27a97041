/**
 * The pharmacy's standard warning-label sentences, as record systems copy them into an entry's
 * "Comments:" ("Avoid grapefruit and grapefruit juice while taking this medication."). Each is
 * matched whole, word for word, and said in plain words from "shorthand.phrases" in each
 * language; a sentence not in this list is never guessed at.
 */
const LABELS: Record<string, string> = {
  'it is very important that you take or use this exactly as directed': 'labelExactly',
  'do not skip doses or discontinue unless directed by your doctor': 'labelNoSkip',
  'obtain medical advice before taking any non-prescription drugs as some may affect the action of this medication': 'labelAskNonPrescription',
  'take with food or milk': 'labelFoodOrMilk',
  'avoid prolonged or excessive exposure to direct and/or artificial sunlight while taking this medication': 'labelSun',
  'check with your doctor before becoming pregnant': 'labelBeforePregnant',
  'do not take dairy products, antacids, or iron preparations within one hour of this medication': 'labelDairy',
  'finish all this medication unless otherwise directed by prescriber': 'labelFinish',
  'medication should be taken with plenty of water': 'labelPlentyWater',
  'avoid grapefruit and grapefruit juice while taking this medication': 'labelGrapefruit',
  'do not chew, break, or crush': 'labelNoChewBreakCrush',
  'do not take this drug if you are pregnant': 'labelNotIfPregnant',
  'swallow whole': 'labelSwallowWhole',
  'do not crush': 'labelNoCrush',
  'keep in refrigerator': 'labelRefrigerator',
  'do not freeze': 'labelNoFreeze',
  'some non-prescription drugs may aggravate your condition': 'labelNonPrescriptionWorse',
  'read all labels carefully': 'labelReadLabels',
  'if a warning appears, check with your doctor before taking': 'labelIfWarning',
  'take medication on an empty stomach 1 hour before or 2 to 3 hours after a meal unless otherwise directed by your doctor': 'labelEmptyStomach',
  'it may be advisable to drink a full glass orange juice or eat a banana daily while taking this medication': 'labelPotassium',
  'this product contains acetaminophen': 'labelContainsAcetaminophen',
  'do not use with any other product containing acetaminophen to prevent possible liver damage': 'labelOneAcetaminophen',
};

/** The phrase keys of a comment made only of warning-label sentences, in order; null if any sentence is not one. */
export function readWarningLabels(comment: string): string[] | null {
  const sentences = comment
    .split(/(?<=\.)\s+/)
    .map((sentence) => sentence.trim().replace(/\.$/, '').replace(/\s+/g, ' ').toLowerCase())
    .filter(Boolean);
  const keys = sentences.map((sentence) => LABELS[sentence]);
  return keys.length > 0 && keys.every((key): key is string => key !== undefined) ? keys : null;
}
