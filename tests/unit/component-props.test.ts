import { describe, expect, test } from 'vitest';
import { calloutTypes, oneOf } from '../../src/lib/component-props.ts';

describe('MDX component props', () => {
  test('a wrong callout type names the component, the prop and the allowed values', () => {
    expect(oneOf('Callout', 'type', 'warning', calloutTypes)).toBe('warning');
    expect(() => oneOf('Callout', 'type', 'danger', calloutTypes)).toThrow(
      '<Callout>: type="danger" is not allowed. Use one of: info, warning, emergency.',
    );
    expect(() => oneOf('Callout', 'type', undefined, calloutTypes)).toThrow('type=undefined is not allowed');
  });
});
