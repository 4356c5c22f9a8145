/**
 * The checker's question flow: a question it skips could not have changed the options, answers left
 * behind by a changed earlier answer stop counting, and every asked question offers "not sure" and
 * "prefer not to say".
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allowedAnswers, askedQuestions, isAsked, options, questionIds, questionsFor, relevantAnswers, type Answers } from '../../src/lib/options/index.ts';
import { anyAnswers, answersFrom, valuesOf } from '../tools/options-answers.ts';

describe('question flow', () => {
  test('asks danger first and then immigration status', () => {
    expect(questionsFor({}).slice(0, 2)).toEqual(['danger', 'status']);
  });

  test('asks about "no public funds" only for partner routes, and about work only for EU status', () => {
    expect(questionsFor({ status: 'partner-visa-british-settled' })).toContain('publicFunds');
    expect(questionsFor({ status: 'british-or-irish' })).not.toContain('publicFunds');
    expect(questionsFor({ status: 'other-visa-nrpf' })).not.toContain('publicFunds');
    expect(questionsFor({ status: 'eu-pre-settled' })).toContain('working');
    expect(questionsFor({ status: 'seeking-asylum' })).not.toContain('working');
  });

  test('asks about the children only when there are children, and about the home only when there is one', () => {
    expect(questionsFor({ children: 'yes' })).toContain('childrenDetails');
    expect(questionsFor({ children: 'not-sure' })).not.toContain('childrenDetails');
    expect(questionsFor({ housing: 'no-home' })).not.toContain('home');
    expect(questionsFor({ housing: 'private-renter' })).toEqual(expect.arrayContaining(['home', 'livingWithAbuser']));
  });

  test('every asked question allows "not sure" and "prefer not to say"', () => {
    for (const q of askedQuestions) expect(allowedAnswers(q)).toEqual(expect.arrayContaining(['not-sure', 'prefer-not-to-say']));
  });

  test('a skipped question could not have changed the options, whatever it was answered', () => {
    fc.assert(
      fc.property(anyAnswers, (random) => {
        const answers = relevantAnswers(random);
        const expected = JSON.stringify(options(answers));
        for (const q of questionIds) {
          const asked = (askedQuestions as readonly string[]).includes(q) && isAsked(q as (typeof askedQuestions)[number], answers);
          if (asked) continue;
          // "Another visa that says no public funds" is its own answer to the funds question.
          if (q === 'publicFunds' && answers.status === 'other-visa-nrpf') continue;
          for (const value of valuesOf(q)) {
            const changed = answersFrom({ ...answers, [q]: value });
            expect(JSON.stringify(options(changed)), `${q}=${String(value)} changed the options for ${JSON.stringify(answers)}`).toBe(expected);
          }
        }
      }),
      { numRuns: 400, seed: 17 },
    );
  });

  test('an answer to a question no longer asked stops counting', () => {
    const before: Answers = { status: 'partner-visa-british-settled', publicFunds: 'no-public-funds' };
    expect(relevantAnswers(before)).toEqual(before);
    const changed: Answers = { ...before, status: 'british-or-irish' };
    expect(relevantAnswers(changed)).toEqual({ status: 'british-or-irish' });
    expect(options(relevantAnswers(changed)).find((o) => o.id === 'homelessness-help')?.eligibility).toBe('likely');
  });
});
