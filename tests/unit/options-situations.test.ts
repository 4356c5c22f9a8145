/**
 * Realistic situations and the options each must and must not get (issue #6, item 2). The same
 * table is in src/lib/options/README.md.
 */
import { describe, expect, test } from 'vitest';
import { options, type Answers, type Eligibility, type Option, type OptionId, type TextKey } from '../../src/lib/options/index.ts';

interface Expected {
  id: OptionId;
  eligibility?: Eligibility;
  getAdvice?: boolean;
  verify?: boolean;
  explanation?: TextKey;
  contacts?: string[];
  step?: TextKey;
}

interface Situation {
  name: string;
  answers: Answers;
  first?: OptionId;
  must: Expected[];
  mustNot: OptionId[];
  /** No option may be "not eligible" (default: not checked). */
  noNotEligible?: true;
}

const situations: Situation[] = [
  {
    name: 'British woman, social tenant in Hackney, two children, living with the abuser, in danger now',
    answers: { danger: 'yes', status: 'british-or-irish', housing: 'social-tenant', children: 'yes', childrenDetails: 'neither', livingWithAbuser: 'yes', gender: 'woman' },
    first: 'emergency',
    must: [
      { id: 'emergency', explanation: 'explain.emergency.danger', contacts: ['emergency-services', '999-bsl'], step: 'step.silent-solution' },
      { id: 'helpline', contacts: ['national-domestic-abuse-helpline'] },
      { id: 'refuge', eligibility: 'likely' },
      { id: 'homelessness-help', eligibility: 'likely', getAdvice: false },
      { id: 'priority-need', eligibility: 'likely' },
      { id: 'interim-accommodation', eligibility: 'likely' },
      { id: 'no-referral-to-risk', eligibility: 'likely' },
      { id: 'pan-london-reciprocal', contacts: ['referring-agency', 'safer-london'], step: 'step.keep-tenancy' },
      { id: 'lifetime-tenancy', verify: true },
      { id: 'sanctuary-scheme', explanation: 'explain.sanctuary.abuser-at-home', verify: true },
      { id: 'occupation-order' },
      { id: 'non-molestation-order' },
      { id: 'children-s17', eligibility: 'possibly', explanation: 'explain.s17' },
    ],
    mustNot: ['mvdac', 'appendix-vda', 'smv', 'immigration-advice', 'human-rights-assessment', 'by-and-for-minoritised'],
    noNotEligible: true,
  },
  {
    name: 'Spouse visa of a British citizen, no recourse to public funds, no children, left home',
    answers: { danger: 'no', status: 'partner-visa-british-settled', publicFunds: 'no-public-funds', children: 'no', home: 'leave', housing: 'staying-with-others', gender: 'woman' },
    must: [
      { id: 'mvdac', eligibility: 'likely', verify: true, explanation: 'explain.mvdac', step: 'step.check-with-adviser' },
      { id: 'appendix-vda', eligibility: 'possibly', getAdvice: true, explanation: 'explain.vda' },
      { id: 'homelessness-help', eligibility: 'possibly', getAdvice: true, explanation: 'explain.homelessness.after-mvdac' },
      { id: 'smv', eligibility: 'possibly', verify: true, explanation: 'explain.smv.bridging' },
      { id: 'immigration-advice', contacts: ['immigration-adviser', 'rights-of-women', 'praxis', 'southall-black-sisters'] },
      { id: 'refuge', eligibility: 'possibly', explanation: 'explain.refuge.nrpf' },
      { id: 'by-and-for-minoritised', verify: true },
    ],
    mustNot: ['children-s17', 'sanctuary-scheme', 'occupation-order', 'pan-london-reciprocal'],
    noNotEligible: true,
  },
  {
    name: 'EU pre-settled status, not working, wants to leave',
    answers: { status: 'eu-pre-settled', working: 'no', gender: 'woman', home: 'leave' },
    must: [
      { id: 'eu-right-to-reside', eligibility: 'possibly', getAdvice: true, verify: true, explanation: 'explain.eu.not-working' },
      { id: 'homelessness-help', eligibility: 'possibly', getAdvice: true, explanation: 'explain.homelessness.eu' },
      { id: 'mvdac', eligibility: 'possibly', getAdvice: true, explanation: 'explain.mvdac.if-partner' },
      { id: 'appendix-vda', eligibility: 'possibly', getAdvice: true },
    ],
    mustNot: ['smv', 'asylum-support'],
    noNotEligible: true,
  },
  {
    name: 'EU pre-settled status, working',
    answers: { status: 'eu-pre-settled', working: 'yes', gender: 'woman' },
    must: [{ id: 'eu-right-to-reside', explanation: 'explain.eu.working', getAdvice: true }],
    mustNot: [],
    noNotEligible: true,
  },
  {
    name: 'Seeking asylum, on section 95 support, woman, wants to leave',
    answers: { status: 'seeking-asylum', gender: 'woman', home: 'leave' },
    must: [
      { id: 'asylum-support', eligibility: 'possibly', verify: true, contacts: ['migrant-help', 'asylum-support-appeals-project'] },
      { id: 'refuge', eligibility: 'possibly', explanation: 'explain.refuge.asylum' },
      { id: 'smv', explanation: 'explain.smv.bridging' },
      { id: 'immigration-advice' },
    ],
    mustNot: ['homelessness-help', 'priority-need', 'mvdac', 'appendix-vda'],
    noNotEligible: true,
  },
  {
    name: 'Undocumented, with a child',
    answers: { status: 'no-status', children: 'yes', gender: 'woman', home: 'leave' },
    must: [
      { id: 'homelessness-help', eligibility: 'not-eligible', getAdvice: false, explanation: 'explain.homelessness.no-leave', step: 'step.see-other-options' },
      { id: 'children-s17', explanation: 'explain.s17.no-leave', contacts: ['council-childrens-services', 'project-17', 'nrpf-network'] },
      { id: 'human-rights-assessment', eligibility: 'likely' },
      { id: 'smv', explanation: 'explain.smv.priority' },
      { id: 'immigration-advice' },
    ],
    mustNot: ['priority-need', 'interim-accommodation', 'no-referral-to-risk', 'mvdac', 'appendix-vda'],
  },
  {
    name: 'Man, LGBTQ+, British',
    answers: { gender: 'man', lgbtq: 'yes', status: 'british-or-irish' },
    must: [
      { id: 'helpline', explanation: 'explain.helpline.man', contacts: ['mens-advice-line', 'galop', 'victim-support'] },
      { id: 'lgbtq-support', contacts: ['galop'] },
    ],
    mustNot: ['refuge', 'by-and-for-minoritised', 'jewish-support', 'immigration-advice'],
    noNotEligible: true,
  },
  {
    name: 'Deaf woman in danger',
    answers: { danger: 'yes', deaf: 'yes', gender: 'woman', status: 'british-or-irish' },
    first: 'emergency',
    must: [
      { id: 'emergency', contacts: ['999-bsl', 'emergency-services'] },
      { id: 'deaf-support', verify: true, explanation: 'explain.deaf.woman', step: 'step.helpline-bsl' },
    ],
    mustNot: [],
  },
  {
    name: 'Young person aged 17',
    answers: { age: '16-17', gender: 'woman', status: 'british-or-irish' },
    must: [{ id: 'young-person', explanation: 'explain.young.16-17', contacts: ['childline'] }],
    mustNot: [],
  },
  {
    name: 'Under 16',
    answers: { age: 'under-16' },
    must: [{ id: 'young-person', explanation: 'explain.young.under-16', contacts: ['childline', 'nspcc-helpline'] }],
    mustNot: [],
  },
  {
    name: 'Not sure of immigration status',
    answers: { status: 'not-sure', gender: 'woman', home: 'leave' },
    must: [
      { id: 'homelessness-help', eligibility: 'possibly', getAdvice: true, explanation: 'explain.homelessness.unclear' },
      { id: 'mvdac', eligibility: 'possibly', getAdvice: true },
      { id: 'appendix-vda', eligibility: 'possibly', getAdvice: true },
      { id: 'smv', eligibility: 'possibly', getAdvice: true, explanation: 'explain.smv.unclear' },
      { id: 'immigration-advice', explanation: 'explain.immigration-advice.unclear' },
    ],
    mustNot: [],
    noNotEligible: true,
  },
  {
    name: 'Partner of a student, no public funds, left home',
    answers: { status: 'partner-of-worker-student-graduate', publicFunds: 'no-public-funds', home: 'leave', gender: 'woman' },
    must: [
      { id: 'mvdac', eligibility: 'likely', explanation: 'explain.mvdac.worker-partner', verify: true },
      { id: 'appendix-vda', eligibility: 'not-eligible', getAdvice: false, explanation: 'explain.vda.worker-partner' },
      { id: 'smv', explanation: 'explain.smv.priority' },
      { id: 'homelessness-help', eligibility: 'possibly', getAdvice: true, explanation: 'explain.homelessness.after-mvdac' },
    ],
    mustNot: [],
  },
  {
    name: 'Visitor or other visa with "no public funds", no children, leaving',
    answers: { status: 'other-visa-nrpf', children: 'no', home: 'leave', gender: 'woman' },
    must: [
      { id: 'homelessness-help', eligibility: 'not-eligible', explanation: 'explain.homelessness.nrpf' },
      { id: 'smv', explanation: 'explain.smv.priority' },
      { id: 'immigration-advice' },
      { id: 'refuge', eligibility: 'possibly', explanation: 'explain.refuge.nrpf' },
    ],
    mustNot: ['mvdac', 'appendix-vda', 'priority-need', 'children-s17'],
  },
  {
    name: 'Other visa, but not sure whether it says "no public funds"',
    answers: { status: 'other-visa-nrpf', publicFunds: 'not-sure', home: 'leave' },
    must: [{ id: 'homelessness-help', eligibility: 'possibly', getAdvice: true, explanation: 'explain.homelessness.unclear' }],
    mustNot: [],
    noNotEligible: true,
  },
  {
    name: 'Refugee, woman, private renter, wants to leave',
    answers: { status: 'refugee-or-humanitarian-protection', housing: 'private-renter', home: 'leave', gender: 'woman' },
    must: [
      { id: 'homelessness-help', eligibility: 'likely' },
      { id: 'refuge', eligibility: 'likely' },
    ],
    mustNot: ['mvdac', 'smv', 'pan-london-reciprocal', 'sanctuary-scheme'],
    noNotEligible: true,
  },
  {
    name: 'Settled status, owner, wants to stay, the abuser has left',
    answers: { status: 'settled', housing: 'owner', home: 'stay', livingWithAbuser: 'no', gender: 'woman' },
    must: [
      { id: 'sanctuary-scheme', explanation: 'explain.sanctuary', verify: true },
      { id: 'occupation-order', contacts: ['family-law-solicitor'] },
      { id: 'non-molestation-order', step: 'step.legal-aid-orders' },
    ],
    mustNot: ['homelessness-help', 'refuge', 'pan-london-reciprocal', 'lifetime-tenancy'],
  },
  {
    name: 'Social tenant who wants to stay, abuser still at home',
    answers: { status: 'british-or-irish', housing: 'social-tenant', home: 'stay', livingWithAbuser: 'yes' },
    must: [
      { id: 'sanctuary-scheme', explanation: 'explain.sanctuary.abuser-at-home' },
      { id: 'occupation-order' },
    ],
    mustNot: ['pan-london-reciprocal', 'homelessness-help'],
  },
  {
    name: 'Spouse with Appendix EU status',
    answers: { status: 'appendix-eu-family', gender: 'woman' },
    must: [
      { id: 'mvdac', eligibility: 'likely' },
      { id: 'appendix-vda', eligibility: 'possibly', explanation: 'explain.vda' },
      { id: 'eu-right-to-reside', getAdvice: true },
    ],
    mustNot: ['smv'],
    noNotEligible: true,
  },
  {
    name: 'Partner of a refugee whose visa allows public funds',
    answers: { status: 'partner-of-refugee', publicFunds: 'has-public-funds', home: 'leave', gender: 'woman' },
    must: [
      { id: 'homelessness-help', eligibility: 'likely', explanation: 'explain.homelessness' },
      { id: 'mvdac', eligibility: 'likely' },
      { id: 'appendix-vda', eligibility: 'possibly' },
    ],
    mustNot: ['smv'],
    noNotEligible: true,
  },
  {
    name: '17-year-old facing forced marriage',
    answers: { age: '16-17', honourBasedAbuse: 'yes', status: 'british-or-irish', gender: 'woman' },
    must: [
      { id: 'honour-based-abuse', contacts: ['karma-nirvana', 'forced-marriage-unit'], step: 'step.call-fmu' },
      { id: 'young-person' },
    ],
    mustNot: [],
  },
  {
    name: 'Jewish woman',
    answers: { community: 'jewish', gender: 'woman', status: 'british-or-irish' },
    must: [{ id: 'jewish-support', contacts: ['jewish-womens-aid'] }],
    mustNot: ['by-and-for-minoritised'],
  },
  {
    name: 'Disabled woman on a partner visa with "no public funds"',
    answers: { disabled: 'yes', status: 'partner-visa-british-settled', publicFunds: 'no-public-funds', gender: 'woman' },
    must: [{ id: 'care-act', eligibility: 'possibly', explanation: 'explain.care-act.nrpf', contacts: ['council-adult-social-care', 'nrpf-network'] }],
    mustNot: [],
  },
  {
    name: 'British woman with multiple disadvantage (homelessness, drink and drugs)',
    answers: { multipleDisadvantage: 'yes', substanceUse: 'yes', gender: 'woman', status: 'british-or-irish', housing: 'no-home' },
    must: [
      { id: 'housing-first', eligibility: 'possibly', verify: true },
      { id: 'homelessness-help', eligibility: 'likely' },
    ],
    mustNot: ['sanctuary-scheme', 'occupation-order'],
  },
  {
    name: 'Prefers not to say anything',
    answers: Object.fromEntries(
      (['danger', 'status', 'publicFunds', 'children', 'housing', 'home', 'gender', 'disabled', 'age'] as const).map((q) => [q, 'prefer-not-to-say']),
    ) as Answers,
    first: 'emergency',
    must: [
      { id: 'emergency', explanation: 'explain.emergency.unsure' },
      { id: 'helpline', explanation: 'explain.helpline.any' },
      { id: 'children-s17', eligibility: 'possibly', getAdvice: true },
      { id: 'care-act', eligibility: 'possibly', getAdvice: true },
      { id: 'homelessness-help', eligibility: 'possibly', getAdvice: true },
      { id: 'sanctuary-scheme' },
    ],
    mustNot: [],
    noNotEligible: true,
  },
  {
    name: 'British woman leaving with three children, one a son of 14',
    answers: { status: 'british-or-irish', children: 'yes', childrenDetails: 'both', home: 'leave', gender: 'woman' },
    must: [{ id: 'refuge', step: 'step.tell-children-ages' }],
    mustNot: [],
  },
  {
    name: 'Non-binary person, leaving',
    answers: { gender: 'non-binary-or-other', status: 'british-or-irish', home: 'leave' },
    must: [
      { id: 'helpline', contacts: ['galop', 'victim-support'] },
      { id: 'refuge', explanation: 'explain.refuge.lgbtq' },
      { id: 'lgbtq-support' },
    ],
    mustNot: [],
  },
  {
    name: 'Not sure whether in danger',
    answers: { danger: 'not-sure', status: 'british-or-irish' },
    first: 'emergency',
    must: [{ id: 'emergency', explanation: 'explain.emergency.unsure' }],
    mustNot: [],
  },
  {
    name: 'Black British woman who would like help in another language',
    answers: { community: 'black-or-minoritised', otherLanguage: 'yes', status: 'british-or-irish', gender: 'woman' },
    must: [{ id: 'by-and-for-minoritised', contacts: ['southall-black-sisters'], verify: true }],
    mustNot: [],
  },
];

function check(option: Option | undefined, expected: Expected) {
  expect(option, `${expected.id} is missing`).toBeDefined();
  const o = option!;
  if (expected.eligibility) expect(o.eligibility).toBe(expected.eligibility);
  if (expected.getAdvice !== undefined) expect(o.getAdvice === true).toBe(expected.getAdvice);
  if (expected.verify !== undefined) expect(o.verify === true).toBe(expected.verify);
  if (expected.explanation) expect(o.explanationKey).toBe(expected.explanation);
  if (expected.contacts) expect(o.contacts).toEqual(expected.contacts);
  if (expected.step) expect(o.nextStepKeys).toContain(expected.step);
}

describe('situations', () => {
  test('there are at least 20', () => expect(situations.length).toBeGreaterThanOrEqual(20));

  test.each(situations.map((s) => [s.name, s] as const))('%s', (_name, situation) => {
    const list = options(situation.answers);
    const byId = new Map(list.map((o) => [o.id, o]));
    if (situation.first) expect(list[0]!.id).toBe(situation.first);
    for (const expected of situation.must) check(byId.get(expected.id), expected);
    for (const id of situation.mustNot) expect(byId.has(id), `${id} should not appear`).toBe(false);
    if (situation.noNotEligible) expect(list.filter((o) => o.eligibility === 'not-eligible').map((o) => o.id)).toEqual([]);
  });
});
