import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { councilCodes, councilSchema } from '../../src/lib/councils.ts';

const dir = new URL('../../content/councils/', import.meta.url);
const records = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: f, data: councilSchema.parse(parse(readFileSync(new URL(f, dir), 'utf8'))) }));

describe('London councils', () => {
  test('there is one record for each of the 33 councils, E09000001 to E09000033', () => {
    expect(records.map((r) => r.data.gss).sort()).toEqual([...councilCodes]);
  });

  test('each record names its council, and the file is named after it', () => {
    for (const { file, data } of records) {
      expect(file).toBe(`${data.name.toLowerCase().replace(/[^a-z]+/g, '-')}.yaml`);
    }
  });

  test('the two definitions of inner London are kept apart where they differ', () => {
    const get = (name: string) => records.find((r) => r.data.name === name)!.data;
    expect([get('Greenwich').statutory, get('Greenwich').ons]).toEqual(['inner', 'outer']);
    expect([get('Haringey').statutory, get('Haringey').ons]).toEqual(['outer', 'inner']);
    expect([get('Newham').statutory, get('Newham').ons]).toEqual(['outer', 'inner']);
    expect(records.filter((r) => r.data.statutory === 'inner')).toHaveLength(13); // 12 boroughs and the City
  });

  test('a wrong code is refused', () => {
    const bad = councilSchema.safeParse({ ...records[0]!.data, gss: 'E09000034' });
    expect(bad.success).toBe(false);
  });
});
