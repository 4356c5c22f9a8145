/**
 * Checks on the props content authors pass to MDX components. A mistake fails the build with a
 * message naming the component, the prop and what was expected, not a stack trace.
 */
import { phoneLink, type PhoneLink } from './phone.ts';

export class ComponentPropError extends Error {
  constructor(component: string, message: string) {
    super(`<${component}>: ${message}`);
    this.name = 'ComponentPropError';
  }
}

export function oneOf<T extends string>(component: string, prop: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ComponentPropError(
    component,
    `${prop}=${JSON.stringify(value)} is not allowed. Use one of: ${allowed.join(', ')}.`,
  );
}

export const calloutTypes = ['info', 'warning', 'emergency'] as const;
export type CalloutType = (typeof calloutTypes)[number];

export interface ContactCardInput {
  name?: unknown;
  phone?: unknown;
  hours?: unknown;
  source?: unknown;
  checked?: unknown;
}

export interface ContactCardData {
  name: string;
  phone: PhoneLink;
  /** Opening hours as the source states them; undefined when not confirmed. */
  hours: string | undefined;
  source: string;
  checked: Date;
}

/**
 * A contact card's props, checked. Every phone number needs its source and the date it was checked
 * (DESIGN.md rule 6); hours are optional and, when absent, readers are told to check with the service.
 */
export function contactCard(input: ContactCardInput): ContactCardData {
  const c = 'ContactCard';
  const missing = (['name', 'phone', 'source', 'checked'] as const).filter(
    (k) => typeof input[k] !== 'string' || (input[k] as string).trim() === '',
  );
  if (missing.length > 0) {
    throw new ComponentPropError(
      c,
      `missing ${missing.join(', ')}. Every contact needs name, phone, source (the web address the number comes from) and checked (YYYY-MM-DD).`,
    );
  }
  const source = String(input.source);
  if (!/^https?:\/\//.test(source)) {
    throw new ComponentPropError(c, `source="${source}" must be a full web address starting with https://.`);
  }
  const checked = String(input.checked);
  const date = new Date(`${checked}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(checked) || Number.isNaN(date.getTime())) {
    throw new ComponentPropError(c, `checked="${checked}" must be a date written as YYYY-MM-DD.`);
  }
  let phone: PhoneLink;
  try {
    phone = phoneLink(String(input.phone));
  } catch (error) {
    throw new ComponentPropError(c, `phone: ${(error as Error).message}`);
  }
  const hours = typeof input.hours === 'string' && input.hours.trim() !== '' ? input.hours.trim() : undefined;
  return { name: String(input.name), phone, hours, source, checked: date };
}
