import { expect, test } from 'vitest';
import { servicesMentioned } from '../../src/lib/services-mentioned.ts';

test('services named by Phone, ContactCard and EasyReadContact are found once each, in order of first mention', () => {
  const mdx = [
    'Call <Phone service="emergency-services" /> now.',
    '<ContactCard service="national-domestic-abuse-helpline">Free.</ContactCard>',
    'Or <Phone  service="emergency-services"/> again, and <Phone service="galop" />.',
    '<EasyReadContact service="childline" picture="telephone">You can call Childline.</EasyReadContact>',
    'A service="not-a-component" attribute elsewhere is ignored.',
  ].join('\n');
  expect(servicesMentioned(mdx)).toEqual(['emergency-services', 'national-domestic-abuse-helpline', 'galop', 'childline']);
  expect(servicesMentioned('No services here.')).toEqual([]);
});
