import { expect, test } from 'vitest';
import { servicesMentioned } from '../../src/lib/services-mentioned.ts';

test('services named by Phone and ContactCard are found once each, in order of first mention', () => {
  const mdx = [
    'Call <Phone service="emergency-services" /> now.',
    '<ContactCard service="national-domestic-abuse-helpline">Free.</ContactCard>',
    'Or <Phone  service="emergency-services"/> again, and <Phone service="galop" />.',
    'A service="not-a-component" attribute elsewhere is ignored.',
  ].join('\n');
  expect(servicesMentioned(mdx)).toEqual(['emergency-services', 'national-domestic-abuse-helpline', 'galop']);
  expect(servicesMentioned('No services here.')).toEqual([]);
});
