import type { Locale } from './locales';

/**
 * The site's sections: pages at a fixed path in each language, the first part of every route in
 * routes.ts. Kept apart from the full routes table so that the quiz island can link to the plan
 * without carrying every path of the site.
 */
export const sections = {
  home: { id: '/', en: '/en/' },
  approaches: { id: '/pendekatan/', en: '/en/approaches/' },
  compare: { id: '/bandingkan/', en: '/en/compare/' },
  guides: { id: '/panduan/', en: '/en/guides/' },
  quizzes: { id: '/kuis/', en: '/en/quizzes/' },
  help: { id: '/bantuan-segera/', en: '/en/get-help-now/' },
  'find-help': { id: '/cari-layanan/', en: '/en/finding-help/' },
  glossary: { id: '/glosarium/', en: '/en/glossary/' },
  about: { id: '/tentang/', en: '/en/about/' },
  privacy: { id: '/privasi/', en: '/en/privacy/' },
  methodology: { id: '/metodologi/', en: '/en/methodology/' },
  search: { id: '/cari/', en: '/en/search/' },
  plan: { id: '/rencana/', en: '/en/my-plan/' },
} as const satisfies Record<string, Record<Locale, string>>;

export type SectionKey = keyof typeof sections;
