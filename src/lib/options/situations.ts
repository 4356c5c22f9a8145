/**
 * The no-JavaScript page set: one page per immigration status ("not sure" included), each showing the
 * options for that status with every other question left open. Children and care needs are answered
 * "not sure", so the children's services and Care Act routes, which do not depend on status, appear
 * as "possibly, get advice". Nothing about a reader goes into these addresses: they name a status only.
 */
import { questionAnswers, type Answers } from './questions.ts';

export const situationStatuses = [...questionAnswers.status, 'not-sure'] as const;
export type SituationStatus = (typeof situationStatuses)[number];

export function situationAnswers(status: SituationStatus): Answers {
  return { status, children: 'not-sure', disabled: 'not-sure' };
}

/** The text key of the status's label (text.en.ts). */
export function situationLabelKey(status: SituationStatus): string {
  return status === 'not-sure' ? 'answer.not-sure' : `answer.status.${status}`;
}
