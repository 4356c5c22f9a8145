/**
 * The rules of "What are my options?" (issue #6): answers in, options out. Pure: no DOM, no file
 * system, no clock, no randomness; the same answers always give the same options in the same order.
 *
 * Every rule cites its sources (sources.ts, which points into ../shared/research/facts.md). Three
 * promises, each checked by tests/unit/options-properties.test.ts:
 * - danger answered "yes" (or unclear) puts the emergency option first;
 * - an unclear answer (not sure, prefer not to say, unanswered) never leads to "not eligible": it
 *   gives "possibly" with `getAdvice`;
 * - an option resting on a fact facts.md marks verify/unverified carries `verify` and a step telling
 *   the reader to check it with an adviser.
 */
import type { ContactId } from './contacts.ts';
import { isUnclear, type Answers, type Status } from './questions.ts';
import { sources, type SourceId } from './sources.ts';
import type { TextKey } from './text.en.ts';

export type Eligibility = 'likely' | 'possibly' | 'not-eligible';

export const optionOrder = [
  'emergency',
  'helpline',
  'young-person',
  'lgbtq-support',
  'deaf-support',
  'by-and-for-minoritised',
  'jewish-support',
  'honour-based-abuse',
  'refuge',
  'homelessness-help',
  'priority-need',
  'interim-accommodation',
  'no-referral-to-risk',
  'pan-london-reciprocal',
  'lifetime-tenancy',
  'sanctuary-scheme',
  'occupation-order',
  'non-molestation-order',
  'children-s17',
  'care-act',
  'human-rights-assessment',
  'asylum-support',
  'immigration-advice',
  'mvdac',
  'appendix-vda',
  'eu-right-to-reside',
  'smv',
  'housing-first',
] as const;

export type OptionId = (typeof optionOrder)[number];

export interface Option {
  id: OptionId;
  /** likely / possibly / not-eligible. "Get advice" is `getAdvice`, never "not eligible". */
  eligibility: Eligibility;
  /** The answer depends on something unclear or on details only an adviser can check. */
  getAdvice?: true;
  explanationKey: TextKey;
  nextStepKeys: TextKey[];
  contacts: ContactId[];
  legalBasis: SourceId[];
  /** A fact behind this option is marked verify/unverified in facts.md: check it with an adviser. */
  verify?: true;
}

interface Draft {
  explanation: TextKey;
  steps: TextKey[];
  contacts: ContactId[];
  basis: SourceId[];
  advice?: boolean;
}

/** Builds an option; `verify` follows from its sources, and adds the "check this" step. */
function option(id: OptionId, eligibility: Eligibility, draft: Draft): Option {
  const verify = draft.basis.some((s) => 'verify' in sources[s]);
  return {
    id,
    eligibility,
    ...(draft.advice ? { getAdvice: true as const } : {}),
    explanationKey: draft.explanation,
    nextStepKeys: verify ? [...draft.steps, 'step.check-with-adviser'] : draft.steps,
    contacts: [...new Set(draft.contacts)],
    legalBasis: [...new Set(draft.basis)],
    ...(verify ? { verify: true as const } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// What the answers say about public funds (facts.md 1.1, 1.6–1.8)

/**
 * - public-funds: British or Irish; settled; refugee; a partner whose visa allows public funds.
 *   Not a "person subject to immigration control" under s115 (facts 1.1).
 * - nrpf: leave with the "no public funds" condition (s115(9)(b)).
 * - no-leave: no current permission (s115(9)(a); Schedule 3, facts 1.8).
 * - eu: EU pre-settled status or Appendix EU family: depends on the right to reside (facts 1.6).
 * - asylum: seeking asylum: asylum support (facts 1.7).
 * - unclear: status or conditions not known: get advice.
 */
export type FundsPosition = 'public-funds' | 'nrpf' | 'no-leave' | 'eu' | 'asylum' | 'unclear';

/** Partners who last had permission on a route the concession (MVDAC) covers (facts 1.2). */
const mvdacRoutes: readonly Status[] = [
  'partner-visa-british-settled',
  'appendix-eu-family',
  'partner-of-refugee',
  'partner-of-worker-student-graduate',
];

/** Routes that lead on to settlement under Appendix VDA (facts 1.3). */
const vdaRoutes: readonly Status[] = ['partner-visa-british-settled', 'appendix-eu-family', 'partner-of-refugee'];

export function fundsPosition(answers: Answers): FundsPosition {
  const { status, publicFunds } = answers;
  if (isUnclear(status)) return 'unclear';
  switch (status) {
    case 'british-or-irish':
      return 'public-funds';
    case 'settled':
    case 'refugee-or-humanitarian-protection':
      // Leave can carry a maintenance undertaking (s115(9)(c)): a "no public funds" answer is unclear.
      return publicFunds === 'no-public-funds' ? 'unclear' : 'public-funds';
    case 'partner-visa-british-settled':
    case 'partner-of-refugee':
    case 'partner-of-worker-student-graduate':
      if (publicFunds === 'no-public-funds') return 'nrpf';
      if (publicFunds === 'has-public-funds') return 'public-funds';
      return 'unclear';
    case 'other-visa-nrpf':
      // The answer itself says "no public funds"; only a contradicting or unclear answer weakens it.
      return publicFunds === undefined || publicFunds === 'no-public-funds' ? 'nrpf' : 'unclear';
    case 'eu-pre-settled':
    case 'appendix-eu-family':
      return 'eu';
    case 'seeking-asylum':
      return 'asylum';
    case 'no-status':
      return 'no-leave';
  }
}

/** Women's services are offered when the reader is a woman or has not said. */
const womenOrUnsaid = (a: Answers) => a.gender === 'woman' || isUnclear(a.gender);
/** Include an option for "yes" and for an explicit not-sure / prefer-not-to-say. */
const yesOrUnsure = (answer: string | undefined) => answer === 'yes' || answer === 'not-sure' || answer === 'prefer-not-to-say';

// ---------------------------------------------------------------------------------------------
// Help now

function emergency(a: Answers): Option {
  const explanation: TextKey =
    a.danger === 'yes' ? 'explain.emergency.danger' : a.danger === 'no' ? 'explain.emergency.if-things-change' : 'explain.emergency.unsure';
  return option('emergency', 'likely', {
    explanation,
    steps: ['step.call-999', 'step.silent-solution', 'step.999-bsl'],
    contacts: a.deaf === 'yes' ? ['999-bsl', 'emergency-services'] : ['emergency-services', '999-bsl'],
    basis: ['silent-solution', '999-bsl'],
  });
}

function helpline(a: Answers): Option {
  if (a.gender === 'woman') {
    return option('helpline', 'likely', {
      explanation: 'explain.helpline.woman',
      steps: ['step.call-helpline', 'step.helpline-safe-time'],
      contacts: ['national-domestic-abuse-helpline'],
      basis: ['national-domestic-abuse-helpline'],
    });
  }
  if (a.gender === 'man') {
    return option('helpline', 'likely', {
      explanation: 'explain.helpline.man',
      steps: ['step.call-helpline'],
      contacts: a.lgbtq === 'yes' ? ['mens-advice-line', 'galop', 'victim-support'] : ['mens-advice-line', 'victim-support'],
      basis: ['mens-advice-line', 'victim-support'],
    });
  }
  if (a.gender === 'non-binary-or-other') {
    return option('helpline', 'likely', {
      explanation: 'explain.helpline.non-binary',
      steps: ['step.call-helpline'],
      contacts: ['galop', 'victim-support'],
      basis: ['galop', 'victim-support'],
    });
  }
  return option('helpline', 'likely', {
    explanation: 'explain.helpline.any',
    steps: ['step.call-helpline'],
    contacts: ['national-domestic-abuse-helpline', 'mens-advice-line', 'galop', 'victim-support'],
    basis: ['national-domestic-abuse-helpline', 'mens-advice-line', 'galop', 'victim-support'],
  });
}

// ---------------------------------------------------------------------------------------------
// Who they are: specialist and by-and-for services from content/services

function whoTheyAre(a: Answers): Option[] {
  const found: Option[] = [];
  if (a.age === 'under-16' || a.age === '16-17') {
    found.push(
      option('young-person', 'likely', {
        explanation: a.age === 'under-16' ? 'explain.young.under-16' : 'explain.young.16-17',
        steps: ['step.call-childline'],
        contacts: a.age === 'under-16' ? ['childline', 'nspcc-helpline'] : ['childline'],
        basis: ['childline', 'da-act-definition'],
      }),
    );
  }
  if (a.lgbtq === 'yes' || a.gender === 'non-binary-or-other') {
    found.push(
      option('lgbtq-support', 'likely', {
        explanation: 'explain.lgbtq',
        steps: ['step.call-galop'],
        contacts: ['galop'],
        basis: ['galop', 'outside-project'],
      }),
    );
  }
  if (a.deaf === 'yes') {
    const forWomen = womenOrUnsaid(a);
    found.push(
      option('deaf-support', 'likely', {
        explanation: forWomen ? 'explain.deaf.woman' : 'explain.deaf',
        steps: forWomen ? ['step.999-bsl', 'step.helpline-bsl'] : ['step.999-bsl'],
        contacts: forWomen ? ['999-bsl', 'signhealth-domestic-abuse-service', 'national-domestic-abuse-helpline'] : ['999-bsl', 'signhealth-domestic-abuse-service'],
        basis: forWomen ? ['999-bsl', 'signhealth', 'helpline-bsl'] : ['999-bsl', 'signhealth'],
      }),
    );
  }
  const migrant = !isUnclear(a.status) && a.status !== 'british-or-irish';
  if (womenOrUnsaid(a) && (a.community === 'black-or-minoritised' || a.otherLanguage === 'yes' || migrant)) {
    found.push(
      option('by-and-for-minoritised', 'likely', {
        explanation: 'explain.by-and-for-minoritised',
        steps: ['step.call-sbs'],
        contacts: ['southall-black-sisters'],
        basis: ['southall-black-sisters'],
      }),
    );
  }
  if (womenOrUnsaid(a) && a.community === 'jewish') {
    found.push(
      option('jewish-support', 'likely', {
        explanation: 'explain.jewish',
        steps: ['step.call-jwa'],
        contacts: ['jewish-womens-aid'],
        basis: ['jewish-womens-aid'],
      }),
    );
  }
  if (a.honourBasedAbuse === 'yes') {
    found.push(
      option('honour-based-abuse', 'likely', {
        explanation: 'explain.honour-based-abuse',
        steps: ['step.call-karma-nirvana', 'step.call-fmu'],
        contacts: ['karma-nirvana', 'forced-marriage-unit'],
        basis: ['karma-nirvana', 'forced-marriage-unit'],
      }),
    );
  }
  if (womenOrUnsaid(a) && a.multipleDisadvantage === 'yes') {
    found.push(
      option('housing-first', 'possibly', {
        explanation: 'explain.housing-first',
        steps: ['step.ask-council-housing-first'],
        contacts: ['council-housing'],
        basis: ['housing-first'],
      }),
    );
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Leaving: refuge and homelessness help (facts.md 2)

const wantsToLeave = (a: Answers) => a.home !== 'stay' || a.housing === 'no-home' || a.housing === 'staying-with-others';

function refuge(a: Answers, funds: FundsPosition): Option | undefined {
  if (!wantsToLeave(a) || a.gender === 'man') return undefined;
  const bigFamily = a.children === 'yes' && a.childrenDetails !== undefined && ['more-than-two', 'son-12-or-over', 'both'].includes(a.childrenDetails);
  const steps: TextKey[] = bigFamily ? ['step.ask-helpline-refuge', 'step.tell-children-ages'] : ['step.ask-helpline-refuge'];
  if (a.gender === 'non-binary-or-other') {
    return option('refuge', 'possibly', {
      explanation: 'explain.refuge.lgbtq',
      steps: ['step.call-galop'],
      contacts: ['galop'],
      basis: ['outside-project', 'galop'],
    });
  }
  const unclearGender = isUnclear(a.gender);
  if (funds === 'public-funds') {
    return option('refuge', unclearGender ? 'possibly' : 'likely', {
      explanation: 'explain.refuge',
      steps,
      contacts: ['national-domestic-abuse-helpline', 'solace'],
      basis: ['refuge-access', 'routes-to-support'],
    });
  }
  if (funds === 'asylum') {
    return option('refuge', 'possibly', {
      explanation: 'explain.refuge.asylum',
      steps: [...steps, 'step.report-to-home-office-asylum'],
      contacts: ['national-domestic-abuse-helpline', 'migrant-help'],
      basis: ['refuge-access', 'asylum-domestic-abuse-guidance'],
    });
  }
  return option('refuge', 'possibly', {
    explanation: 'explain.refuge.nrpf',
    steps,
    contacts: ['national-domestic-abuse-helpline', 'southall-black-sisters'],
    basis: ['refuge-access', 'housing-public-funds', 'public-funds-guidance'],
    advice: funds === 'unclear' || funds === 'eu',
  });
}

function homelessness(a: Answers, funds: FundsPosition): Option[] {
  if (!wantsToLeave(a) || funds === 'asylum') return [];
  if (funds === 'nrpf' && a.status === 'other-visa-nrpf') {
    return [
      option('homelessness-help', 'not-eligible', {
        explanation: 'explain.homelessness.nrpf',
        steps: ['step.see-other-options'],
        contacts: ['referring-agency', 'immigration-adviser'],
        basis: ['s115-iaa-1999', 'public-funds-guidance', 'housing-public-funds'],
      }),
    ];
  }
  if (funds === 'no-leave') {
    return [
      option('homelessness-help', 'not-eligible', {
        explanation: 'explain.homelessness.no-leave',
        steps: ['step.see-other-options'],
        contacts: ['referring-agency', 'immigration-adviser'],
        basis: ['s115-iaa-1999', 'housing-public-funds'],
      }),
    ];
  }
  let eligibility: Eligibility = 'likely';
  let advice = false;
  let explanation: TextKey = 'explain.homelessness';
  const basis: SourceId[] = ['relief-duty', 'not-intentionally-homeless', 'code-chapter-21'];
  if (funds === 'nrpf') {
    // A partner with "no public funds" on a concession route: public funds come with the concession.
    eligibility = 'possibly';
    advice = true;
    explanation = 'explain.homelessness.after-mvdac';
    basis.push('s115-iaa-1999', 'mvdac');
  } else if (funds === 'eu') {
    eligibility = 'possibly';
    advice = true;
    explanation = 'explain.homelessness.eu';
    basis.push('eu-pre-settled-homelessness');
  } else if (funds === 'unclear') {
    eligibility = 'possibly';
    advice = true;
    explanation = 'explain.homelessness.unclear';
    basis.push('public-funds-guidance');
  }
  const same = { advice, contacts: ['council-housing', 'shelter'] as ContactId[] };
  return [
    option('homelessness-help', eligibility, {
      ...same,
      explanation,
      steps: ['step.go-to-council', 'step.no-proof-needed'],
      basis,
    }),
    option('priority-need', eligibility, {
      ...same,
      explanation: 'explain.priority-need',
      steps: ['step.say-domestic-abuse'],
      basis: ['priority-need-s78', 'code-chapter-21'],
    }),
    option('interim-accommodation', eligibility, {
      ...same,
      explanation: 'explain.interim-accommodation',
      steps: ['step.ask-interim-accommodation'],
      basis: ['interim-accommodation-s188'],
    }),
    option('no-referral-to-risk', eligibility, {
      ...same,
      explanation: 'explain.no-referral-to-risk',
      steps: ['step.any-council'],
      basis: ['referral-s198', 'allocation-no-local-connection'],
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Staying, and the home (facts.md 2 and 3)

function home(a: Answers): Option[] {
  const found: Option[] = [];
  const hasHome = a.housing !== 'no-home' && a.housing !== 'staying-with-others';
  if (a.housing === 'social-tenant' && a.home !== 'stay') {
    found.push(
      option('pan-london-reciprocal', 'possibly', {
        explanation: 'explain.pan-london-reciprocal',
        steps: ['step.ask-professional-reciprocal', 'step.keep-tenancy'],
        contacts: ['referring-agency', 'safer-london'],
        basis: ['pan-london-reciprocal'],
      }),
      option('lifetime-tenancy', 'possibly', {
        explanation: 'explain.lifetime-tenancy',
        steps: ['step.ask-landlord-tenancy-type'],
        contacts: ['council-housing'],
        basis: ['lifetime-tenancy-s79'],
      }),
    );
  }
  // Unanswered or unclear: show the ways to stay as well as the ways to leave.
  const mayStay = a.home !== 'leave';
  if (mayStay && hasHome) {
    found.push(
      option('sanctuary-scheme', 'possibly', {
        explanation: a.livingWithAbuser === 'no' ? 'explain.sanctuary' : 'explain.sanctuary.abuser-at-home',
        steps: ['step.ask-council-sanctuary'],
        contacts: ['council-housing'],
        basis: ['sanctuary-schemes'],
      }),
      option('occupation-order', 'possibly', {
        explanation: 'explain.occupation-order',
        steps: ['step.see-solicitor', 'step.legal-aid-orders'],
        contacts: ['family-law-solicitor'],
        basis: ['family-law-act-orders', 'legal-aid-protective-orders'],
      }),
    );
  }
  found.push(
    option('non-molestation-order', 'possibly', {
      explanation: 'explain.non-molestation-order',
      steps: ['step.see-solicitor', 'step.legal-aid-orders'],
      contacts: ['family-law-solicitor'],
      basis: ['family-law-act-orders', 'legal-aid-protective-orders'],
    }),
  );
  return found;
}

// ---------------------------------------------------------------------------------------------
// Council duties whatever the status (facts.md 1.5, 1.8)

function councilDuties(a: Answers, funds: FundsPosition): Option[] {
  const found: Option[] = [];
  const noPublicFunds = funds === 'nrpf' || funds === 'no-leave';
  if (yesOrUnsure(a.children)) {
    const unsure = a.children !== 'yes';
    found.push(
      option('children-s17', !unsure && funds === 'nrpf' ? 'likely' : 'possibly', {
        explanation: funds === 'no-leave' ? 'explain.s17.no-leave' : noPublicFunds ? 'explain.s17.nrpf' : 'explain.s17',
        steps: ['step.ask-childrens-services', 'step.s17-no-application-needed'],
        contacts: noPublicFunds ? ['council-childrens-services', 'project-17', 'nrpf-network'] : ['council-childrens-services', 'nspcc-helpline'],
        basis: funds === 'no-leave' ? ['s17-children-act', 's17-domestic-abuse', 's17-project-17', 'schedule-3'] : ['s17-children-act', 's17-domestic-abuse', 's17-project-17'],
        advice: unsure,
      }),
    );
  }
  if (yesOrUnsure(a.disabled)) {
    const unsure = a.disabled !== 'yes';
    found.push(
      option('care-act', 'possibly', {
        explanation: funds === 'public-funds' ? 'explain.care-act' : 'explain.care-act.nrpf',
        steps: ['step.ask-adult-social-care'],
        contacts: funds === 'public-funds' ? ['council-adult-social-care'] : ['council-adult-social-care', 'nrpf-network'],
        basis: funds === 'public-funds' ? ['care-act-nrpf'] : ['care-act-nrpf', 'care-act-s21'],
        advice: unsure,
      }),
    );
  }
  if (funds === 'no-leave') {
    found.push(
      option('human-rights-assessment', 'likely', {
        explanation: 'explain.human-rights-assessment',
        steps: ['step.ask-human-rights-assessment', 'step.see-immigration-adviser'],
        contacts: ['council-childrens-services', 'council-adult-social-care', 'immigration-adviser', 'nrpf-network'],
        basis: ['schedule-3', 'human-rights-assessment'],
      }),
    );
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Immigration routes (facts.md 1.2–1.4, 1.6, 1.7)

function immigration(a: Answers, funds: FundsPosition): Option[] {
  const found: Option[] = [];
  const status = a.status;
  const unclearStatus = isUnclear(status);
  const women = womenOrUnsaid(a);
  const adviceContacts: ContactId[] = women ? ['immigration-adviser', 'rights-of-women', 'praxis', 'southall-black-sisters'] : ['immigration-adviser', 'praxis'];

  if (funds === 'asylum') {
    found.push(
      option('asylum-support', 'possibly', {
        explanation: 'explain.asylum-support',
        steps: ['step.report-to-home-office-asylum', 'step.call-asap'],
        contacts: ['migrant-help', 'asylum-support-appeals-project'],
        basis: ['asylum-support-types', 'asylum-domestic-abuse-guidance', 'asap', 'migrant-help', 'asylum-support-changes-2026'],
        advice: true,
      }),
    );
  }

  if (status !== 'british-or-irish') {
    found.push(
      option('immigration-advice', 'likely', {
        explanation: unclearStatus ? 'explain.immigration-advice.unclear' : 'explain.immigration-advice',
        steps: ['step.see-immigration-adviser', 'step.legal-aid-immigration'],
        contacts: adviceContacts,
        basis: ['immigration-advice-s84', 'legal-aid-immigration'],
      }),
    );
  }

  if (unclearStatus || funds === 'eu' || mvdacRoutes.includes(status)) {
    const onRoute = !unclearStatus && mvdacRoutes.includes(status);
    found.push(
      option('mvdac', onRoute ? 'likely' : 'possibly', {
        explanation:
          status === 'partner-of-worker-student-graduate'
            ? 'explain.mvdac.worker-partner'
            : onRoute
              ? 'explain.mvdac'
              : 'explain.mvdac.if-partner',
        steps: ['step.see-immigration-adviser', 'step.mvdac-three-months'],
        contacts: adviceContacts,
        basis:
          status === 'partner-of-worker-student-graduate'
            ? ['mvdac', 'mvdac-who', 'mvdac-cliff-edge', 'immigration-advice-s84']
            : ['mvdac', 'mvdac-who', 'immigration-advice-s84'],
        advice: !onRoute,
      }),
    );
  }

  if (status === 'partner-of-worker-student-graduate') {
    found.push(
      option('appendix-vda', 'not-eligible', {
        explanation: 'explain.vda.worker-partner',
        steps: ['step.see-immigration-adviser'],
        contacts: adviceContacts,
        basis: ['mvdac-cliff-edge', 'appendix-vda'],
      }),
    );
  } else if (unclearStatus || funds === 'eu' || vdaRoutes.includes(status)) {
    found.push(
      option('appendix-vda', 'possibly', {
        explanation: !unclearStatus && vdaRoutes.includes(status) ? 'explain.vda' : 'explain.vda.if-partner',
        steps: ['step.see-immigration-adviser'],
        contacts: adviceContacts,
        basis: ['appendix-vda'],
        advice: true,
      }),
    );
  }

  if (funds === 'eu') {
    found.push(
      option('eu-right-to-reside', 'possibly', {
        explanation: a.working === 'yes' ? 'explain.eu.working' : 'explain.eu.not-working',
        steps: ['step.see-immigration-adviser', 'step.ask-right-to-reside'],
        contacts: ['immigration-adviser', 'council-housing'],
        basis: ['eu-pre-settled-benefits', 'eu-pre-settled-homelessness'],
        advice: true,
      }),
    );
  }

  if (funds === 'nrpf' || funds === 'no-leave' || funds === 'asylum' || unclearStatus) {
    const priority = status === 'no-status' || status === 'other-visa-nrpf' || status === 'partner-of-worker-student-graduate';
    found.push(
      option('smv', 'possibly', {
        explanation: unclearStatus ? 'explain.smv.unclear' : priority ? 'explain.smv.priority' : 'explain.smv.bridging',
        steps: ['step.ask-referral-smv'],
        contacts: ['referring-agency', 'southall-black-sisters'],
        basis: ['smv'],
        advice: unclearStatus,
      }),
    );
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

/** All options for a set of answers: emergency first (unless danger is answered "no"), then by topic. */
export function evaluate(answers: Answers): Option[] {
  const funds = fundsPosition(answers);
  const candidates: (Option | undefined)[] = [
    emergency(answers),
    helpline(answers),
    ...whoTheyAre(answers),
    refuge(answers, funds),
    ...homelessness(answers, funds),
    ...home(answers),
    ...councilDuties(answers, funds),
    ...immigration(answers, funds),
  ];
  const found = candidates.filter((o): o is Option => o !== undefined);
  const rank = (o: Option) => {
    if (o.id === 'emergency') return answers.danger === 'no' ? 3 : 0;
    return o.eligibility === 'not-eligible' ? 2 : 1;
  };
  return found
    .map((o, index) => ({ o, index }))
    .sort((x, y) => rank(x.o) - rank(y.o) || optionOrder.indexOf(x.o.id) - optionOrder.indexOf(y.o.id) || x.index - y.index)
    .map(({ o }) => o);
}

