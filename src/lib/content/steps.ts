/**
 * The check behind <Steps> (src/components/Steps.astro): step-by-step instructions are one
 * ordered list and nothing else, so that their numbers are real list numbers and a stray
 * paragraph or a bullet list cannot slip in. Like Starlight's rehype-steps, a violation fails
 * the build with a message that names the page.
 *
 * Works on the rendered HTML of the component's slot; pure, so it is unit-tested on its own.
 */

/** The class <Steps> puts on its <ol>; the print and screen styles hang on it. */
export const STEPS_CLASS = 'step-list';

export class StepsContentError extends Error {}

const COMMENT = /<!--[\s\S]*?-->/g;
const OL_TAG = /<(\/?)ol\b[^>]*>/gi;
const FIRST_THING = /^\s*(<\/?([a-zA-Z][\w-]*)[^>]*>|[^<]+)/;

/** What the content starts with, for the error message: "<ul>", "<p>", or "text «…»". */
function describe(html: string): string {
  const m = FIRST_THING.exec(html);
  if (!m) return 'nothing';
  if (m[2]) return `<${m[2].toLowerCase()}>`;
  const text = (m[1] ?? '').trim();
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
  const content = html.replace(COMMENT, '').trim();
  if (content === '') fail('but it is empty');
  if (!/^<ol\b/i.test(content)) fail(`but it starts with ${describe(content)}`);

  // Find where the first (outer) <ol> closes; nested <ol>s inside steps are fine.
  let depth = 0;
  let end = -1;
  for (const m of content.matchAll(OL_TAG)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = (m.index ?? 0) + m[0].length;
      break;
    }
  }
  if (end === -1) fail('but the <ol> is never closed');
  const rest = content.slice(end).trim();
  if (rest !== '') fail(`but after the list comes ${describe(rest)}`);

  const list = content.slice(0, end);
  if (!/<li\b/i.test(list)) fail('but the list has no steps (<li>)');

  // Add the class to the opening tag, keeping any class it already has.
  return list.replace(/^<ol\b([^>]*)>/i, (_, attrs: string) => {
    const withClass = /\sclass\s*=\s*"([^"]*)"/i.exec(attrs);
    if (withClass) {
      const classes = withClass[1]!.split(/\s+/).filter(Boolean);
      if (!classes.includes(STEPS_CLASS)) classes.push(STEPS_CLASS);
      return `<ol${attrs.replace(withClass[0], ` class="${classes.join(' ')}"`)}>`;
    }
    return `<ol class="${STEPS_CLASS}"${attrs}>`;
  });
}
