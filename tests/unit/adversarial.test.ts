/**
 * The composer against the hostile and legitimate lists in tests/privacy/, with the setting in
 * content/registry.yaml and with a setting that lets everything through (so that the
 * personal-data checks alone are measured). Prints the figures.
 */
import { describe, expect, it } from 'vitest';
import { registrySchema } from '../../src/lib/content/schemas';
import { readYaml } from '../tools/content';
import { evaluate, PERMISSIVE, report } from '../privacy/evaluate';
import { hostileInputs, type Category } from '../privacy/hostile-inputs';
import { legitimateInputs } from '../privacy/legitimate-inputs';

const registry = registrySchema.parse(readYaml('registry.yaml'));
/** The deployment's PID setting, with its bokmål description (the messages the tests read are bokmål). */
const REGISTRY_SETTING = { ...registry.pid, description: registry.pid.description.nb };
const TODAY = new Date().toISOString().slice(0, 10);

describe('adversarial lists', () => {
  it('has at least 150 hostile inputs in every category of the issue, and at least 60 legitimate ones', () => {
    const hostile = hostileInputs(TODAY);
    expect(hostile.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(hostile.map((c) => c.category));
    const all: Category[] = [
      'fødselsnummer',
      'D-, H- og syntetiske numre',
      'del av fødselsnummer',
      'dato',
      'fødselsdato i tekst',
      'telefon',
      'e-post',
      'postnummer og sted',
      'navn',
      'usynlige tegn og andre skrifter',
      'lang innliming',
      'datofeltet',
    ];
    expect([...categories].sort()).toEqual([...all].sort());
    expect(legitimateInputs(TODAY).length).toBeGreaterThanOrEqual(60);
  });

  for (const [name, setting] of [
    [`the setting in content/registry.yaml (${registry.pid.pattern})`, REGISTRY_SETTING],
    ['a setting that lets every character through', PERMISSIVE],
  ] as const) {
    it(`with ${name}: nothing reaches the e-mail, nothing is blocked silently`, () => {
      const figures = evaluate(setting, TODAY);
      console.log(report(name, figures));
      expect(figures.missed).toEqual([]);
      expect(figures.silentBlocks).toEqual([]);
      expect(figures.caught).toBe(figures.hostileTried);
      if (setting === REGISTRY_SETTING) expect(figures.falseRefusals.length).toBeLessThanOrEqual(2);
    }, 60_000);
  }
});
