/**
 * The collections behind every page: each is a loader from src/lib/content/loaders/ (a plain
 * function of a loader context, unit-tested with a fake one) and a schema from src/lib/content/.
 */
import { defineCollection } from 'astro:content';
import { methodSchema, pageSchema, registrySchema, routeSchema } from './lib/content/schemas';
import { checklistWordsSchema } from './lib/checklist/words';
import { registryLoader } from './lib/content/loaders/registry';
import { methodsLoader, routesLoader } from './lib/content/loaders/words';
import { pagesLoader } from './lib/content/loaders/pages';
import { changelogCollectionSchema, changelogLoader } from './lib/content/loaders/changelog';
import { checklistLoader } from './lib/content/loaders/checklist';
import { easyReadSchema } from './lib/content/easy-read';
import { easyReadLoader } from './lib/content/loaders/easy-read';
import { termsLoader } from './lib/content/loaders/terms';
import { termSchema } from './lib/content/terms';
import { aboutSchema } from './lib/content/about';
import { aboutLoader } from './lib/content/loaders/about';

export const collections = {
  /** content/registry.yaml, the single entry "smertereg". */
  registry: defineCollection({ loader: registryLoader(), schema: registrySchema }),
  /** content/routes.yaml with content/words/<lang>/routes.yaml, ids "<lang>/<id>". */
  routes: defineCollection({ loader: routesLoader(), schema: routeSchema }),
  /** content/methods.yaml with content/words/<lang>/methods.yaml, ids "<lang>/<id>". */
  methods: defineCollection({ loader: methodsLoader(), schema: methodSchema }),
  /** content/pages/<lang>/**.mdx, ids "<lang>/<path>". */
  pages: defineCollection({ loader: pagesLoader(), schema: pageSchema }),
  /** content/changelog.yaml, the single entry "log". */
  changelog: defineCollection({ loader: changelogLoader(), schema: changelogCollectionSchema }),
  /** content/words/<lang>/checklist.yaml, ids "nb", "nn". */
  checklist: defineCollection({ loader: checklistLoader(), schema: checklistWordsSchema }),
  /** content/words/<lang>/easy-read.yaml, ids "nb", "nn", "en". */
  easyRead: defineCollection({ loader: easyReadLoader(), schema: easyReadSchema }),
  /** content/words/<lang>/terms.yaml, and the check that every page explains a term where it first uses it. */
  terms: defineCollection({ loader: termsLoader(), schema: termSchema }),
  /** content/words/<lang>/about.yaml: what the patient pages and the leaflet both say, ids "nb", "nn", "en". */
  about: defineCollection({ loader: aboutLoader(), schema: aboutSchema }),
};
