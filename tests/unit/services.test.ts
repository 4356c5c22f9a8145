import { describe, expect, test } from 'vitest';
import { serviceSchema } from '../../src/lib/service-schema.ts';
import { serviceIds, serviceRecord } from '../tools/content-pages.ts';

const valid = {
  name: 'National Domestic Abuse Helpline',
  about: 'Free, confidential support.',
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
});
