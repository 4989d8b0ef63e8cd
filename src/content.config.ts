import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { approachSchema } from './schemas/approach';
import { comparisonSchema } from './schemas/comparison';
import { contactSchema } from './schemas/contact';
import { glossaryTermSchema } from './schemas/glossary';
import { guideSchema } from './schemas/guide';
import { hubSchema } from './schemas/hub';
import { pageSchema } from './schemas/page';
import { quizSchema } from './schemas/quiz';
import { serviceSchema } from './schemas/service';
import { quizLoader } from './content/quiz-loader';
import { yamlListLoader } from './content/yaml-list-loader';

/** Localized MDX lives at content/<collection>/<locale>/<key>.mdx, so an entry id is "<locale>/<key>". */
const localizedMdx = (folder: string) => glob({ pattern: '*/*.mdx', base: `./content/${folder}` });

export const collections = {
  approaches: defineCollection({ loader: localizedMdx('approaches'), schema: approachSchema }),
  guides: defineCollection({ loader: localizedMdx('guides'), schema: guideSchema }),
  comparisons: defineCollection({ loader: localizedMdx('comparisons'), schema: comparisonSchema }),
  pages: defineCollection({ loader: localizedMdx('pages'), schema: pageSchema }),
  hubs: defineCollection({ loader: localizedMdx('hubs'), schema: hubSchema }),
  glossary: defineCollection({ loader: yamlListLoader('content/glossary/terms.yaml'), schema: glossaryTermSchema }),
  quizzes: defineCollection({ loader: quizLoader('content/quizzes'), schema: quizSchema }),
  contacts: defineCollection({ loader: yamlListLoader('content/contacts/contacts.yaml'), schema: contactSchema }),
  services: defineCollection({ loader: yamlListLoader('content/services/services.yaml'), schema: serviceSchema }),
};
