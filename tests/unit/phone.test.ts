import { describe, expect, test } from 'vitest';
import { phoneLink } from '../../src/lib/phone.ts';

describe('phone numbers', () => {
  test('a published number keeps its written form and dials in E.164', () => {
    expect(phoneLink('0808 2000 247')).toEqual({ display: '0808 2000 247', href: 'tel:+448082000247' });
    expect(phoneLink('020 7008 0151')).toEqual({ display: '020 7008 0151', href: 'tel:+442070080151' });
  });

  test('999 and 112 are allowed as emergency codes', () => {
    expect(phoneLink('999').href).toBe('tel:999');
    expect(phoneLink('112').href).toBe('tel:112');
  });

  test('a wrong digit count or a non-number is refused, not published', () => {
    expect(() => phoneLink('0808 2000 24')).toThrow(/not a valid UK phone number/);
    expect(() => phoneLink('call us')).toThrow(/not a phone number/);
    expect(() => phoneLink('101 55')).toThrow();
  });
});
