/**
 * Who an option tells the reader to contact.
 *
 * A service contact is the id of a record in content/services/<id>.yaml (a unit test checks each
 * file exists), so its number, hours and sources come from the one sourced record.
 *
 * A generic contact stands for a kind of service that has no single record: a council team, an
 * adviser, a referring agency. Each has text under `contact.<id>` in text.en.ts saying what it means
 * and how to find one. None carries a phone number: no number is invented.
 */

export const serviceContacts = [
  'emergency-services',
  '999-bsl',
  'national-domestic-abuse-helpline',
  'mens-advice-line',
  'galop',
  'victim-support',
  'southall-black-sisters',
  'jewish-womens-aid',
  'karma-nirvana',
  'forced-marriage-unit',
  'migrant-help',
  'asylum-support-appeals-project',
  'childline',
  'nspcc-helpline',
  'safer-london',
  'signhealth-domestic-abuse-service',
  'rights-of-women',
  'praxis',
  'project-17',
  'nrpf-network',
  'shelter',
  'solace',
] as const;

export const genericContacts = [
  /** The council's homelessness (housing options) team: content/en/council-help.mdx. */
  'council-housing',
  /** The council's children's services (children's social care), for a s17 assessment. */
  'council-childrens-services',
  /** The council's adult social care, for a Care Act assessment. */
  'council-adult-social-care',
  /** A qualified immigration adviser (IAA 1999 s84). */
  'immigration-adviser',
  /** A domestic abuse service, council or other statutory body that can refer (SMV, Reciprocal). */
  'referring-agency',
  /** A family law solicitor who does legal aid (protection orders). */
  'family-law-solicitor',
] as const;

export type ServiceContact = (typeof serviceContacts)[number];
export type GenericContact = (typeof genericContacts)[number];
export type ContactId = ServiceContact | GenericContact;

export function isGenericContact(id: ContactId): id is GenericContact {
  return (genericContacts as readonly string[]).includes(id);
}
