/**
 * Properties of the options engine over every combination of answers: exhaustively over the
 * questions that decide eligibility (~84,000 combinations), and with fast-check over all questions.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { genericContacts, options, questionIds, serviceContacts, sources, unclearAnswers, type Answers, type Option, type QuestionId } from '../../src/lib/options/index.ts';
import { anyAnswers, answersFrom, eligibilityQuestions, oneAtATime, product } from '../tools/options-answers.ts';

const runs = { numRuns: 1000 };
const knownContacts = new Set<string>([...serviceContacts, ...genericContacts]);
/** Options whose eligibility follows immigration status (facts.md §1). */
const statusDependent = new Set(['homelessness-help', 'priority-need', 'interim-accommodation', 'no-referral-to-risk', 'mvdac', 'appendix-vda', 'smv']);
const homelessnessFamily = ['homelessness-help', 'priority-need', 'interim-accommodation', 'no-referral-to-risk'];

/** Every broken promise for one set of answers, as readable strings ([] when all hold). */
function problems(answers: Answers): string[] {
  const found: string[] = [];
  const list = options(answers);
  if (list.length === 0) return ['no options at all'];
  if (!list.some((o) => o.nextStepKeys.length > 0)) found.push('no next step');
  if (!list.some((o) => o.contacts.length > 0)) found.push('no contact');
  const ids = list.map((o) => o.id);
  if (new Set(ids).size !== ids.length) found.push(`an option appears twice: ${ids.join(',')}`);
  for (const o of list) found.push(...optionProblems(o));
  const family = list.filter((o) => homelessnessFamily.includes(o.id));
  if (new Set(family.map((o) => o.eligibility)).size > 1) found.push('homelessness help and its parts disagree on eligibility');
  if (family.some((o) => o.id === 'homelessness-help' && o.eligibility === 'not-eligible') && family.length > 1) {
    found.push('priority need or interim accommodation offered while homelessness help is not available');
  }
  const emergency = list.findIndex((o) => o.id === 'emergency');
  if (emergency === -1) found.push('no emergency option');
  else if (answers.danger !== 'no' && emergency !== 0) found.push(`danger is "${answers.danger ?? 'unanswered'}" but emergency is not first`);
  return found;
}

function optionProblems(o: Option): string[] {
  const found: string[] = [];
  if (o.nextStepKeys.length === 0) found.push(`${o.id}: no next step`);
  if (o.contacts.length === 0) found.push(`${o.id}: no contact`);
  if (o.legalBasis.length === 0) found.push(`${o.id}: no source`);
  for (const c of o.contacts) if (!knownContacts.has(c)) found.push(`${o.id}: unknown contact ${c}`);
  for (const s of o.legalBasis) if (!(s in sources)) found.push(`${o.id}: unknown source ${s}`);
  const restsOnVerify = o.legalBasis.some((s) => 'verify' in sources[s]);
  if (restsOnVerify && o.verify !== true) found.push(`${o.id}: cites a verify source but does not say so`);
  if (o.verify && !o.nextStepKeys.includes('step.check-with-adviser')) found.push(`${o.id}: verify without "check with an adviser"`);
  if (o.eligibility === 'not-eligible' && o.getAdvice) found.push(`${o.id}: "not eligible" and "get advice" at once`);
  return found;
}

describe('every combination of answers', () => {
  test('exhaustively over status, public funds, children, home, housing and gender: every promise holds', () => {
    let count = 0;
    const failures: string[] = [];
    for (const answers of product(eligibilityQuestions)) {
      count += 1;
      const p = problems(answers);
      if (p.length > 0 && failures.length < 5) failures.push(`${JSON.stringify(answers)}: ${p.join('; ')}`);
    }
    expect(count).toBe(14 * 5 * 5 * 5 * 8 * 6);
    expect(failures).toEqual([]);
    // ~4 s alone on one core; room for the other unit test files running alongside on 2 cores.
  }, 60_000);

  test('any answers to any questions: every promise holds (fast-check)', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(problems(answers)).toEqual([]);
      }),
      runs,
    );
  });

  test('each question at each value, from several starting situations: every promise holds', () => {
    for (const answers of oneAtATime()) expect(problems(answers), JSON.stringify(answers)).toEqual([]);
  });
});

describe('danger', () => {
  test.each(['yes', 'not-sure', 'prefer-not-to-say', undefined])('danger %s: emergency help comes first, whatever else is answered', (danger) => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const first = options(answersFrom({ ...answers, danger }))[0]!;
        expect(first.id).toBe('emergency');
        expect(first.contacts).toContain('emergency-services');
        expect(first.nextStepKeys).toEqual(expect.arrayContaining(['step.call-999', 'step.silent-solution']));
      }),
      runs,
    );
  });

  test('danger "no": 999 is still there, after everything else', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const list = options(answersFrom({ ...answers, danger: 'no' }));
        expect(list.at(-1)!.id).toBe('emergency');
      }),
      runs,
    );
  });
});

describe('unclear answers are never "not eligible"', () => {
  const unclear = [...unclearAnswers, undefined];

  test('when every answer is not sure, prefer not to say or unanswered, nothing is "not eligible"', () => {
    const allUnclear = fc
      .record(
        Object.fromEntries(questionIds.map((q) => [q, fc.constantFrom(...unclear)])) as Record<QuestionId, fc.Arbitrary<string | undefined>>,
      )
      .map((r) => answersFrom(r));
    fc.assert(
      fc.property(allUnclear, (answers) => {
        expect(options(answers).filter((o) => o.eligibility === 'not-eligible')).toEqual([]);
      }),
      runs,
    );
  });

  test('changing any one answer to "not sure" or "prefer not to say" never adds a "not eligible"', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...questionIds), fc.constantFrom(...unclearAnswers), (answers, question, vague) => {
        // An option may newly appear (a vague answer shows more, not less), but one that was
        // likely or possibly must never turn into "not eligible".
        const before = new Map(options(answers).map((o) => [o.id, o.eligibility]));
        const after = options(answersFrom({ ...answers, [question]: vague })).filter((o) => o.eligibility === 'not-eligible');
        for (const o of after) {
          expect(before.get(o.id) ?? 'not-eligible', `${o.id} became "not eligible" when ${question} was "${vague}"`).toBe('not-eligible');
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('every "not eligible" rests on a definite immigration status (and, for a visa, a definite "no public funds")', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        if (!options(answers).some((o) => o.eligibility === 'not-eligible')) return;
        expect(unclear).not.toContain(answers.status);
        if (answers.status === 'other-visa-nrpf') expect([undefined, 'no-public-funds']).toContain(answers.publicFunds);
      }),
      runs,
    );
  });

  test('an unclear status gives "possibly, get advice" on every option that depends on status', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...unclear), (answers, status) => {
        const list = options(answersFrom({ ...answers, status })).filter((o) => statusDependent.has(o.id));
        expect(list.length).toBeGreaterThan(0);
        for (const o of list) expect({ id: o.id, eligibility: o.eligibility, getAdvice: o.getAdvice }).toEqual({ id: o.id, eligibility: 'possibly', getAdvice: true });
      }),
      runs,
    );
  });
});

describe('purity', () => {
  test('the same answers give the same options, and the answers are not changed', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const frozen = Object.freeze({ ...answers });
        expect(options(frozen)).toEqual(options({ ...answers }));
      }),
      { numRuns: 500 },
    );
  });
});
