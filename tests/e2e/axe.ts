/**
 * The one accessibility check for every end-to-end spec: axe-core with the WCAG 2.1 A and AA
 * rules. Returns one line per violation ("rule: selector | selector"), so a failing test names
 * what to fix; a page passes when the list is empty.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}
