/** Look up a service record for a component, failing the build with a message an editor can act on. */
import { getCollection, getEntry } from 'astro:content';
import { ComponentPropError } from '../lib/component-props.ts';
import type { ServiceData } from '../lib/service-schema.ts';

export async function requireService(component: string, id: unknown): Promise<ServiceData> {
  if (typeof id !== 'string' || id === '') {
    throw new ComponentPropError(component, 'service="…" is required: the file name of a record in content/services/, without .yaml.');
  }
  const entry = await getEntry('services', id);
  if (!entry) {
    const known = (await getCollection('services')).map((e) => e.id).sort();
    throw new ComponentPropError(component, `service="${id}" is not in content/services/. Known services: ${known.join(', ')}.`);
  }
  return entry.data;
}
