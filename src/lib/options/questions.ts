/**
 * The questions of "What are my options?" (issue #6) and the answers each allows.
 *
 * Every question also allows 'not-sure' and 'prefer-not-to-say', and any question may be left
 * unanswered: the rules treat all three as "unclear" and give the cautious result ("possibly, get
 * advice"), never "not eligible". The answer types are derived from this table, so an answer a
 * question does not allow is a type error: `{ danger: 'maybe' }` does not compile.
 */

/** Always allowed, for every question. */
export const unclearAnswers = ['not-sure', 'prefer-not-to-say'] as const;
export type UnclearAnswer = (typeof unclearAnswers)[number];

const yesNo = ['yes', 'no'] as const;

/** Each question and its own answers (the two unclear answers are added to every one). */
export const questionAnswers = {
  /** Are you in danger now? */
  danger: yesNo,
  /** Immigration status, in the words of the issue; "not sure" is the 'not-sure' answer. */
  status: [
    'british-or-irish',
    'settled', // EU settled status or indefinite leave to remain
    'eu-pre-settled',
    'partner-visa-british-settled', // partner (spouse, civil or unmarried partner) of a British citizen or settled person
    'appendix-eu-family', // spouse, civil or durable partner with status under Appendix EU
    'partner-of-refugee',
    'partner-of-worker-student-graduate',
    'other-visa-nrpf', // any other visa with the "no public funds" condition
    'seeking-asylum',
    'refugee-or-humanitarian-protection',
    'no-status', // no current permission: undocumented, overstayed
  ],
  /** Does your visa say "no public funds" (or "no recourse to public funds")? */
  publicFunds: ['no-public-funds', 'has-public-funds'],
  /** Are you working or self-employed? (matters for EU pre-settled status: right to reside) */
  working: yesNo,
  /** Do you have children with you, or children who will come with you? */
  children: yesNo,
  /** Anything about the children that a refuge search needs to know. */
  childrenDetails: ['more-than-two', 'son-12-or-over', 'both', 'neither'],
  /** Your home now. 'social-tenant' means a council or housing association tenancy in London. */
  housing: ['social-tenant', 'private-renter', 'owner', 'staying-with-others', 'no-home'],
  /** Does the person harming you live with you? */
  livingWithAbuser: yesNo,
  /** Do you want to stay in your home, or leave? */
  home: ['stay', 'leave'],
  gender: ['woman', 'man', 'non-binary-or-other'],
  lgbtq: yesNo,
  deaf: yesNo,
  /** Disabled, or needing care and support. */
  disabled: yesNo,
  /** Would you like help in a language other than English? */
  otherLanguage: yesNo,
  age: ['under-16', '16-17', '18-or-over'],
  substanceUse: yesNo,
  /** Several problems at once, for example homelessness, mental health and drink or drugs. */
  multipleDisadvantage: yesNo,
  /** Forced marriage or "honour"-based abuse. */
  honourBasedAbuse: yesNo,
  community: ['black-or-minoritised', 'jewish', 'none-of-these'],
} as const satisfies Record<string, readonly string[]>;

export type QuestionId = keyof typeof questionAnswers;
export const questionIds = Object.keys(questionAnswers) as QuestionId[];

/** The answers a question allows: its own, plus 'not-sure' and 'prefer-not-to-say'. */
export type AnswerTo<Q extends QuestionId> = (typeof questionAnswers)[Q][number] | UnclearAnswer;

/** What someone has answered so far. A missing question is unanswered. */
export type Answers = { readonly [Q in QuestionId]?: AnswerTo<Q> };

export type Status = (typeof questionAnswers)['status'][number];

/** Every answer a question allows, unclear ones included (for the tests and, later, the form). */
export function allowedAnswers<Q extends QuestionId>(question: Q): readonly AnswerTo<Q>[] {
  return [...questionAnswers[question], ...unclearAnswers];
}

/** Unanswered, 'not-sure' or 'prefer-not-to-say'. */
export function isUnclear(answer: string | undefined): answer is UnclearAnswer | undefined {
  return answer === undefined || answer === 'not-sure' || answer === 'prefer-not-to-say';
}
