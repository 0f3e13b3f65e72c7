/**
 * One fact map: `fill()` ({placeholders} in YAML) and `<Fact name>` (MDX) read the same facts,
 * and every <Fact name="…"> in content/ names one of them. (astro check does not type-check MDX,
 * so this test and the build check the names there.)
 */
import { describe, expect, test } from 'vitest';
import { fact, facts, fill, type FactName } from '../../src/lib/content/fill';
import { readPages, readRegistry } from '../tools/content.ts';

const registry = readRegistry();

describe('the fact map', () => {
  test('every fact has a value from content/registry.yaml', () => {
    for (const [name, value] of Object.entries(facts(registry))) expect(value, name).not.toBe('');
    expect(fact('deadlineDays', registry)).toBe(String(registry.deadlineDays));
    expect(fact('helsenorgeSupportPhone', registry)).toBe(registry.helsenorgeSupport.phone);
  });
  test('fill() knows every fact <Fact> knows', () => {
    for (const name of Object.keys(facts(registry)) as FactName[]) {
      expect(fill(`{${name}}`, registry)).toBe(fact(name, registry));
    }
  });
  test('an unknown name is an error, not an empty string', () => {
    expect(() => fact('frist' as FactName, registry)).toThrow(/Unknown fact "frist"/);
  });
  test('every <Fact name> in content/ is a known fact', () => {
    const known = Object.keys(facts(registry));
    const used = readPages().flatMap((p) =>
      [...p.body.matchAll(/<Fact\s+name="([^"]*)"/g)].map((m) => `${p.file}: ${m[1]}`),
    );
    expect(used.length).toBeGreaterThan(5);
    expect(used.filter((u) => !known.includes(u.split(': ')[1]!))).toEqual([]);
  });
});
