import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../../shared/model/goal';
import { describeTarget, type GoalTarget } from '../../../../shared/record/goals/target';
import type { MeasurementType } from '../../../../shared/model/measurement';
import { useMeasurementWords } from '../measurements/measurement-words';

export interface GoalWords {
  /** What the goal measures, or '' without a measure ("A1C", "Minutes walked"). */
  measure(goal: Goal): string;
  /** The same inside a sentence ("Last blood pressure …"). */
  measureInSentence(goal: Goal): string;
  /** The target alone: "below 7%", "at least 20 minutes", "below 130/80 mmHg". */
  target(target: GoalTarget, type: MeasurementType | ''): string;
  /** Measure and target together ("A1C below 7%"), or what there is of them; '' when neither. */
  describe(goal: Goal): string;
}

export function useGoalWords(): GoalWords {
  const { t } = useTranslation('goals');
  const words = useMeasurementWords();
  const target: GoalWords['target'] = (goalTarget, type) =>
    t('targetPhrase', { comparator: t(`comparators.${goalTarget.comparator}`), amount: words.amount(type, goalTarget.value, goalTarget.value2, goalTarget.unit) });
  const measure = (goal: Goal): string => (goal.measureType === '' ? '' : words.measureName(goal.measureType, goal.measureName));
  return {
    measure,
    measureInSentence: (goal) => (goal.measureType === '' ? '' : words.measureNameInSentence(goal.measureType, goal.measureName)),
    target,
    describe: (goal) => {
      const description = describeTarget(goal);
      if (!description) return '';
      const name = description.measure ? measure(goal) : '';
      if (description.target === null) return t('followsOnly', { measure: name });
      const phrase = target(description.target, goal.measureType);
      return name ? t('measureTarget', { measure: name, target: phrase }) : t('targetOnly', { target: phrase });
    },
  };
}
