/**
 * The order of the checker's questions, and which ones are asked given the answers so far.
 *
 * A question is skipped when no answer to it could change the options for these answers (the rules in
 * rules.ts decide what matters; tests/unit/options-flow.test.ts proves each skip changes nothing).
 * `substanceUse` is never asked: no rule uses it, because neither the research nor the service
 * records name a sourced substance-use service (README.md, "Rules not in facts.md").
 */
import { isUnclear, type Answers, type AnswerTo, type QuestionId } from './questions.ts';

/** Asked in this order. Danger first; immigration status early, because most options turn on it. */
export const askedQuestions = [
  'danger',
  'status',
  'publicFunds',
  'working',
  'housing',
  'livingWithAbuser',
  'home',
  'children',
  'childrenDetails',
  'gender',
  'age',
  'lgbtq',
  'deaf',
  'disabled',
  'otherLanguage',
  'community',
  'honourBasedAbuse',
  'multipleDisadvantage',
] as const satisfies readonly QuestionId[];

export type AskedQuestion = (typeof askedQuestions)[number];

/**
 * Statuses where a "no public funds" condition decides or may change the result: partner routes, and
 * settled or refugee status (leave given on a maintenance undertaking, s115(9)(c)). Not asked after
 * "another visa that says no public funds": the answer already says it.
 */
const fundsMatters: readonly string[] = ['partner-visa-british-settled', 'partner-of-refugee', 'partner-of-worker-student-graduate', 'settled', 'refugee-or-humanitarian-protection'];
const euRoutes: readonly string[] = ['eu-pre-settled', 'appendix-eu-family'];
/** Women's services are offered to women and to anyone who has not said their gender. */
const womenOrUnsaid = (a: Answers) => a.gender === 'woman' || isUnclear(a.gender);
const hasHome = (a: Answers) => a.housing !== 'no-home' && a.housing !== 'staying-with-others';

/** Whether a question is asked, given the answers to the questions before it. */
export function isAsked(question: AskedQuestion, answers: Answers): boolean {
  switch (question) {
    case 'publicFunds':
      return answers.status !== undefined && fundsMatters.includes(answers.status);
    case 'working':
      return answers.status !== undefined && euRoutes.includes(answers.status);
    case 'livingWithAbuser':
    case 'home':
      return hasHome(answers);
    case 'childrenDetails':
      return answers.children === 'yes';
    case 'otherLanguage':
    case 'community':
    case 'multipleDisadvantage':
      return womenOrUnsaid(answers);
    default:
      return true;
  }
}

/** The questions asked for these answers, in order. */
export function questionsFor(answers: Answers): AskedQuestion[] {
  return askedQuestions.filter((q) => isAsked(q, answers));
}

/**
 * Only the answers to questions still asked: an answer left behind by a changed earlier answer (a
 * "no public funds" answer after the status changed to British) must not count.
 */
export function relevantAnswers(answers: Answers): Answers {
  const kept: Record<string, string> = {};
  for (const q of askedQuestions) {
    const answer = answers[q];
    if (answer !== undefined && isAsked(q, kept as Answers)) kept[q] = answer;
  }
  return kept as Answers;
}

/** The text key (text.en.ts) of an answer's label. */
export function answerKey<Q extends QuestionId>(question: Q, answer: AnswerTo<Q>): string {
  return answer === 'yes' || answer === 'no' || answer === 'not-sure' || answer === 'prefer-not-to-say' ? `answer.${answer}` : `answer.${question}.${answer}`;
}
