import type { TCodeLabels } from './code-labels.ts';
import type { TViolationAction, TViolationOutcome, TViolationState } from './violation.ts';

/** The states of a violation record's due process, in both languages. */
export const VIOLATION_STATE_LABELS: TCodeLabels<TViolationState> = {
  notified: ['已告知，待申辩', 'Notified, awaiting answer'],
  answered: ['已申辩，待决定', 'Answered, awaiting decision'],
  decided: ['已决定', 'Decided'],
  appealed: ['已申诉，待复核', 'Appealed, awaiting review'],
  final: ['复核已决定（终局）', 'Appeal decided (final)'],
};

/** The county's decision on a record or an appeal. */
export const VIOLATION_OUTCOME_LABELS: TCodeLabels<TViolationOutcome> = {
  upheld: ['认定（维持扣分）', 'Upheld'],
  reduced: ['减轻扣分', 'Reduced'],
  dismissed: ['不予认定（撤销）', 'Dismissed'],
};

/** The steps of the due process, as verbs ("不能申辩" / "answer"). */
export const VIOLATION_ACTION_LABELS: TCodeLabels<TViolationAction> = {
  record: ['登记', 'record'],
  answer: ['申辩', 'answer'],
  decide: ['作出决定', 'decide'],
  appeal: ['申诉', 'appeal'],
  decide_appeal: ['复核申诉', 'decide the appeal'],
};
