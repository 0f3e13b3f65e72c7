/**
 * The check behind <Steps> (src/components/Steps.astro): step-by-step instructions are one
 * ordered list and nothing else, so that their numbers are real list numbers and a stray
 * paragraph or a bullet list cannot slip in. Like Starlight's rehype-steps, it parses the
 * rendered slot into a hast tree, checks the tree, and fails the build with a message that
 * names the page.
 *
 * Pure, so it is unit-tested on its own.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** The class <Steps> puts on its <ol>; the print and screen styles hang on it. */
export const STEPS_CLASS = 'steps';

export class StepsContentError extends Error {}

const isBlank = (node: RootContent | ElementContent): boolean =>
  node.type === 'comment' || node.type === 'doctype' || (node.type === 'text' && node.value.trim() === '');

/** A node, for the error message: "<ul>", "<p>", or "text «…»". */
function describe(node: RootContent | ElementContent): string {
  if (node.type === 'element') return `<${node.tagName}>`;
  const text = node.type === 'text' ? node.value.trim() : '';
  return `text «${text.length > 40 ? `${text.slice(0, 40)}…` : text}»`;
}

/**
 * Checks that `html` is exactly one <ol> element with at least one <li>, with nothing but
 * white space and comments around it. Returns the list with STEPS_CLASS added to the <ol>.
 * Throws StepsContentError, naming `where` (e.g. "<Steps> on /helsenorge-veiledning/").
 */
export function prepareSteps(html: string, where: string): string {
  const fail = (problem: string): never => {
    throw new StepsContentError(
      `${where}: the content must be exactly one ordered list (<ol>) of steps, ${problem}. ` +
        'Write the steps as a numbered Markdown list ("1. …") or one <ol>, with nothing else inside <Steps>.',
    );
  };
  const tree: Root = fromHtml(html, { fragment: true });
  const nodes = tree.children.filter((n) => !isBlank(n));
  const [first, second] = nodes;
  if (!first) return fail('but it is empty');
  if (first.type !== 'element' || first.tagName !== 'ol') return fail(`but it starts with ${describe(first)}`);
  if (second) return fail(`but after the list comes ${describe(second)}`);
  const list: Element = first;
  const items = list.children.filter((c) => !isBlank(c));
  if (items.length === 0) fail('but the list has no steps (<li>)');
  const stray = items.find((c) => c.type !== 'element' || c.tagName !== 'li');
  if (stray) fail(`but the list holds ${describe(stray)} beside its steps (<li>)`);

  const classes = Array.isArray(list.properties.className) ? list.properties.className.map(String) : [];
  if (!classes.includes(STEPS_CLASS)) classes.push(STEPS_CLASS);
  list.properties.className = classes;
  return toHtml(list);
}
