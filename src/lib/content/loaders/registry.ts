/**
 * content/registry.yaml, one object, as the single entry "smertereg" of the `registry` collection.
 * A broken field fails the build naming the file and the field; missing contact details and a
 * missing feedback contact each warn once (README, "Deploying").
 */
import { join } from 'node:path';
import { feedbackChannels, missingContactFields, missingTranslations, registrySchema } from '../schemas';
import { contentLoader, issueLines, projectPath, readYamlFile, type ContentContext } from './context';

const REGISTRY_ID = 'smertereg';

/** What only the registry can answer, written down for its secretariat: the warnings point there. */
const QUESTIONS = 'docs/questions-for-the-registry.md';

const registryFile = (dir: string) => join(dir, 'registry.yaml');

export async function loadRegistry(ctx: ContentContext, dir: string): Promise<void> {
  const file = registryFile(dir);
  const raw = readYamlFile(file, "every page states the registry's facts from it");
  const result = registrySchema.safeParse(raw);
  if (!result.success) throw new Error(issueLines(file, undefined, result.error).join('\n'));
  const registry = result.data;
  const filePath = projectPath(file);
  const data = await ctx.parseData({ id: REGISTRY_ID, data: raw as Record<string, unknown>, filePath });
  ctx.store.clear();
  ctx.store.set({ id: REGISTRY_ID, data, filePath });

  const missing = missingContactFields(registry);
  if (missing.length > 0) {
    ctx.logger.warn(
      `${file}: not configured: ${missing.join(', ')}. ` +
        `Pages link to SmerteReg's official page instead. Ask the registry (${QUESTIONS}), then set them (README, "Deploying").`,
    );
  }
  const untranslated = missingTranslations(registry);
  if (untranslated.length > 0) {
    ctx.logger.warn(
      `${file}: no translation of ${untranslated.join(', ')}: those pages show the bokmål text, marked as bokmål.`,
    );
  }
  if (feedbackChannels(registry).length === 0) {
    ctx.logger.warn(
      `${file}: siteFeedback has no e-mail, phone or url: the accessibility page ` +
        `says that no feedback channel is set up yet. Ask the registry (${QUESTIONS}), then set it (README, "Deploying").`,
    );
  }
}

export const registryLoader = (dir?: string) =>
  contentLoader('registry', (d) => [registryFile(d)], loadRegistry, dir);
