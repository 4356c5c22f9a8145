/**
 * Answer sets for the options tests: every allowed value of a question (plus unanswered), the
 * exhaustive product over the questions that decide eligibility, and a fast-check arbitrary over
 * every question.
 */
import fc from 'fast-check';
import { allowedAnswers, questionIds, type Answers, type QuestionId } from '../../src/lib/options/index.ts';

/** Every allowed answer to a question, and `undefined` for "not answered". */
export function valuesOf(question: QuestionId): (string | undefined)[] {
  return [...allowedAnswers(question), undefined];
}

/** Builds answers from a loose record, leaving out unanswered questions (exactOptionalPropertyTypes). */
export function answersFrom(record: Partial<Record<QuestionId, string | undefined>>): Answers {
  const out: Record<string, string> = {};
  for (const [q, v] of Object.entries(record)) if (v !== undefined) out[q] = v;
  return out as Answers;
}

/** The cartesian product over the given questions, every other question unanswered. */
export function* product(questions: QuestionId[], base: Answers = {}): Generator<Answers> {
  const [first, ...rest] = questions;
  if (first === undefined) {
    yield base;
    return;
  }
  for (const value of valuesOf(first)) {
    yield* product(rest, answersFrom({ ...base, [first]: value }));
  }
}

/** The questions that decide eligibility (status, funds, family, home, gender): ~84,000 combinations. */
export const eligibilityQuestions: QuestionId[] = ['status', 'publicFunds', 'children', 'home', 'housing', 'gender'];

/** Any combination of answers to any questions, each possibly unanswered. */
export const anyAnswers: fc.Arbitrary<Answers> = fc
  .record(
    Object.fromEntries(questionIds.map((q) => [q, fc.constantFrom(...valuesOf(q))])) as Record<QuestionId, fc.Arbitrary<string | undefined>>,
  )
  .map((r) => answersFrom(r));

/** Profiles to vary one question at a time from, so every branch of every rule is reached. */
export const profiles: Answers[] = [
  {},
  { gender: 'woman', status: 'british-or-irish' },
  { gender: 'man', status: 'no-status', children: 'yes' },
  { gender: 'woman', status: 'eu-pre-settled', home: 'leave' },
  { gender: 'non-binary-or-other', status: 'seeking-asylum' },
  { gender: 'woman', status: 'partner-of-worker-student-graduate', publicFunds: 'no-public-funds', housing: 'social-tenant' },
];

/** Each profile with each question set to each of its values in turn. */
export function* oneAtATime(): Generator<Answers> {
  for (const profile of profiles) {
    for (const q of questionIds) for (const v of valuesOf(q)) yield answersFrom({ ...profile, [q]: v });
  }
}
