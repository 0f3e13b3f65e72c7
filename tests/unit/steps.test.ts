/** <Steps> accepts exactly one ordered list; anything else fails the build naming the page. */
import { describe, expect, it } from 'vitest';
import { prepareSteps, STEPS_CLASS, StepsContentError } from '../../src/lib/content/steps';

const WHERE = '<Steps> on /helsenorge-veiledning/';
const ok = (html: string) => prepareSteps(html, WHERE);
const fails = (html: string) => () => prepareSteps(html, WHERE);

describe('prepareSteps', () => {
  it('accepts one <ol> and adds the class', () => {
    expect(ok('<ol><li>En</li><li>To</li></ol>')).toBe(`<ol class="${STEPS_CLASS}"><li>En</li><li>To</li></ol>`);
  });

  it('accepts white space and comments around the list, as MDX renders it', () => {
    expect(ok('\n  <!-- steg -->\n<ol>\n<li>En</li>\n</ol>\n  ')).toBe(
      `<ol class="${STEPS_CLASS}">\n<li>En</li>\n</ol>`,
    );
  });

  it('keeps existing attributes and classes', () => {
    expect(ok('<ol start="3" class="a b"><li>En</li></ol>')).toBe(
      `<ol start="3" class="a b ${STEPS_CLASS}"><li>En</li></ol>`,
    );
    expect(ok(`<ol class="${STEPS_CLASS}"><li>En</li></ol>`)).toBe(`<ol class="${STEPS_CLASS}"><li>En</li></ol>`);
  });

  it('allows nested lists inside a step', () => {
    const html = '<ol><li>En<ol><li>a</li></ol></li><li>To<ul><li>b</li></ul></li></ol>';
    expect(ok(html)).toContain('<li>To<ul><li>b</li></ul></li></ol>');
  });

  it('reads the HTML as a browser does: an unclosed list is closed, not a different list', () => {
    expect(ok('<ol><li>En</li>')).toBe(`<ol class="${STEPS_CLASS}"><li>En</li></ol>`);
    expect(fails('<ol><li>En</li><p>Mer</p>')).toThrow(/the list holds <p> beside its steps/);
    expect(fails('<ol><li>En</li></ol><!-- x --><p>Mer</p>')).toThrow(/after the list comes <p>/);
  });

  it.each([
    ['an empty slot', '', /empty/],
    ['white space only', '  \n ', /empty/],
    ['a bullet list', '<ul><li>En</li></ul>', /starts with <ul>/],
    ['a paragraph', '<p>1. En</p>', /starts with <p>/],
    ['plain text', 'Logg inn', /starts with text «Logg inn»/],
    ['text before the list', 'Slik:<ol><li>En</li></ol>', /starts with text «Slik:»/],
    ['a paragraph after the list', '<ol><li>En</li></ol><p>Mer</p>', /after the list comes <p>/],
    ['two lists', '<ol><li>En</li></ol>\n<ol><li>To</li></ol>', /after the list comes <ol>/],
    ['text after the list', '<ol><li>En</li></ol> og så', /after the list comes text «og så»/],
    ['a list without steps', '<ol></ol>', /no steps/],
    ['an <old> look-alike', '<olx><li>En</li></olx>', /starts with <olx>/],
  ])('rejects %s, naming the page', (_, html, problem) => {
    expect(fails(html)).toThrow(StepsContentError);
    expect(fails(html)).toThrow(problem);
    expect(fails(html)).toThrow(/^<Steps> on \/helsenorge-veiledning\/: the content must be exactly one ordered list/);
  });
});
