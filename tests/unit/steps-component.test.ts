/**
 * <Steps> as Astro renders it (the container API, as tests/unit/site-map.test.ts does): a bullet
 * list in its slot throws while the page renders, naming the page, so the build stops; a numbered
 * list renders with the class. The check itself is tests/unit/steps.test.ts. (Replaces a whole
 * fixture build of a page with a broken <Steps>.)
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Steps from '../../src/components/Steps.astro';

const render = async (html: string) =>
  (await AstroContainer.create()).renderToString(Steps, {
    slots: { default: html },
    request: new Request('https://example.invalid/steg-feil/'),
  });

describe('<Steps> in a page', () => {
  it('a bullet list fails the render, naming the page', async () => {
    await expect(render('<ul><li>Logg inn</li><li>Klikk på navnet ditt</li></ul>')).rejects.toThrow(
      /<Steps> on \/steg-feil\/: the content must be exactly one ordered list .* starts with <ul>/,
    );
  });

  it('a numbered list renders as the steps list', async () => {
    expect(await render('<ol><li>Logg inn</li></ol>')).toBe('<ol class="steps"><li>Logg inn</li></ol>');
  });
});
