import { describe, expect, test } from 'vitest';
import { calloutTypes, contactCard, oneOf } from '../../src/lib/component-props.ts';

const valid = {
  name: 'National Domestic Abuse Helpline',
  phone: '0808 2000 247',
  hours: '24 hours a day',
  source: 'https://refuge.org.uk/',
  checked: '2026-11-23',
};

describe('MDX component props', () => {
  test('a wrong callout type names the component, the prop and the allowed values', () => {
    expect(oneOf('Callout', 'type', 'warning', calloutTypes)).toBe('warning');
    expect(() => oneOf('Callout', 'type', 'danger', calloutTypes)).toThrow(
      '<Callout>: type="danger" is not allowed. Use one of: info, warning, emergency.',
    );
  });

  test('a contact card gives a dialable link and keeps the published form', () => {
    const card = contactCard(valid);
    expect(card.phone).toEqual({ display: '0808 2000 247', href: 'tel:+448082000247' });
    expect(card.checked.toISOString().slice(0, 10)).toBe('2026-11-23');
  });

  test('a contact card without a source or checked date fails, naming what is missing', () => {
    const { source: _s, checked: _c, ...noSource } = valid;
    expect(() => contactCard(noSource)).toThrow('<ContactCard>: missing source, checked.');
  });

  test('a contact card with a bad date, source or number fails with what was expected', () => {
    expect(() => contactCard({ ...valid, checked: '23/11/2026' })).toThrow('checked="23/11/2026" must be a date written as YYYY-MM-DD');
    expect(() => contactCard({ ...valid, source: 'refuge.org.uk' })).toThrow('must be a full web address starting with https://');
    expect(() => contactCard({ ...valid, phone: '0808 2000 24' })).toThrow('<ContactCard>: phone: "0808 2000 24" is not a valid UK phone number');
  });

  test('hours that are not confirmed are left empty, not guessed', () => {
    expect(contactCard({ ...valid, hours: '' }).hours).toBeUndefined();
    expect(contactCard({ ...valid, hours: undefined }).hours).toBeUndefined();
  });
});
