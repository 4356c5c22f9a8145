/**
 * Checks on the props content authors pass to MDX components. A mistake fails the build with a
 * message naming the component, the prop and what was expected, not a stack trace.
 */
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
