/**
 * Two content collections: `documents`, filled by a loader that runs our parser over `seeds/` at build
 * time (no generated content is committed; the zod schema is the parser's own), and `guide`, the help
 * pages written in Markdown under src/content/guide/.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { parseSeeds } from './parser/index.ts';
import { documentSchema } from './parser/model.ts';
import { guideSchema } from './lib/guide.ts';

/** Parses the seeds folder; parse errors stop the build with their `seeds/FILE:LINE:` location. */
function seedLoader(dir: string): Loader {
  return {
    name: 'seed-documents',
    load: async (context) => {
      const { store, logger } = context;
      const { documents, warnings } = parseSeeds(dir);
      for (const w of warnings) logger.warn(`${w.file}:${w.line}: ${w.message}`);
      store.clear();
      for (const doc of documents) {
        const data = await context.parseData({ id: doc.id, data: doc });
        store.set({ id: doc.id, data, digest: context.generateDigest(JSON.stringify(doc)) });
      }
    },
  };
}

export const collections = {
  // SEEDS_DIR: another seeds folder (the benchmark builds generated corpora); default seeds/.
  documents: defineCollection({ loader: seedLoader(process.env.SEEDS_DIR ?? 'seeds'), schema: documentSchema }),
  // The guide: Markdown pages rendered by remark + rehype-slug (astro.config.mjs), /guide/<id>/.
  guide: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/guide' }), schema: guideSchema }),
};
