/**
 * The clinicians' checklist page (/helsepersonell/huskeliste/) as built: each route's and each
 * method's clinician text from content/, the deadline, the archive and the PID rule. Printing it
 * and its PDF are tested in a browser (tests/e2e/clinician.spec.ts).
 */
import { expect, test } from 'vitest';
import { builtPage } from '../tools/built-site.ts';
import { readMethods, readRegistry, readRoutes } from '../tools/content.ts';
import { attr, byTag, find, textContent } from '../tools/html.ts';
import { flat } from '../tools/text.ts';

const registry = readRegistry();
const fillShortName = (s: string) =>
  s.replace(/\{shortName\}/g, registry.shortName).replace(/\{ownerShort\}/g, registry.ownerShort);

test('has the four routes, the four methods, the deadline and the PID rule', () => {
  const main = builtPage('/helsepersonell/huskeliste/').main!;
  const section = (id: string) => find(main, (el) => attr(el, 'id') === id)!;
  const items = (id: string) => byTag(section(id), 'li').map((li) => flat(textContent(li)));
  const routes = readRoutes();
  const methods = readMethods();
  expect(routes).toHaveLength(4);
  expect(methods).toHaveLength(4);
  const info = items('informasjon');
  expect(info).toHaveLength(4);
  routes.forEach((r, i) => expect(info[i]).toContain(fillShortName(r.clinician)));
  const ways = items('reservere');
  expect(ways).toHaveLength(4);
  methods.forEach((m, i) => {
    expect(ways[i]).toContain(fillShortName(m.short));
    expect(ways[i]).toContain(fillShortName(m.clinician));
  });
  const text = flat(textContent(main));
  expect(text).toContain(
    `senest ${registry.deadlineDays} dager etter at registersekretariatet har mottatt reservasjonen`,
  );
  const oral = flat(textContent(section('muntlig')));
  expect(oral).toContain('Ring registersekretariatet.');
  expect(oral).toContain('Skriv PID i e-posten.');
  expect(oral).toContain('Skriv aldri personopplysninger i e-posten');
  expect(flat(textContent(section('aldri-personopplysninger')))).toContain('bare PID');
  expect(text).toContain(registry.archiveSystem);
});
