/**
 * English text for every key the options engine returns, in two registers:
 * - survivor: short sentences, plain words, reading age about 9 to 11; any term a reader will meet
 *   elsewhere ("priority need", "public funds") is explained where it appears;
 * - professional: precise, with the statute, rule or guidance and the facts.md section.
 * Every claim comes from ../shared/research/facts.md. Phone numbers never appear here: they live in
 * the service records (content/services/*.yaml). Not translated yet (issue #6, later items).
 */

export interface Wording {
  survivor: string;
  professional: string;
}

export const text = {
  // --- labels a page will show next to an option ------------------------------------------
  'label.likely': { survivor: 'You can probably get this.', professional: 'Likely eligible on the answers given.' },
  'label.possibly': { survivor: 'You may be able to get this.', professional: 'Possibly eligible: depends on facts not yet established.' },
  'label.not-eligible': { survivor: 'You cannot get this now.', professional: 'Not eligible on the answers given.' },
  'label.get-advice': { survivor: 'Get advice to check.', professional: 'Get advice: the outcome depends on facts an adviser must establish.' },
  'label.verify': {
    survivor: 'Check this with an adviser. Our information may be out of date.',
    professional: 'Part of the basis rests on a source that is dated, or that no current source confirms.',
  },

  // --- help now ---------------------------------------------------------------------------
  'explain.emergency.danger': {
    survivor: 'You are in danger now. Call 999 and ask for the police.',
    professional: 'Immediate risk: call 999 (police). Silent Solution if the caller cannot speak; 999 BSL for BSL users.',
  },
  'explain.emergency.unsure': {
    survivor: 'If you might be in danger, or you are scared for your safety, call 999.',
    professional: 'Risk not stated: give 999, the Silent Solution and 999 BSL in every case.',
  },
  'explain.emergency.if-things-change': {
    survivor: 'If you are ever in danger, call 999.',
    professional: 'No immediate risk reported; 999 remains the route if that changes.',
  },
  'step.call-999': { survivor: 'Call 999. Ask for the police.', professional: 'Call 999 and ask for the police.' },
  'step.silent-solution': {
    survivor:
      'If you cannot talk, call 999 and listen. Cough or tap the phone if you can. On a mobile, press 55 when you hear the message. Then you are put through to the police. If you stay silent and do not press 55, help may not come. Pressing 55 does not tell the police where you are.',
    professional:
      'Silent Solution: dial 999; on a mobile, press 55 at the automated prompt to be put through to the police. A silent call alone does not automatically bring help, and pressing 55 does not trace the location.',
  },
  'step.999-bsl': {
    survivor: 'If you use British Sign Language (BSL), you can reach 999 by video with an interpreter. Use the 999 BSL app or website. It is free, and you do not need to sign up.',
    professional: '999 BSL: video relay to police, fire, ambulance and coastguard through a BSL interpreter; 24/7, free, no registration; app or website.',
  },

  'explain.helpline.woman': {
    survivor: 'You can talk to someone at the National Domestic Abuse Helpline. It is free and private, day and night. They can help you find a refuge.',
    professional: 'National Domestic Abuse Helpline (Refuge): 24/7 freephone for women experiencing domestic abuse and people supporting them; the gateway to refuge vacancies.',
  },
  'explain.helpline.man': {
    survivor: "The Men's Advice Line helps men who are being abused. Victim Support helps anyone hurt by a crime, day and night, even if it was not reported.",
    professional: "Men's Advice Line (Respect): male victims and those supporting them. Victim Support: 24/7 support for any victim of crime, reported or not.",
  },
  'explain.helpline.non-binary': {
    survivor: 'Galop helps LGBT+ people who are being abused. Victim Support helps anyone hurt by a crime, day and night.',
    professional: 'Galop National LGBT+ Domestic Abuse Helpline; Victim Support 24/7 for any victim of crime.',
  },
  'explain.helpline.any': {
    survivor: 'You can talk to a helpline. There are helplines for women, for men and for LGBT+ people. Victim Support helps anyone.',
    professional: "Gender not given: National Domestic Abuse Helpline (women), Men's Advice Line (men), Galop (LGBT+) and Victim Support (any victim of crime).",
  },
  'step.call-helpline': {
    survivor: 'Call a helpline below and tell them what is happening.',
    professional: 'Contact the helpline listed for the caller.',
  },
  'step.helpline-safe-time': {
    survivor: 'If it is not safe to talk now, ask the helpline to call you back at a safe time. There is a form for this on their website.',
    professional: 'The National Domestic Abuse Helpline takes online requests for a call-back at a safe time.',
  },

  // --- who they are -----------------------------------------------------------------------
  'explain.young.under-16': {
    survivor: 'You can talk to Childline about anything. It is for anyone under 19. An adult who is worried about you can call the NSPCC Helpline.',
    professional:
      'Under 16: the Domestic Abuse Act 2021 s1(2) definition needs both people to be 16 or over, so this is a child safeguarding matter. Childline (under 19); NSPCC Helpline for adults worried about a child.',
  },
  'explain.young.16-17': {
    survivor: 'At 16 or 17, abuse from a partner or family member aged 16 or over is domestic abuse in law. You can get help. Childline is for anyone under 19.',
    professional: 'Aged 16–17: within the Domestic Abuse Act 2021 s1(2) definition (both 16 or over and personally connected, s2). Childline covers under-19s.',
  },
  'step.call-childline': {
    survivor: 'Call Childline, or use their online chat or email.',
    professional: 'Childline: phone, 1-2-1 online chat (account needed), email, SignVideo.',
  },
  'explain.lgbtq': {
    survivor: 'Galop helps LGBT+ people who are being abused. London also has a refuge run by and for LGBTIQ+ people, called STAR.',
    professional:
      "Galop National LGBT+ Domestic Abuse Helpline. The Outside Project's STAR refuge is London's first LGBTIQ+ domestic abuse refuge (2020; by-and-for partnership 2023); we have no sourced contact details for it.",
  },
  'step.call-galop': { survivor: 'Call Galop, or email them.', professional: 'Contact Galop by phone or at help@galop.org.uk.' },
  'explain.deaf.woman': {
    survivor: 'If you are Deaf, you can reach 999 in BSL with the 999 BSL app. The National Domestic Abuse Helpline also has a BSL video service. Check when it is open. SignHealth has a Deaf team that helps Deaf people who are being abused, in BSL.',
    professional:
      '999 BSL (24/7). National Domestic Abuse Helpline in BSL via SignVideo, Mon–Fri 10am–6pm in a 2021 source, not confirmed since. SignHealth’s Deaf-led domestic abuse service works in BSL, including Deaf IDVAs; its contact routes are unconfirmed. No contact details were found for Stay Safe East.',
  },
  'explain.deaf': {
    survivor: 'If you are Deaf, you can reach 999 in BSL with the 999 BSL app or website. SignHealth has a Deaf team that helps Deaf people who are being abused, in BSL.',
    professional: "999 BSL (24/7, free, no registration). SignHealth's Deaf-led domestic abuse service works in BSL, including Deaf IDVAs; its contact routes are unconfirmed. We found no BSL route for the Men's Advice Line or Galop.",
  },
  'step.helpline-bsl': {
    survivor: 'To talk to the helpline in BSL, use their video service, called SignVideo. Check the times first.',
    professional: 'National Domestic Abuse Helpline BSL via SignVideo: Mon–Fri 10am–6pm in 2021, verify.',
  },
  'explain.by-and-for-minoritised': {
    survivor: 'Southall Black Sisters helps Black and minority women. They help women who came from abroad too. This includes women who cannot get benefits because of their visa. They also give advice in other languages.',
    professional:
      'Southall Black Sisters (1979): advice in community languages for Black and minority women, migrant women and women with NRPF; runs the SMV scheme. Helpline number and hours come from a December 2021 notice, marked verify.',
  },
  'step.call-sbs': {
    survivor: 'Call Southall Black Sisters. Their number and times may have changed, so check them first.',
    professional: 'Contact Southall Black Sisters; the number in the record is marked verify.',
  },
  'explain.jewish': {
    survivor: "Jewish Women's Aid helps Jewish women and girls who are being abused.",
    professional: "Jewish Women's Aid: domestic abuse and sexual violence support for Jewish women and girls; web chat and info@jwa.org.uk.",
  },
  'step.call-jwa': { survivor: "Call Jewish Women's Aid, or use their web chat.", professional: "Contact Jewish Women's Aid by phone or web chat." },
  'explain.honour-based-abuse': {
    survivor: 'Karma Nirvana helps people facing forced marriage or "honour"-based abuse. The Forced Marriage Unit helps too. It can also help British people who are abroad.',
    professional:
      'Karma Nirvana: Home Office-funded national helpline on honour-based abuse and forced marriage, for victims and professionals. Forced Marriage Unit (FCDO and Home Office): Mon–Fri 9am–5pm, out of hours through the Global Response Centre; assists British nationals abroad.',
  },
  'step.call-karma-nirvana': { survivor: 'Call Karma Nirvana.', professional: 'Contact the Karma Nirvana helpline.' },
  'step.call-fmu': {
    survivor: 'Call the Forced Marriage Unit. Outside office hours, call their other number and ask for the Global Response Centre.',
    professional: 'Forced Marriage Unit: Mon–Fri 9am–5pm; out of hours, the Global Response Centre.',
  },
  'explain.housing-first': {
    survivor:
      'Housing First is for homeless women who have been abused and have many problems at once. It has run in Westminster, Kensington and Chelsea, and Hammersmith and Fulham. Ask if it still runs.',
    professional:
      'London VAWG Housing First pilot, coordinated by Standing Together since 2017 (Westminster, Kensington & Chelsea, Hammersmith & Fulham), for homeless women with multiple disadvantage who have experienced VAWG. No source confirms it runs today.',
  },
  'step.ask-council-housing-first': {
    survivor: 'Ask the council housing team, or a support worker, about Housing First.',
    professional: 'Ask the borough housing team whether the Housing First pilot takes referrals.',
  },

  // --- leaving: refuge --------------------------------------------------------------------
  'explain.refuge': {
    survivor: 'A refuge is a safe place to live for women escaping abuse. The National Domestic Abuse Helpline can help you find a space. You can also contact a refuge yourself.',
    professional:
      "Refuge: the National Domestic Abuse Helpline is the gateway to refuge vacancies; women may also self-refer. Women's Aid's Routes to Support lists live vacancies.",
  },
  'explain.refuge.nrpf': {
    survivor:
      'A refuge may still be possible. But it is harder if you cannot get benefits. Refuge rent is usually paid with Housing Benefit. Without it, the money must come from somewhere else. This can be the council’s children’s services or a special scheme. Ask the helpline.',
    professional:
      'Refuge rent is usually met by Housing Benefit, a public fund. Refuges taking women with NRPF rely on Children Act s17 funding, the SMV scheme or charitable money.',
  },
  'explain.refuge.asylum': {
    survivor: 'If you are seeking asylum, the Home Office can pay for a refuge place. Ask the helpline.',
    professional:
      "Home Office guidance 'Domestic abuse: responding to reports of domestic abuse from asylum seekers' (v2.0) covers people on or applying for s95 or s4(2) support; refuge places can be booked through a Home Office funding mechanism.",
  },
  'explain.refuge.lgbtq': {
    survivor: 'London has a refuge run by and for LGBTIQ+ people, called STAR. Galop helps LGBT+ people who are being abused.',
    professional: "The Outside Project's STAR refuge, London's first LGBTIQ+ domestic abuse refuge; no sourced contact details. Galop for LGBT+ domestic abuse support.",
  },
  'step.ask-helpline-refuge': {
    survivor: 'Ask the National Domestic Abuse Helpline to help you find a refuge space.',
    professional: 'Ask the National Domestic Abuse Helpline to search refuge vacancies (also Routes to Support).',
  },
  'step.tell-children-ages': {
    survivor: 'Tell them how many children you have and how old they are. Then they can look for a place for all of you.',
    professional: 'Give the number, ages and sexes of the children when vacancies are searched, so that a place for the whole family is found.',
  },

  // --- leaving: homelessness help (Housing Act 1996 Part 7) -------------------------------
  'explain.homelessness': {
    survivor:
      'You can ask a council for help if you have to leave home because of abuse. The council must try to help you find a place to live. It cannot say you made yourself homeless by leaving.',
    professional:
      'Housing Act 1996 Part 7: relief duty (s189B) to take reasonable steps to help secure accommodation, normally for 56 days. It is not reasonable to continue to occupy where that would probably lead to domestic abuse (s177), so the applicant is homeless and cannot be found intentionally homeless for leaving; proof of abuse is not required.',
  },
  'explain.homelessness.nrpf': {
    survivor:
      'Your visa says "no public funds". Council help with housing counts as public funds. So the council’s homeless team cannot help you now. But there is other help below, for example if you have children or need care.',
    professional:
      'Leave subject to an NRPF condition: a person subject to immigration control (IAA 1999 s115(9)(b)). Homelessness assistance (Part 7) and social housing (Part 6) are public funds, so the applicant is not eligible. Social care support (Children Act s17, Care Act) is not a public fund.',
  },
  'explain.homelessness.no-leave': {
    survivor:
      'Without permission to stay in the UK, the council’s homeless team cannot help you now. But there is other help below, for example if you have children or need care.',
    professional:
      'No current leave: a person subject to immigration control under s115(9)(a) (requires leave but does not have it), with NRPF, so not eligible for Part 7. Social services support remains possible, subject to Schedule 3 and a human rights assessment.',
  },
  'explain.homelessness.after-mvdac': {
    survivor:
      'Your visa says "no public funds", so the council may not help with housing yet. But you may get the domestic abuse concession. It gives you 3 months with public funds. Then you can ask the council. Get advice from an immigration adviser.',
    professional:
      'A partner with NRPF leave on an MVDAC route is not eligible for Part 7 while the condition applies (s115(9)(b)). An MVDAC grant gives 3 months’ leave outside the Rules with access to public funds, including local authority housing assistance.',
  },
  'explain.homelessness.eu': {
    survivor:
      'With EU status, the council can help with housing only in some cases. It depends on your status and on whether you have a "right to reside". Get advice to check.',
    professional:
      'Pre-settled status holders are not persons subject to immigration control; they are eligible for Part 7 only if they meet the retained right-to-reside conditions (Eligibility Regulations reg 6). Pre-settled status alone is not a qualifying right to reside (Fratila v SSWP [2021] UKSC 53). Later case law unverified.',
  },
  'explain.homelessness.unclear': {
    survivor:
      'Whether the council can help with housing depends on your immigration status. If you are not sure of your status, you can still ask. Get advice too.',
    professional:
      'Part 7 eligibility depends on immigration status: persons subject to immigration control with NRPF are excluded (s115; homelessness assistance is a public fund). Establish status with a qualified adviser; the s188 interim duty arises on reason to believe the applicant may be eligible.',
  },
  'explain.priority-need': {
    survivor: 'If you are homeless because of domestic abuse, the law says you are a priority for help. This is called "priority need".',
    professional:
      'Domestic Abuse Act 2021 s78 (in force 5 July 2021, SI 2021/797): a person who is homeless as a result of being a victim of domestic abuse has priority need automatically.',
  },
  'explain.interim-accommodation': {
    survivor:
      'If the council thinks you may be homeless and may get help, it must find you emergency housing while it looks into your case. It cannot ask you to prove everything first.',
    professional:
      'HA 1996 s188(1): interim duty where the authority has reason to believe the applicant may be homeless, eligible and in priority need; a low threshold, and verifiable proof must not be demanded; applies regardless of local connection; depends on eligibility.',
  },
  'explain.no-referral-to-risk': {
    survivor: 'You can ask any council, not only the one where you live. A council cannot send you back to an area where you are at risk of abuse.',
    professional:
      'No refusal for want of local connection; s198(2)(c): no referral to another authority if any household member would run the risk of domestic abuse there. From 10 July 2025, no local connection or residency test for victims of domestic abuse in Part 6 allocations.',
  },
  'step.go-to-council': {
    survivor: 'Contact a council housing team, often called "housing options". You can do this before or after you leave.',
    professional: 'Apply to any authority’s homelessness (housing options) service; the prevention duty (s195) applies if threatened with homelessness within 56 days.',
  },
  'step.no-proof-needed': { survivor: 'You do not have to prove the abuse.', professional: 'The applicant need not prove the abuse.' },
  'step.say-domestic-abuse': {
    survivor: 'Tell them you are homeless because of domestic abuse.',
    professional: 'Record that the homelessness results from domestic abuse (s78 priority need).',
  },
  'step.ask-interim-accommodation': {
    survivor: 'If you have nowhere safe to stay tonight, ask for emergency housing.',
    professional: 'Request interim accommodation under s188(1) pending inquiries.',
  },
  'step.any-council': {
    survivor: 'If you are not safe in your area, you can ask a council in another area.',
    professional: 'Apply to any authority; a referral back is barred where there is a risk of domestic abuse (s198(2)(c)).',
  },
  'step.see-other-options': {
    survivor: 'Look at the other help on this page. Some of it does not depend on your visa.',
    professional: 'Consider the social care routes (s17, Care Act), the SMV scheme and immigration advice.',
  },

  // --- the home -----------------------------------------------------------------------------
  'explain.pan-london-reciprocal': {
    survivor:
      'If you rent from a council or housing association in London, you may be able to move to a home in another borough. This is the Pan-London Housing Reciprocal. A professional, like a support worker, must ask for you. You cannot apply yourself. It is not emergency housing.',
    professional:
      'Pan-London Housing Reciprocal (Safer London, MOPAC-funded): for people with, or owed, a London social tenancy, at risk in their borough, whose landlord is a reciprocal partner. Professional referral only (name withheld; a Nominating Officer is the contact); at least 5 boroughs chosen, one offer; domestic and sexual violence cases register with Housing Moves. Not emergency accommodation.',
  },
  'step.ask-professional-reciprocal': {
    survivor: 'Ask a support worker, housing officer or other professional to refer you.',
    professional: 'Make a professional referral to Safer London.',
  },
  'step.keep-tenancy': { survivor: 'Do not give up your tenancy while you wait.', professional: 'The tenant should not give up the tenancy while waiting.' },
  'explain.lifetime-tenancy': {
    survivor:
      'If you have a lifetime council tenancy and the council moves you because of abuse, a new law says your new tenancy should also be for life. This does not cover housing associations. It is not clear if this law has started yet.',
    professional:
      'DA Act 2021 s79 (HA 1985 s81ZA): a council granting a new secure tenancy to an existing lifetime social tenant rehoused because of domestic abuse must grant a lifetime (non-flexible) tenancy; councils only. Not in force in 2021; commencement unverified.',
  },
  'step.ask-landlord-tenancy-type': {
    survivor: 'Ask your landlord what kind of tenancy you have now.',
    professional: 'Confirm the current tenancy type (lifetime secure or flexible).',
  },
  'explain.sanctuary': {
    survivor:
      'A sanctuary scheme can make your home safer so you can stay, for example with stronger locks and doors. It is for any home, rented or owned. Schemes are run locally, so ask your council.',
    professional:
      'Sanctuary schemes: extra security (locks, doors, a safe room) so the victim can stay; typically only where the perpetrator does not live there, it is safe, and staying is the victim’s choice; tenure-neutral and locally run. London borough schemes unverified.',
  },
  'explain.sanctuary.abuser-at-home': {
    survivor:
      'A sanctuary scheme makes a home safer, for example with stronger locks. It is usually only for when the person harming you does not live there. A court order can say who lives in the home (see below).',
    professional:
      'Sanctuary schemes are typically offered only where the perpetrator does not live there; an occupation order (FLA 1996 Part IV) may first decide occupation. London borough schemes unverified.',
  },
  'step.ask-council-sanctuary': {
    survivor: 'Ask your council housing team if there is a sanctuary scheme.',
    professional: 'Ask the borough whether it runs a sanctuary scheme.',
  },
  'explain.occupation-order': {
    survivor: 'A court can decide who lives in the home. This is called an occupation order. There is no court fee.',
    professional:
      'Occupation order (Family Law Act 1996 Part IV): decides who lives in the home; available to associated persons; can be made without notice; breach is contempt and a power of arrest can be attached; no court fee.',
  },
  'explain.non-molestation-order': {
    survivor:
      'A court can make an order to protect you from the person harming you. This is called a non-molestation order. Breaking it is a crime. There is no court fee. The court can make it without telling them first.',
    professional:
      'Non-molestation order (Family Law Act 1996 Part IV): for associated persons; can be made without notice; usually 6–12 months; breach is a criminal offence (s42A, maximum 5 years) or contempt; no court fee.',
  },
  'step.see-solicitor': { survivor: 'A family law solicitor can ask the court for you.', professional: 'Instruct a family law solicitor.' },
  'step.legal-aid-orders': {
    survivor: 'Legal aid can pay for the solicitor. You may get it even if your income is above the usual limit, but you may have to pay something.',
    professional: 'Legal aid: the means limits can be waived for protective orders; a contribution may be payable (PQ 196380, 11 September 2023).',
  },

  // --- council duties whatever the status ---------------------------------------------------
  'explain.s17': {
    survivor: 'If you have children, the council’s children’s services can help a child in need. This can include a place to live and money.',
    professional:
      'Children Act 1989 s17: support for a child in need, including accommodation and financial support; can fund a refuge place or other safe accommodation, refer to specialist services or coordinate a MARAC.',
  },
  'explain.s17.nrpf': {
    survivor:
      'If you have children, the council’s children’s services can help with a place to live and money. This help is not "public funds", so you can get it even if your visa says "no public funds". It can pay for a refuge place.',
    professional:
      'Children Act 1989 s17 support is not a public fund. Domestic abuse statutory guidance (as quoted by the NRPF Network): where a victim with NRPF has children, councils have a duty to provide financial support and accommodation; s17 can fund a refuge place.',
  },
  'explain.s17.no-leave': {
    survivor:
      'Children’s services can help your children even if you have no permission to stay in the UK. The council will look at your situation first.',
    professional:
      'Children Act 1989 s17; children themselves are not excluded by NIAA 2002 Schedule 3, but support to the family of an adult unlawfully present is subject to a human rights assessment.',
  },
  'step.ask-childrens-services': {
    survivor: 'Ask the council’s children’s services for an assessment. Tell them you have children and nowhere safe to live.',
    professional: 'Request a child in need assessment under Children Act 1989 s17.',
  },
  'step.s17-no-application-needed': {
    survivor: 'If the council says no because you have not applied for a visa, you can challenge this. Get advice.',
    professional: 'A refusal because the family has no pending immigration application can be challenged (Project 17).',
  },
  'explain.care-act': {
    survivor: 'If you are disabled or need care and support, the council must check what help you need. This is called a Care Act assessment.',
    professional: 'Care Act 2014: duty to assess adults who appear to need care and support; accommodation and financial support can follow where care duties are engaged.',
  },
  'explain.care-act.nrpf': {
    survivor:
      'If you are disabled or need care and support, the council must check what help you need. Help can include a place to live, even if you cannot get public funds. But the council cannot help only because you have no money.',
    professional:
      'Care Act 2014: duty to assess; accommodation under social care law is not a public fund. s21: no support for a person subject to immigration control whose needs arise solely from destitution or its physical effects.',
  },
  'step.ask-adult-social-care': {
    survivor: 'Ask the council’s adult social care team for an assessment of your needs.',
    professional: 'Request a Care Act 2014 needs assessment.',
  },
  'explain.human-rights-assessment': {
    survivor:
      'Without permission to stay, the council can help you only if saying no would go against your human rights. Before it says no, it must look at your situation. This is called a human rights assessment. Children can still get help.',
    professional:
      'NIAA 2002 Schedule 3: social services support is withheld from excluded groups (including people unlawfully present who are not asylum seekers) unless needed to avoid a breach of ECHR rights; children are not excluded; the authority must carry out a human rights assessment.',
  },
  'step.ask-human-rights-assessment': {
    survivor: 'If the council says it cannot help, ask if it has done a human rights assessment.',
    professional: 'Ask the authority to carry out a human rights assessment before refusing support.',
  },

  // --- immigration ------------------------------------------------------------------------
  'explain.asylum-support': {
    survivor:
      'If you are seeking asylum, you can ask for asylum support. There is emergency support while the Home Office decides on your main support. The Home Office has rules for people on asylum support who are being abused. The law on asylum support may have changed in 2026.',
    professional:
      "Asylum support: s98 emergency support pending a s95 decision; s95 while the claim is pending; s4 after refusal with appeal rights exhausted. Home Office guidance 'Domestic abuse: responding to reports of domestic abuse from asylum seekers' (v2.0) covers those on or applying for s95 or s4(2). Regulations laid 5 March 2026 revoke the s95/s98 duty; commencement (one source: June 2026) unverified.",
  },
  'step.report-to-home-office-asylum': {
    survivor: 'Contact Migrant Help about asylum support. If it is safe, tell them about the abuse.',
    professional: 'Migrant Help handles asylum support applications and information; disclose the abuse so the Home Office domestic abuse guidance is applied.',
  },
  'step.call-asap': {
    survivor: 'The Asylum Support Appeals Project gives advice about asylum support. Check when you can call them.',
    professional: 'ASAP advice line (Mon, Wed, Fri 2–4pm) and Factsheet 18 on asylum support for survivors of domestic abuse.',
  },
  'explain.immigration-advice': {
    survivor: 'An immigration adviser can tell you what you can do. Only a qualified adviser is allowed to give this advice. Legal aid may pay for it.',
    professional: 'Only a qualified immigration adviser may advise (IAA 1999 s84). Legal aid is not a public fund; concession (MVDAC) applications are in scope for legal aid.',
  },
  'explain.immigration-advice.unclear': {
    survivor: 'Not sure about your visa or status? An immigration adviser can find out and tell you what you can do. Only a qualified adviser is allowed to give this advice.',
    professional: 'Status not established: establish it through a qualified adviser (IAA 1999 s84) before relying on any eligibility; legal aid is not a public fund.',
  },
  'step.see-immigration-adviser': { survivor: 'Talk to a qualified immigration adviser.', professional: 'Refer to a qualified immigration adviser (IAA 1999 s84).' },
  'step.legal-aid-immigration': {
    survivor: 'Ask if legal aid can pay. Legal aid does not count as public funds.',
    professional: 'Legal aid is not a public fund; MVDAC applications are in scope.',
  },
  'explain.mvdac': {
    survivor:
      'You came to the UK as someone’s partner. You may be able to get the domestic abuse concession. It gives you permission to stay for 3 months, with benefits and council help with housing. You do not have to show you have no money.',
    professional:
      'Migrant Victims of Domestic Abuse Concession (from 16 February 2024, replacing the DDVC): 3 months’ leave outside the Rules with access to public funds; destitution need not be shown. Eligible: last permission as an Appendix FM partner (not fiancé(e)) of a British citizen, settled person or EEA national with pre-settled status; Appendix EU spouse or partner; partner of a refugee; Appendix Armed Forces partner; partner of a worker, student or graduate. Application method, fee, decision times and later changes unverified.',
  },
  'explain.mvdac.worker-partner': {
    survivor:
      'You came as the partner of a worker, student or graduate. You may get the domestic abuse concession. This gives you 3 months’ permission to stay, with public funds. But after that, you cannot use the domestic abuse route to stay for good. So plan early with an immigration adviser.',
    professional:
      'Partners of workers (sponsored or economic routes), students and graduates were added to MVDAC in February 2024 but cannot go on to ILR under Appendix VDA: a "cliff edge" when the 3 months end.',
  },
  'explain.mvdac.if-partner': {
    survivor:
      'If you came to the UK as someone’s partner, you may be able to get the domestic abuse concession. It gives you 3 months’ permission to stay, with public funds. An immigration adviser can check.',
    professional: 'MVDAC may apply if the last permission was on a qualifying partner route; establish the immigration history with a qualified adviser.',
  },
  'step.mvdac-three-months': {
    survivor: 'In the 3 months you need to apply to stay, or plan to leave the UK. An adviser can help.',
    professional: 'During the 3 months: apply on a relevant route, apply for settlement (SET(DV)) under Appendix VDA if eligible, or make arrangements to leave.',
  },
  'explain.vda': {
    survivor:
      'You came to the UK as the partner of a British citizen, a settled person or a refugee. Or you came as a partner with EU status. If your relationship ended because of abuse, you may be able to stay for good. This is called settlement. An immigration adviser can check.',
    professional:
      'Appendix Victim of Domestic Abuse (from 31 January 2024; guidance v18.0): settlement where the relationship broke down because of domestic abuse, for those last granted permission as a partner of a British citizen, settled person or EEA pre-settled national (Appendix FM, not fiancé(e)), Appendix EU spouse or partner, partner of a refugee, and others (VDA 4.1). In-country on form SET(DV); applications from outside the UK possible.',
  },
  'explain.vda.worker-partner': {
    survivor: 'You came as the partner of a worker, student or graduate. So you cannot use the domestic abuse route to stay for good. An immigration adviser can look at other ways to stay.',
    professional: 'Partners of workers, students and graduates are outside Appendix VDA and cannot apply for ILR under it.',
  },
  'explain.vda.if-partner': {
    survivor: 'Did you come to the UK as someone’s partner? If the relationship ended because of abuse, you may be able to stay for good. An immigration adviser can check.',
    professional: 'Appendix VDA may apply if the last permission was on a qualifying partner route (VDA 4.1).',
  },
  'explain.eu.working': {
    survivor:
      'You have pre-settled status and you work. Work can give you a "right to reside". You need this for most benefits and for council help with housing. An adviser can check.',
    professional:
      'Pre-settled status alone is not a qualifying right to reside (Fratila v SSWP [2021] UKSC 53); worker or self-employed status is. Part 7 eligibility follows reg 6 of the Eligibility Regulations. Later case law unverified.',
  },
  'explain.eu.not-working': {
    survivor:
      'With pre-settled status alone, you cannot get most benefits. You also need a "right to reside". You may have one if you are a family member who kept a right to reside, or you care for a child in school. An adviser can check.',
    professional:
      'Pre-settled status alone is not a qualifying right to reside (Fratila v SSWP [2021] UKSC 53); consider a retained right to reside as a family member, or primary carer of a child in education. Part 7 eligibility follows reg 6 of the Eligibility Regulations. Later case law unverified.',
  },
  'step.ask-right-to-reside': {
    survivor: 'Ask an adviser if you have a "right to reside".',
    professional: 'Establish a qualifying right to reside for the benefits claim or Part 7 application.',
  },
  'explain.smv.priority': {
    survivor:
      'The Support for Migrant Victims scheme can pay for a safe place to stay for up to 12 weeks, and some money each week. It is for migrant victims who cannot get public funds and have no money. People with no other way to stay in the UK come first. We do not know if it still runs in the same way.',
    professional:
      'SMV (Home Office-funded, run by Southall Black Sisters): migrant victims with NRPF who are destitute, priority to those without a route to settlement; safe accommodation up to 12 weeks (plus 4 in exceptional hardship), subsistence at the asylum support rate, IDVA and welfare support, signposting to immigration advice. Funding after March 2025 unverified.',
  },
  'explain.smv.bridging': {
    survivor:
      'The Support for Migrant Victims scheme can pay for a safe place to stay and some money each week. It is mainly for people with no other way to stay in the UK. Sometimes it helps for a short time while you wait for other support. We do not know if it still runs in the same way.',
    professional:
      'SMV gives priority to those without a route to settlement; bridging support may be given in exceptional cases to people eligible for MVDAC, asylum support or local authority support. Funding after March 2025 unverified.',
  },
  'explain.smv.unclear': {
    survivor:
      'If you cannot get public funds and have no money, the Support for Migrant Victims scheme may help with a safe place to stay and money. We do not know if it still runs in the same way.',
    professional: 'SMV: for migrant victims with NRPF who are destitute; eligibility depends on immigration status. Funding after March 2025 unverified.',
  },
  'step.ask-referral-smv': {
    survivor: 'A support worker must refer you. For example, someone at a domestic abuse service or the council. You cannot apply yourself.',
    professional: 'Referral only by a third-sector agency, local authority or statutory body, with an assessment form confirming abuse, destitution and NRPF.',
  },

  // --- added to every option whose basis facts.md marks verify ------------------------------
  'step.check-with-adviser': {
    survivor: 'Some of this may be out of date. Check it with an adviser before you rely on it.',
    professional: 'Part of this rests on a dated or unconfirmed source: confirm the current position before relying on it.',
  },

  // --- generic contacts (contacts.ts) -------------------------------------------------------
  'contact.council-housing': {
    survivor: 'A council housing team, often called "housing options". See "Help from a council".',
    professional: 'A local housing authority’s homelessness or housing options service (Housing Act 1996 Part 7).',
  },
  'contact.council-childrens-services': {
    survivor: 'The council’s children’s services (children’s social care).',
    professional: 'Local authority children’s social care (Children Act 1989 s17).',
  },
  'contact.council-adult-social-care': {
    survivor: 'The council’s adult social care team.',
    professional: 'Local authority adult social care (Care Act 2014).',
  },
  'contact.immigration-adviser': {
    survivor: 'A qualified immigration adviser. Only they are allowed to give immigration advice.',
    professional: 'A qualified immigration adviser (IAA 1999 s84).',
  },
  'contact.referring-agency': {
    survivor: 'A support worker who can refer you. For example, someone at a domestic abuse service or the council.',
    professional: 'A third-sector agency, local authority or statutory body able to make a professional referral.',
  },
  'contact.family-law-solicitor': {
    survivor: 'A family law solicitor who does legal aid work.',
    professional: 'A family law solicitor with legal aid (Family Law Act 1996 Part IV orders).',
  },
  // --- option titles ------------------------------------------------------------------------
  'title.emergency': { survivor: 'Help in an emergency', professional: 'Emergency: 999, Silent Solution, 999 BSL' },
  'title.helpline': { survivor: 'Talk to a helpline', professional: 'Helplines' },
  'title.young-person': { survivor: 'Help for young people', professional: 'Children and young people' },
  'title.lgbtq-support': { survivor: 'Help for LGBT+ people', professional: 'LGBT+ specialist support' },
  'title.deaf-support': { survivor: 'Help for Deaf people, in BSL', professional: 'Deaf and BSL routes' },
  'title.by-and-for-minoritised': { survivor: 'Help from Black and minority women’s services', professional: 'By-and-for services for Black and minoritised women' },
  'title.jewish-support': { survivor: 'Help for Jewish women', professional: 'Specialist support for Jewish women' },
  'title.honour-based-abuse': { survivor: 'Help with forced marriage and “honour”-based abuse', professional: 'Forced marriage and honour-based abuse' },
  'title.refuge': { survivor: 'A place in a refuge', professional: 'Refuge accommodation' },
  'title.homelessness-help': { survivor: 'Help from a council if you are homeless', professional: 'Homelessness assistance (Housing Act 1996 Part 7)' },
  'title.priority-need': { survivor: 'Being a priority for help', professional: 'Priority need (Domestic Abuse Act 2021 s78)' },
  'title.interim-accommodation': { survivor: 'Emergency housing from the council', professional: 'Interim accommodation (HA 1996 s188)' },
  'title.no-referral-to-risk': { survivor: 'Asking any council for help', professional: 'No referral back to an area of risk (HA 1996 s198(2)(c))' },
  'title.pan-london-reciprocal': { survivor: 'Moving to a social home in another borough', professional: 'Pan-London Housing Reciprocal' },
  'title.lifetime-tenancy': { survivor: 'Keeping a lifetime tenancy if you move', professional: 'Lifetime tenancies on rehousing (DA Act 2021 s79)' },
  'title.sanctuary-scheme': { survivor: 'Making your home safer', professional: 'Sanctuary schemes' },
  'title.occupation-order': { survivor: 'A court order about who lives in the home', professional: 'Occupation order (FLA 1996 Part IV)' },
  'title.non-molestation-order': { survivor: 'A court order to protect you', professional: 'Non-molestation order (FLA 1996 Part IV)' },
  'title.children-s17': { survivor: 'Help from children’s services', professional: 'Children Act 1989 s17 support' },
  'title.care-act': { survivor: 'Help if you are disabled or need care', professional: 'Care Act 2014 assessment and support' },
  'title.human-rights-assessment': { survivor: 'A check on your human rights', professional: 'Human rights assessment (NIAA 2002 Schedule 3)' },
  'title.asylum-support': { survivor: 'Asylum support', professional: 'Asylum support (IAA 1999 s95, s98, s4) and domestic abuse' },
  'title.immigration-advice': { survivor: 'Immigration advice', professional: 'Regulated immigration advice (IAA 1999 s84)' },
  'title.mvdac': { survivor: 'The domestic abuse concession (3 months to stay, with public funds)', professional: 'Migrant Victims of Domestic Abuse Concession (MVDAC)' },
  'title.appendix-vda': { survivor: 'Staying in the UK for good after abuse', professional: 'Appendix Victim of Domestic Abuse (settlement)' },
  'title.eu-right-to-reside': { survivor: 'Benefits and housing with EU status', professional: 'EU pre-settled status and the right to reside' },
  'title.smv': { survivor: 'Support for Migrant Victims scheme', professional: 'Support for Migrant Victims (SMV) scheme' },
  'title.housing-first': { survivor: 'Housing First', professional: 'London VAWG Housing First pilot' },

  // --- questions and answers (the checker's form) ------------------------------------------------
  'answer.yes': { survivor: 'Yes', professional: 'Yes' },
  'answer.no': { survivor: 'No', professional: 'No' },
  'answer.not-sure': { survivor: 'I’m not sure', professional: 'Not known' },
  'answer.prefer-not-to-say': { survivor: 'I’d prefer not to say', professional: 'Not disclosed' },

  'question.danger': { survivor: 'Are you in danger now?', professional: 'Is the person in immediate danger?' },
  'question.status': { survivor: 'What is your immigration status?', professional: 'Immigration status' },
  'hint.status': {
    survivor: 'This changes what help you can get. If you do not know, choose “I’m not sure”. An adviser can find out.',
    professional: 'Last grant of permission, as far as known.',
  },
  'answer.status.british-or-irish': { survivor: 'British or Irish citizen', professional: 'British or Irish citizen' },
  'answer.status.settled': { survivor: 'Settled status, or indefinite leave to remain', professional: 'EUSS settled status or indefinite leave to remain' },
  'answer.status.eu-pre-settled': { survivor: 'Pre-settled status (EU Settlement Scheme)', professional: 'EUSS pre-settled status' },
  'answer.status.partner-visa-british-settled': {
    survivor: 'Partner visa: I came to live with my partner, who is British or settled',
    professional: 'Partner (Appendix FM) of a British citizen or settled person',
  },
  'answer.status.appendix-eu-family': {
    survivor: 'EU family: I got my status because my partner is from the EU',
    professional: 'Appendix EU family member (spouse, civil or durable partner)',
  },
  'answer.status.partner-of-refugee': { survivor: 'I came to be with a partner who is a refugee', professional: 'Partner of a refugee' },
  'answer.status.partner-of-worker-student-graduate': {
    survivor: 'I came with a partner who is here to work or study, or on a graduate visa',
    professional: 'Partner of a worker, student or graduate',
  },
  'answer.status.other-visa-nrpf': { survivor: 'Another visa that says “no public funds”', professional: 'Other leave with a no recourse to public funds condition' },
  'answer.status.seeking-asylum': { survivor: 'I have asked for asylum', professional: 'Seeking asylum' },
  'answer.status.refugee-or-humanitarian-protection': { survivor: 'Refugee status or humanitarian protection', professional: 'Refugee status or humanitarian protection' },
  'answer.status.no-status': {
    survivor: 'No permission to stay now, for example my visa has run out',
    professional: 'No current leave (overstayer or undocumented)',
  },

  'question.publicFunds': { survivor: 'Does your visa say “no public funds”?', professional: 'Is the leave subject to a no recourse to public funds condition?' },
  'hint.publicFunds': {
    survivor: 'Public funds are most benefits and council help with housing.',
    professional: 'Section 115(9)(b) Immigration and Asylum Act 1999.',
  },
  'answer.publicFunds.no-public-funds': { survivor: 'Yes, it says “no public funds”', professional: 'Yes: NRPF condition' },
  'answer.publicFunds.has-public-funds': { survivor: 'No, I can get public funds', professional: 'No: access to public funds' },

  'question.working': { survivor: 'Are you working, or self-employed?', professional: 'Working or self-employed?' },
  'hint.working': { survivor: 'With EU status, work can change what help you can get.', professional: 'Relevant to a right to reside.' },

  'question.housing': { survivor: 'Where do you live now?', professional: 'Current housing' },
  'answer.housing.social-tenant': { survivor: 'I rent from a council or housing association in London', professional: 'Social tenant in London (council or housing association)' },
  'answer.housing.private-renter': { survivor: 'I rent from a private landlord', professional: 'Private renter' },
  'answer.housing.owner': { survivor: 'I own my home, or own it with someone', professional: 'Owner or joint owner' },
  'answer.housing.staying-with-others': { survivor: 'I am staying with friends or family', professional: 'Staying with friends or family' },
  'answer.housing.no-home': { survivor: 'I have nowhere to live', professional: 'No accommodation' },

  'question.livingWithAbuser': { survivor: 'Does the person harming you live with you?', professional: 'Does the perpetrator live in the home?' },
  'question.home': { survivor: 'Do you want to stay in your home, or leave?', professional: 'Does the person want to stay in the home or leave?' },
  'answer.home.stay': { survivor: 'I want to stay', professional: 'Stay' },
  'answer.home.leave': { survivor: 'I want to leave, or I have left', professional: 'Leave, or has left' },

  'question.children': {
    survivor: 'Do you have children with you, or children who will come with you?',
    professional: 'Children in the household, or who will move with the person?',
  },
  'question.childrenDetails': { survivor: 'Does one of these fit your children?', professional: 'Children: family size and ages' },
  'hint.childrenDetails': {
    survivor: 'This helps find a place where all of you can stay.',
    professional: 'Relevant when refuge vacancies are searched.',
  },
  'answer.childrenDetails.more-than-two': { survivor: 'I have more than two children', professional: 'More than two children' },
  'answer.childrenDetails.son-12-or-over': { survivor: 'I have a son aged 12 or over', professional: 'A son aged 12 or over' },
  'answer.childrenDetails.both': { survivor: 'Both of these', professional: 'Both' },
  'answer.childrenDetails.neither': { survivor: 'Neither of these', professional: 'Neither' },

  'question.gender': { survivor: 'What is your gender?', professional: 'Gender' },
  'answer.gender.woman': { survivor: 'Woman', professional: 'Woman' },
  'answer.gender.man': { survivor: 'Man', professional: 'Man' },
  'answer.gender.non-binary-or-other': { survivor: 'Non-binary, or I use another word', professional: 'Non-binary or another identity' },

  'question.age': { survivor: 'How old are you?', professional: 'Age' },
  'answer.age.under-16': { survivor: 'Under 16', professional: 'Under 16' },
  'answer.age.16-17': { survivor: '16 or 17', professional: '16 or 17' },
  'answer.age.18-or-over': { survivor: '18 or over', professional: '18 or over' },

  'question.lgbtq': { survivor: 'Are you lesbian, gay, bisexual, trans or queer (LGBT+)?', professional: 'LGBT+?' },
  'question.deaf': { survivor: 'Are you Deaf, or do you use British Sign Language (BSL)?', professional: 'Deaf or a BSL user?' },
  'question.disabled': { survivor: 'Are you disabled, or do you need care and support?', professional: 'Disabled, or appears to need care and support?' },
  'question.otherLanguage': { survivor: 'Would you like help in a language other than English?', professional: 'Needs support in a language other than English?' },
  'question.community': { survivor: 'Would a service for your community help you?', professional: 'Community-specific (by-and-for) support wanted?' },
  'answer.community.black-or-minoritised': { survivor: 'Yes: for Black, Asian or minority women', professional: 'Black and minoritised women' },
  'answer.community.jewish': { survivor: 'Yes: for Jewish women', professional: 'Jewish women' },
  'answer.community.none-of-these': { survivor: 'No, none of these', professional: 'None of these' },
  'question.honourBasedAbuse': { survivor: 'Are you facing forced marriage, or abuse in the name of “honour”?', professional: 'Forced marriage or honour-based abuse?' },
  'question.multipleDisadvantage': {
    survivor: 'Are you dealing with many problems at once? For example, being homeless, your mental health, or drink or drugs.',
    professional: 'Multiple disadvantage (for example homelessness, mental health, substance use)?',
  },
} satisfies Record<string, Wording>;

export type TextKey = keyof typeof text;
