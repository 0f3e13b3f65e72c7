/**
 * How components read the collections (src/lib/content/read.ts), with `astro:content` mocked as
 * Starlight mocks it in its tests: the checklist words come from the `checklist` collection by
 * language, and a collection entry that did not load fails naming its file.
 */
import { describe, expect, test, vi } from 'vitest';
import { readChecklistWords, readMethods } from '../../tools/content.ts';

const entries: Record<string, Record<string, { id: string; data: unknown }>> = {
  checklist: { nb: { id: 'nb', data: readChecklistWords('nb') }, nn: { id: 'nn', data: readChecklistWords('nn') } },
  methods: Object.fromEntries(
    readMethods('nn')
      .reverse()
      .map(({ id, ...data }) => [`nn/${id}`, { id: `nn/${id}`, data }]),
  ),
};

vi.mock('astro:content', () => ({
  getEntry: async (collection: string, id: string) => entries[collection]?.[id],
  getCollection: async (collection: string, filter?: (e: { id: string }) => boolean) =>
    Object.values(entries[collection] ?? {}).filter((e) => !filter || filter(e)),
}));

const { getChecklistWords, getMethods } = await import('../../../src/lib/content/read.ts');

describe('read.ts over the collections', () => {
  test('the checklist words of a language are its entry in the checklist collection', async () => {
    expect(await getChecklistWords('nn')).toBe(entries.checklist!.nn!.data);
    expect((await getChecklistWords('nb')).title).toBe(readChecklistWords('nb').title);
  });

  test('a missing checklist entry fails, naming the file', async () => {
    delete entries.checklist!.nn;
    await expect(getChecklistWords('nn')).rejects.toThrow('content/words/nn/checklist.yaml did not load');
  });

  test("a language's methods come in their order, ids without the language", async () => {
    const methods = await getMethods('nn');
    expect(methods.map((m) => m.id)).toEqual(readMethods('nn').map((m) => m.id));
    expect(methods.map((m) => m.order)).toEqual([...methods.map((m) => m.order)].sort((a, b) => a - b));
  });
});
