/** The PID setting of content/registry.yaml as the tests spell it out, and a fixed today. */
import type { PidSetting } from '../../src/lib/privacy/index.ts';

export const STRICT: PidSetting = {
  pattern: '^[0-9]{1,7}$',
  maxLength: 7,
  description: 'Verktøyet godtar bare sifre, høyst 7.',
};
export const TODAY = '2026-11-27';
