/**
 * The legal basis and evidence behind every option: a title, the primary source URL given in
 * ../shared/research/facts.md, and the facts.md section it comes from. `verify: true` where facts.md
 * marks the fact "verify" or "unverified", or lists it under "Open questions"; every option that cites
 * such a source carries `verify: true` and tells the reader to check it with an adviser.
 */

export interface Source {
  title: string;
  url: string;
  /** The section of ../shared/research/facts.md, e.g. '1.2' or '2 (Pan-London Housing Reciprocal)'. */
  factsSection: string;
  verify?: true;
  /** Why it is marked verify, in facts.md's words. */
  verifyNote?: string;
}

/**
 * The day the rules, their wording and these sources were last compared with the research
 * (../shared/research/facts.md, whose newest material is from April 2026). Shown on every options page.
 * Change it only when you have checked the rules again.
 */
export const rulesCheckedOn = '2026-11-23';

export const sources = {
  'silent-solution': {
    title: 'Silent Solution: call 999, then press 55 on a mobile',
    url: 'https://www.bbc.co.uk/newsround/47851202',
    factsSection: '3 (Silent Solution)',
  },
  '999-bsl': {
    title: '999 BSL emergency video relay (launched 17 June 2022)',
    url: 'https://limpingchicken.com/2022/06/17/999-bsl-service-enables-deaf-signers-to-contact-emergency-services',
    factsSection: '5 (999 BSL)',
  },
  'national-domestic-abuse-helpline': {
    title: 'GOV.UK: Refuge awarded grant to operate the National Domestic Abuse Helpline',
    url: 'https://gov.uk/government/news/refuge-awarded-grant-to-operate-domestic-abuse-helpline',
    factsSection: '5 (National Domestic Abuse Helpline)',
  },
  'helpline-bsl': {
    title: 'Limping Chicken: BSL helpline launched for domestic abuse (May 2021)',
    url: 'https://limpingchicken.com/2021/05/28/bsl-helpline-launched-for-domestic-abuse/',
    factsSection: '5 (National Domestic Abuse Helpline)',
    verify: true,
    verifyNote: 'BSL via SignVideo, Monday to Friday 10am to 6pm: from a 2021 source, not confirmed since.',
  },
  'mens-advice-line': {
    title: "Respect: Men's Advice Line",
    url: 'https://respect.org.uk/articles/135-men-s-advice-line-staff-reflect-on-the-helpline-s-adaptation-to-covid-19',
    factsSection: "5 (Men's Advice Line)",
  },
  galop: {
    title: 'Galop National LGBT+ Domestic Abuse Helpline',
    url: 'https://hellorayo.co.uk/hits-radio/uk/news/new-lgbt-abuse-helpline-launched',
    factsSection: '5 (Galop)',
  },
  signhealth: {
    title: "SafeLives: a week in the life of the UK's only specialist Deaf IDVA service (SignHealth)",
    url: 'https://safelives.org.uk/practice_blog/week-life-uks-only-specialist-deaf-idva-service',
    factsSection: '5 (SignHealth, and the service record content/services/signhealth-domestic-abuse-service.yaml)',
  },
  'outside-project': {
    title: "QX: Star Support, the UK's first by-and-for LGBTIQ+ domestic abuse refuge (December 2023)",
    url: 'https://www.qxmagazine.com/2023/12/star-support-the-uks-first-by-and-for-lgbtiq-domestic-abuse-refuge/',
    factsSection: '5 (The Outside Project)',
  },
  'victim-support': {
    title: 'Victim Support: 24/7 support for victims of crime',
    url: 'https://www.victimsupport.org.uk/247-support-still-available-victims-crime/',
    factsSection: '5 (Victim Support)',
  },
  'refuge-access': {
    title: 'Refuge: our refuges (the National Domestic Abuse Helpline is the gateway; women can self-refer)',
    url: 'https://refuge.org.uk/i-need-help-now/how-we-can-help-you/our-refuges',
    factsSection: '2 (Refuge access)',
  },
  'routes-to-support': {
    title: "Women's Aid: Routes to Support, the UK database of domestic abuse services and refuge vacancies",
    url: 'https://womensaid.org.uk/domestic-abuse-provision-data-routes-to-support',
    factsSection: '2 (Refuge access)',
  },
  's115-iaa-1999': {
    title: 'Immigration and Asylum Act 1999, section 115 (exclusion from benefits; "person subject to immigration control")',
    url: 'https://legislation.gov.uk/ukpga/1999/33/part/VI/crossheading/exclusions/2007-06-14/data.html',
    factsSection: '1.1',
  },
  'public-funds-guidance': {
    title: 'Home Office: Public funds guidance (updated 5 October 2023)',
    url: 'https://www.gov.uk/government/publications/public-funds--2/public-funds',
    factsSection: '1.1',
  },
  'housing-public-funds': {
    title: 'NRPF Network: housing assistance and public funds (social care accommodation is not a public fund)',
    url: 'https://www.nrpfnetwork.org.uk/information-and-resources/rights-and-entitlements/benefits-and-housing-public-funds/housing/housing-assistance-and-public-funds',
    factsSection: '1.1',
  },
  'legal-aid-immigration': {
    title: 'Centre for Women\'s Justice: legal aid is not a public fund; concession applications are in scope',
    url: 'http://centreforwomensjustice.org.uk/st-immigration',
    factsSection: '1.1',
  },
  'relief-duty': {
    title: 'Homelessness code of guidance, chapter 13: relief duty (Housing Act 1996 s189B)',
    url: 'https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/chapter-13-relief-duty',
    factsSection: '2 (Prevention and relief duties)',
  },
  'code-chapter-21': {
    title: 'Homelessness code of guidance, chapter 21: domestic abuse',
    url: 'https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/chapter-21-domestic-abuse',
    factsSection: '2',
  },
  'priority-need-s78': {
    title: 'Domestic Abuse Act 2021 s78: automatic priority need (in force 5 July 2021, SI 2021/797)',
    url: 'https://legislation.gov.uk/uksi/2021/797/note/made/data.xht',
    factsSection: '2 (Priority need)',
  },
  'not-intentionally-homeless': {
    title: 'Shelter England: homelessness due to violence or domestic abuse (Housing Act 1996 s177)',
    url: 'https://england.shelter.org.uk/professional_resources/legal/homelessness_applications/homelessness_and_threatened_homelessness/homelessness_due_to_violence_or_domestic_abuse',
    factsSection: '2 (Homeless and not intentionally homeless)',
  },
  'interim-accommodation-s188': {
    title: 'Shelter England: interim duty to accommodate (Housing Act 1996 s188(1))',
    url: 'https://england.shelter.org.uk/legal/homelessness_applications/homelessness_duties/interim_duty_to_accommodate',
    factsSection: '2 (Interim accommodation)',
  },
  'referral-s198': {
    title: 'Housing Act 1996 s198(2)(c): no referral to a district where there is a risk of domestic abuse',
    url: 'https://legislation.gov.uk/ukpga/1996/52/section/198/2018-02-12/data.html',
    factsSection: '2 (Local connection)',
  },
  'allocation-no-local-connection': {
    title: 'GOV.UK: Improving access to social housing for victims of domestic abuse (10 July 2025)',
    url: 'https://www.gov.uk/government/publications/improving-access-to-social-housing-for-victims-of-domestic-abuse/improving-access-to-social-housing-for-victims-of-domestic-abuse',
    factsSection: '2 (Local connection)',
  },
  'eu-pre-settled-benefits': {
    title: 'NRPF Network: pre-settled status and benefits (Fratila v SSWP [2021] UKSC 53)',
    url: 'https://www.nrpfnetwork.org.uk/news/pre-settled-status',
    factsSection: '1.6',
    verify: true,
    verifyNote: 'Any post-2022 case law on pre-settled status is unverified.',
  },
  'eu-pre-settled-homelessness': {
    title: 'Shelter England: people with EU pre-settled status, eligibility for homeless assistance',
    url: 'https://england.shelter.org.uk/legal/homelessness_applications/eligibility_for_homeless_assistance/people_with_EU_pre-settled_status_eligibility_for_homeless_assistance',
    factsSection: '1.6',
  },
  mvdac: {
    title: 'Home Office: Migrant Victims of Domestic Abuse Concession (guidance v4.0)',
    url: 'https://gov.uk/government/publications/victims-of-domestic-violence/migrant-victims-of-domestic-abuse-concession-accessible',
    factsSection: '1.2',
    verify: true,
    verifyNote: 'How to apply, fees, decision times, public funds while a later application is pending, and any change after October 2024 are unverified.',
  },
  'mvdac-who': {
    title: 'NRPF Network: the Migrant Victims of Domestic Abuse Concession (28 February 2024)',
    url: 'https://www.nrpfnetwork.org.uk/news/domestic-abuse-concession',
    factsSection: '1.2',
  },
  'mvdac-cliff-edge': {
    title: 'Southall Black Sisters: harmful changes to support provisions for migrant victims of domestic abuse',
    url: 'https://southallblacksisters.org.uk/news/harmful-changes-to-support-provisions-for-migrant-victims-of-domestic-abuse-2/',
    factsSection: '1.2',
  },
  'immigration-advice-s84': {
    title: 'Project 17: only a qualified immigration adviser may advise (Immigration and Asylum Act 1999 s84)',
    url: 'https://project17.org.uk/resources/about-section-17/section-17-if-i-am-a-survivor-of-domestic-abuse',
    factsSection: '1.2',
  },
  'appendix-vda': {
    title: 'Home Office: Appendix Victim of Domestic Abuse (guidance v18.0, 10 October 2024)',
    url: 'https://gov.uk/government/publications/victims-of-domestic-violence/appendix-victim-of-domestic-abuse-accessible',
    factsSection: '1.3',
  },
  smv: {
    title: 'Southall Black Sisters: Support for Migrant Victims (SMV) scheme',
    url: 'https://southallblacksisters.org.uk/support-for-migrant-victims-scheme-smv-scheme/',
    factsSection: '1.4',
    verify: true,
    verifyNote: 'Funding and terms after March 2025 are unverified.',
  },
  's17-children-act': {
    title: 'NRPF Network: practice guidance for families (Children Act 1989 s17; 2 October 2024)',
    url: 'https://guidance.nrpfnetwork.org.uk/reader/practice-guidance-families/key-practice-points/',
    factsSection: '1.5',
  },
  's17-domestic-abuse': {
    title: 'NRPF Network: domestic abuse statutory guidance on victims with NRPF and children',
    url: 'https://nrpfnetwork.org.uk/news/domestic-abuse-fund',
    factsSection: '1.5',
  },
  's17-project-17': {
    title: 'Project 17: section 17 if I am a survivor of domestic abuse',
    url: 'https://project17.org.uk/resources/about-section-17/section-17-if-i-am-a-survivor-of-domestic-abuse',
    factsSection: '1.5',
  },
  'care-act-s21': {
    title: 'Care Act 2014 s21 (exception for people subject to immigration control whose needs arise solely from destitution)',
    url: 'http://www.legislation.gov.uk./ukpga/2014/23/section/21/data.xht?view=snippet&wrap=true',
    factsSection: '1.5',
  },
  'care-act-nrpf': {
    title: 'NRPF Network: assessing and supporting adults who have no recourse to public funds',
    url: 'https://guidance.nrpfnetwork.org.uk/reader/practice-guidance-adults/assessing-and-supporting-adults-who-have-no-recourse-to-public-funds-england-all-content/',
    factsSection: '1.5',
  },
  'schedule-3': {
    title: 'Nationality, Immigration and Asylum Act 2002, Schedule 3 (explanatory notes to s54)',
    url: 'https://legislation.gov.uk/ukpga/2002/41/section/54/notes',
    factsSection: '1.5 and 1.8',
  },
  'human-rights-assessment': {
    title: 'NRPF Network: when and how to undertake a human rights assessment',
    url: 'https://guidance.nrpfnetwork.org.uk/reader/human-rights-assessment/when-and-how-to-undertake-a-human-rights-assessment-all-content/',
    factsSection: '1.5 and 1.8',
  },
  'asylum-support-types': {
    title: 'Mayor of London: asylum accommodation and support (s95, s98, s4)',
    url: 'https://www.london.gov.uk/programmes-strategies/communities-and-social-justice/migrant-londoners-hub/housing-and-homelessness/asylum-accommodation-and-support',
    factsSection: '1.7',
  },
  'asylum-domestic-abuse-guidance': {
    title: 'Home Office: Domestic abuse: responding to reports of domestic abuse from asylum seekers (v2.0)',
    url: 'https://fly1.wordsworth.site/government/publications/domestic-abuse-responding-to-reports-of-domestic-abuse-from-asylum-seekers/domestic-abuse-responding-to-reports-of-domestic-abuse-from-asylum-seekers-accessible',
    factsSection: '1.7',
  },
  'asylum-support-changes-2026': {
    title: 'EIN: Lords committee concerned over new asylum support measures (regulations laid 5 March 2026)',
    url: 'https://www.ein.org.uk/news/lords-secondary-legislation-committee-concerned-lack-clarity-over-new-asylum-support-measures',
    factsSection: '1.7',
    verify: true,
    verifyNote: 'When the s95/s98 duty became a discretionary power (one source says June 2026) is unverified.',
  },
  asap: {
    title: 'ASAP Factsheet 18: asylum support for survivors of domestic abuse (February 2026)',
    url: 'https://www.asaproject.org/documents/asylum-support-for-survivors-of-domestic-abuse',
    factsSection: '1.7',
  },
  'migrant-help': {
    title: 'Right to Remain: asylum support (Migrant Help)',
    url: 'https://righttoremain.org.uk/asylum-support/',
    factsSection: '1.7',
  },
  'pan-london-reciprocal': {
    title: 'Safer London: Pan-London Housing Reciprocal (FAQs for professionals)',
    url: 'https://saferlondon.org.uk/pan-london-housing-reciprocal/faqs-for-professionals/',
    factsSection: '2 (Pan-London Housing Reciprocal)',
  },
  'lifetime-tenancy-s79': {
    title: 'Domestic Abuse Act 2021 s79 (Housing Act 1985 s81ZA: lifetime tenancy on rehousing)',
    url: 'https://legislation.gov.uk/id/ukpga/2021/17/section/79?timeline=false&view=plain',
    factsSection: '2 (Secure tenancies)',
    verify: true,
    verifyNote: 'Section 79 was not in force in 2021; whether it has commenced since is unverified.',
  },
  'sanctuary-schemes': {
    title: 'Dartford Borough Council: sanctuary scheme (an example outside London)',
    url: 'https://www.dartford.gov.uk/by-category/community-and-living2/domestic-violence/sanctuary-scheme',
    factsSection: '2 (Sanctuary schemes)',
    verify: true,
    verifyNote: 'London borough schemes are unverified; the sources are out-of-London examples.',
  },
  'housing-first': {
    title: 'Housing First for women experiencing VAWG toolkit (Standing Together, London pilot since 2017)',
    url: 'https://docslib.org/doc/5985680/housing-first-for-women-experiencing-vawg-toolkit',
    factsSection: '2 (Housing First)',
    verify: true,
    verifyNote: 'The pilot ran from 2017 in three boroughs; no source says it runs today.',
  },
  'family-law-act-orders': {
    title: 'Family Law Act 1996 Part IV: non-molestation and occupation orders',
    url: 'https://www.ts-p.co.uk/news/family-law-act-1996-proceedings',
    factsSection: '3 (Non-molestation orders and occupation orders)',
  },
  'legal-aid-protective-orders': {
    title: 'Parliamentary question 196380 (11 September 2023): legal aid for domestic abuse victims',
    url: 'https://parallelparliament.co.uk/question/196380/legal-aid-scheme-domestic-abuse',
    factsSection: '3 (Legal aid: protective orders)',
  },
  'da-act-definition': {
    title: 'Domestic Abuse Act 2021, Part 1 (definition: both aged 16 or over)',
    url: 'https://www.legislation.gov.uk/ukpga/2021/17/part/1/enacted/data.xht?view=snippet&wrap=true',
    factsSection: '4',
  },
  childline: {
    title: 'NSPCC Learning: Childline and NSPCC helpline',
    url: 'https://learning.nspcc.org.uk/research-resources/statistics-briefings/childline-nspcc-helpline-statistics',
    factsSection: '5 (Childline, NSPCC Helpline)',
  },
  'karma-nirvana': {
    title: 'Karma Nirvana: frequently asked questions',
    url: 'http://www.karmanirvana.org.uk/faqs/',
    factsSection: '5 (Karma Nirvana)',
  },
  'forced-marriage-unit': {
    title: 'London Victim and Witness Service: Forced Marriage Unit',
    url: 'https://londonvws.org.uk/services/forced-marriage-unit/',
    factsSection: '5 (Forced Marriage Unit)',
  },
  'jewish-womens-aid': {
    title: "Jewish Women's Aid (November 2023)",
    url: 'https://www.jwa.org.uk/news/chief-rabbi-sir-ephraim-mirvis-urges-abused-women-to-turn-to-jwa/',
    factsSection: "5 (Jewish Women's Aid)",
  },
  'southall-black-sisters': {
    title: 'Southall Black Sisters: timeline',
    url: 'https://southallblacksisters.org.uk/about/southall-black-sisters-timeline/',
    factsSection: '5 (Southall Black Sisters)',
    verify: true,
    verifyNote: 'The helpline number and hours come from a December 2021 notice, not confirmed since.',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
export const sourceIds = Object.keys(sources) as SourceId[];

export function source(id: SourceId): Source {
  return sources[id];
}
