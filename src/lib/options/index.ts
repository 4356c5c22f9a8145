/**
 * "What are my options?" (issue #6): `options(answers)` returns the options for a situation, each
 * with its eligibility, keys for the explanation and next steps (text.en.ts), contacts (service
 * records or generic contacts, contacts.ts) and legal basis (sources.ts). See README.md here.
 */
import type { Answers } from './questions.ts';
import { evaluate, type Option } from './rules.ts';

export type { Answers, AnswerTo, QuestionId } from './questions.ts';
export { allowedAnswers, questionAnswers, questionIds, unclearAnswers } from './questions.ts';
export type { Eligibility, Option, OptionId } from './rules.ts';
export { optionOrder } from './rules.ts';
export type { ContactId } from './contacts.ts';
export { genericContacts, serviceContacts } from './contacts.ts';
export { rulesCheckedOn, sources, type Source, type SourceId } from './sources.ts';
export { text, type TextKey } from './text.en.ts';
export { answerKey, askedQuestions, isAsked, questionsFor, relevantAnswers, type AskedQuestion } from './flow.ts';

/** The options for these answers; the emergency option comes first unless danger is answered "no". */
export function options(answers: Answers): Option[] {
  return evaluate(answers);
}
