/**
 * The easy-read pages (/lettlest/ in every language): the text of content/words/<lang>/easy-read.yaml
 * with a picture beside each section, its text alternative from the same file, larger text, and a
 * link from the front page that a phone shows without scrolling and from the opt-out page. The
 * basics every page gets run for these pages too: in Node over dist/ (tests/site/), and axe and
 * reflow on the bokmål page in the browser (tests/e2e/shell.spec.ts).
 */
import { easyReadSchema, fillEasyRead } from '../../src/lib/content/easy-read.ts';
import { LANGS, prefixOf, type Lang } from '../../src/i18n/languages.ts';
import { readRegistry, readYaml } from '../tools/content.ts';
import { expect, test } from './fixtures.ts';

const registry = readRegistry();
const sectionsOf = (lang: Lang) =>
  fillEasyRead(easyReadSchema.parse(readYaml(`words/${lang}/easy-read.yaml`)), registry, lang);

for (const lang of LANGS) {
  const path = `${prefixOf(lang)}/lettlest/`;

  test(`lettlest ${lang}: each section has its picture to the left of its text, named from the words`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto(path);
    const expected = sectionsOf(lang);
    const sections = page.locator('main .easy-read__section');
    await expect(sections).toHaveCount(expected.length);
    for (const [i, s] of expected.entries()) {
      const section = sections.nth(i);
      const picture = section.getByRole('img', { name: s.picture.alt, exact: true });
      await expect(picture).toBeVisible();
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(s.heading);
      // One sentence per line: each sentence is its own block.
      await expect(section.locator('.easy-read__line')).toHaveText(s.lines);
      if (s.link) await expect(section.getByRole('link', { name: s.link.label })).toHaveAttribute('href', s.link.href);
      const pictureBox = (await picture.boundingBox())!;
      const textBox = (await section.locator('.easy-read__text').boundingBox())!;
      expect(pictureBox.x + pictureBox.width, s.heading).toBeLessThanOrEqual(textBox.x);
    }
    // Pictures are inline SVG: no image is fetched.
    await expect(page.locator('main img')).toHaveCount(0);
    // Body text larger than the site's 18 px, with room between lines.
    const { size, lineHeight } = await sections
      .first()
      .locator('.easy-read__line')
      .first()
      .evaluate((e) => ({
        size: parseFloat(getComputedStyle(e).fontSize),
        lineHeight: parseFloat(getComputedStyle(e).lineHeight),
      }));
    expect(size).toBeGreaterThanOrEqual(20);
    expect(lineHeight / size).toBeGreaterThanOrEqual(1.5);
  });

  test(`lettlest ${lang}: on a phone the picture stands above the text`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(path);
    const section = page.locator('main .easy-read__section').first();
    const pictureBox = (await section.getByRole('img').boundingBox())!;
    const headingBox = (await section.getByRole('heading').boundingBox())!;
    expect(pictureBox.y + pictureBox.height).toBeLessThanOrEqual(headingBox.y);
  });

  test(`lettlest ${lang}: the front page links it on a phone's first screen, and the opt-out page links it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${prefixOf(lang)}/`);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.locator(`main a[href="${path}"]`).first()).toBeInViewport({ ratio: 1 });
    await page.goto(`${prefixOf(lang)}/reservasjon/`);
    await expect(page.locator(`main a[href="${path}"]`).first()).toBeVisible();
  });
}
