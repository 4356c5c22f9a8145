import { describe, expect, test } from 'vitest';
import { serviceSchema } from '../../src/lib/service-schema.ts';
import { serviceIds, serviceRecord } from '../tools/content-pages.ts';

const valid = {
  name: 'National Domestic Abuse Helpline',
  about: 'Free, confidential support.',
  needs: ['domestic-abuse'],
  phone: { display: '0808 2000 247', status: 'confirmed' },
  sources: [{ title: 'Refuge', url: 'https://refuge.org.uk/', checked: '2026-11-23' }],
};

const problems = (data: unknown) => {
  const r = serviceSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message));
};

describe('service records', () => {
  test.each(serviceIds())('content/services/%s.yaml is valid', (id) => {
    expect(problems(serviceRecord(id))).toEqual([]);
  });

  test('a mistyped number fails, naming the field', () => {
    expect(problems({ ...valid, phone: { display: '0808 2000 24', status: 'confirmed' } })).toEqual([
      'phone.display: "0808 2000 24" is not a valid UK phone number: check each digit against the source.',
    ]);
  });

  test('a record with no way to reach the service fails', () => {
    const { phone: _p, ...noContact } = valid;
    expect(problems(noContact)).toEqual(['a service needs a phone number or a website: otherwise readers cannot reach it']);
  });

  test('a record has no place for an address: an address field is refused', () => {
    expect(problems({ ...valid, address: '1 High Street, London' }).join()).toMatch(/address/);
  });

  test('a number without a source is refused', () => {
    expect(problems({ ...valid, sources: [] })).toEqual(['sources: sources needs at least one entry: where the contact details come from']);
  });

  test('hours and numbers say whether they are confirmed', () => {
    expect(problems({ ...valid, hours: { text: '24/7' } }).join()).toMatch(/hours.status/);
  });

  test('an unknown group fails, listing the groups allowed', () => {
    expect(problems({ ...valid, groups: ['lgbt'] }).join()).toMatch(/^groups\.0: groups may only contain: women, men, lgbtq/);
  });

  test('an unknown need fails, and a record must say what it helps with', () => {
    expect(problems({ ...valid, needs: ['shelter'] }).join()).toMatch(/^needs\.0: needs may only contain: emergency/);
    expect(problems({ ...valid, needs: [] }).join()).toMatch(/needs must list at least one/);
  });

  test('an unknown council fails: areas name London councils by GSS code', () => {
    expect(problems({ ...valid, area: { councils: ['E09000034'] } }).join()).toMatch(/E09000001 to E09000033/);
    expect(problems({ ...valid, area: { councils: ['E09000012'] } })).toEqual([]);
  });

  test('hours that do not parse fail, and so do hours the library would guess at', () => {
    expect(problems({ ...valid, hours: { text: 'x', status: 'confirmed', openingHours: 'Mo-Fx 09:00-17:00' } }).join()).toMatch(
      /^hours\.openingHours: "Mo-Fx 09:00-17:00" is not valid opening_hours syntax/,
    );
    // "9-5" would be read as 09:00 to 05:00.
    expect(problems({ ...valid, hours: { text: 'x', status: 'confirmed', openingHours: 'Mo-Fr 9-5' } }).join()).toMatch(/Single-digit hour/);
  });

  test('a source without a date checked, or checked in the future, fails', () => {
    expect(problems({ ...valid, sources: [{ title: 'Refuge', url: 'https://refuge.org.uk/' }] }).join()).toMatch(/sources\.0\.checked: checked must be a date/);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(problems({ ...valid, sources: [{ title: 'Refuge', url: 'https://refuge.org.uk/', checked: tomorrow }] }).join()).toMatch(
      /sources\.0\.checked: checked is in the future/,
    );
  });

  test('a service that offers somewhere to stay may not carry anything that looks like an address', () => {
    const refuge = { ...valid, needs: ['refuge'] };
    expect(problems({ ...refuge, about: 'Our refuge at 12 Acacia Avenue takes women and children.' }).join()).toMatch(
      /^about: "12 Acacia Avenue" looks like a street address\. A service that offers somewhere to stay must never show an address/,
    );
    expect(problems({ ...refuge, hours: { text: 'Drop in at E8 1AB', status: 'confirmed' } }).join()).toMatch(/^hours\.text: "E8 1AB" looks like a postcode/);
    expect(problems({ ...refuge, about: 'Refuges for women and children across London.' })).toEqual([]);
  });

  test('languages are real language codes', () => {
    expect(problems({ ...valid, languages: ['pl', 'bfi', 'ku'] })).toEqual([]);
    expect(problems({ ...valid, languages: ['polish'] }).join()).toMatch(/languages must be BCP 47 codes/);
  });

  test('contact routes say who may use them', () => {
    expect(problems({ ...valid, routes: [{ type: 'referral', status: 'confirmed' }] }).join()).toMatch(/routes\.0\.who/);
    expect(problems({ ...valid, routes: [{ type: 'fax', who: 'anyone', status: 'confirmed' }] }).join()).toMatch(/routes\[\]\.type must be one of/);
  });
});

describe('the directory covers the research', () => {
  // Every service in ../shared/research/facts.md section 5 with a sourced phone number or website.
  const expected = [
    'national-domestic-abuse-helpline', 'mens-advice-line', 'galop', 'karma-nirvana', 'forced-marriage-unit',
    'national-stalking-helpline', 'respect-phoneline', 'rape-crisis-247-support-line', 'samaritans', 'childline',
    'nspcc-helpline', 'signhealth-domestic-abuse-service', '999-bsl', 'southall-black-sisters', 'lawrs', 'ashiana-network',
    'ikwro', 'jewish-womens-aid', 'muslim-womens-network-helpline', 'solace', 'bright-sky', 'rights-of-women', 'shelter',
    'safer-london', 'victim-support', 'london-victim-and-witness-service', 'womens-aid-live-chat', 'project-17',
    'nrpf-network', 'praxis', 'asylum-support-appeals-project', 'migrant-help', 'emergency-services',
  ];

  test.each(expected)('%s has a record', (id) => {
    expect(serviceIds()).toContain(id);
  });

  test('every accommodation service, and every record, is free of addresses', () => {
    for (const id of serviceIds()) expect(JSON.stringify(serviceRecord(id))).not.toMatch(/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/);
  });
});
