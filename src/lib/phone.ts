/**
 * Phone numbers as people see them and as phones dial them.
 *
 * A service publishes its number in a form people remember ("0808 2000 247"); libphonenumber-js
 * checks that form is a real UK number and gives the E.164 form for the `tel:` link. Short emergency
 * codes (999, 112) are not numbers the library validates, so they are allowed by name.
 */
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';

/**
 * UK short codes the site may publish, which the library does not validate as numbers: the emergency
 * numbers, and 116 123 (Samaritans, a European harmonised number for services of social value).
 */
export const shortCodes = ['999', '112', '116 123'] as const;

export interface PhoneLink {
  /** As published by the service, kept as written. */
  display: string;
  /** `tel:` URL with the E.164 number. */
  href: string;
}

export function phoneLink(display: string): PhoneLink {
  const trimmed = display.trim();
  if ((shortCodes as readonly string[]).includes(trimmed)) {
    return { display: trimmed, href: `tel:${trimmed.replace(/ /g, '')}` };
  }
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(trimmed, 'GB');
  } catch (cause) {
    throw new Error(`"${display}" is not a phone number: write it as the service publishes it, for example 0808 2000 247.`, {
      cause,
    });
  }
  if (!parsed.isValid()) {
    throw new Error(`"${display}" is not a valid UK phone number: check each digit against the source.`);
  }
  return { display: trimmed, href: `tel:${parsed.number}` };
}
