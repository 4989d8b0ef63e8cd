import type { Locale } from './locales';
import { sections, type SectionKey } from './sections';

/**
 * Every page of the site, by stable key. A key never changes; its localized paths may, and then the
 * old path goes into `tests/published-urls.txt` with a redirect.
 */
type Paths = Record<Locale, string>;

export type { SectionKey };

/** Approaches in ladder order: this order also names each comparison pair (`compare/A/B`, A first). */
export const approachSlugs = {
  'individual-counseling': { id: 'konseling-individual', en: 'individual-counseling' },
  'group-therapy': { id: 'terapi-kelompok', en: 'group-therapy' },
  'peer-support': { id: 'dukungan-sebaya', en: 'peer-support' },
  'self-help-partnership': { id: 'kemitraan-kelompok-swabantu', en: 'self-help-partnership' },
  'psychosocial-services': { id: 'layanan-psikososial', en: 'psychosocial-services' },
  'guidance-counseling': { id: 'bimbingan-konseling', en: 'school-and-workplace-counseling' },
  rehabilitation: { id: 'rehabilitasi', en: 'rehabilitation' },
  medication: { id: 'terapi-dengan-obat', en: 'medication-assisted-treatment' },
} as const satisfies Record<string, Paths>;

export type ApproachKey = keyof typeof approachSlugs;
export const approachKeys = Object.keys(approachSlugs) as ApproachKey[];

export const guideSlugs = {
  'choosing-individual-or-group': {
    id: 'memilih-konseling-individual-atau-kelompok',
    en: 'choosing-individual-or-group-counseling',
  },
  'what-happens-in-group-therapy': {
    id: 'apa-yang-terjadi-dalam-terapi-kelompok',
    en: 'what-happens-in-group-therapy',
  },
  'support-groups-and-group-therapy': {
    id: 'kelompok-dukungan-12-langkah-dan-terapi-kelompok',
    en: 'support-groups-12-step-groups-and-group-therapy',
  },
  'addiction-counselor': { id: 'bekerja-dengan-konselor-adiksi', en: 'working-with-an-addiction-counselor' },
  'helping-someone': { id: 'membantu-orang-terdekat', en: 'helping-someone-you-care-about' },
  'school-counseling': { id: 'konseling-di-sekolah', en: 'counseling-at-school' },
  'workplace-counseling': { id: 'konseling-di-tempat-kerja', en: 'counseling-at-work' },
  'psychosocial-after-crisis': {
    id: 'dukungan-psikososial-setelah-bencana',
    en: 'psychosocial-support-after-a-disaster',
  },
  'self-help-partnership': {
    id: 'kemitraan-kelompok-swabantu-dan-profesional',
    en: 'self-help-groups-partnering-with-professionals',
  },
  'rehabilitation-rights': { id: 'rehabilitasi-dan-hak-anda', en: 'rehabilitation-and-your-rights' },
  // Self-help guides: step 1 of the ladder, each with a worksheet in its handout.
  'weighing-change': { id: 'menimbang-perubahan', en: 'weighing-up-change' },
  'setting-a-goal': { id: 'menetapkan-tujuan-mengurangi-atau-berhenti', en: 'setting-a-goal-cut-down-or-stop' },
  'noticing-the-pattern': { id: 'mengenali-pola-catatan-seminggu', en: 'noticing-the-pattern-one-week-diary' },
  'handling-urges': { id: 'menghadapi-dorongan-dan-craving', en: 'handling-urges-and-cravings' },
  'replacing-the-habit': { id: 'mengganti-kebiasaan-dan-mengatasi-pemicu', en: 'replacing-the-habit-and-solving-triggers' },
  'online-gambling': { id: 'mengurangi-atau-berhenti-judi-online', en: 'cutting-down-or-stopping-online-gambling' },
  'after-a-slip': { id: 'tergelincir-bukan-berarti-gagal', en: 'a-slip-is-not-a-failure' },
  'harm-reduction': { id: 'mengurangi-risiko-dan-mencegah-overdosis', en: 'reducing-harm-and-preventing-overdose' },
  'debt-and-gambling': { id: 'utang-pinjol-dan-judi-online', en: 'debt-online-loans-and-gambling' },
  gaming: { id: 'gim-kapan-jadi-masalah', en: 'gaming-when-it-becomes-a-problem' },
} as const satisfies Record<string, Paths>;

export type GuideKey = keyof typeof guideSlugs;
export const guideKeys = Object.keys(guideSlugs) as GuideKey[];

export const quizSlugs = {
  'pathway-finder': { id: 'dukungan-apa-yang-cocok', en: 'what-support-fits-me' },
  'individual-or-group': { id: 'konseling-individual-atau-kelompok', en: 'individual-or-group-counseling' },
  'use-check': { id: 'cek-penggunaan', en: 'checking-my-use' },
  'helping-someone': { id: 'membantu-orang-terdekat', en: 'helping-someone-close' },
  'partnership-readiness': { id: 'kesiapan-kemitraan', en: 'partnership-readiness' },
} as const satisfies Record<string, Paths>;

export type QuizKey = keyof typeof quizSlugs;
export const quizKeys = Object.keys(quizSlugs) as QuizKey[];

/** Pages for the people who pass the site on: schools, workplaces, counselors and facilitators. */
export const hubSlugs = {
  schools: { id: 'untuk-sekolah', en: 'for-schools' },
  workplaces: { id: 'untuk-tempat-kerja', en: 'for-workplaces' },
  counselors: { id: 'untuk-konselor', en: 'for-counselors' },
} as const satisfies Record<string, Paths>;

export type HubKey = keyof typeof hubSlugs;
export const hubKeys = Object.keys(hubSlugs) as HubKey[];

export type PairKey = `compare/${ApproachKey}/${ApproachKey}`;
/** A one-page printable summary of a guide or quiz, with a QR code to it. */
export type HandoutKey = `handout/guide/${GuideKey}` | `handout/quiz/${QuizKey}`;
/** A quiz with minimal chrome, for other sites' iframes: the only pages that may be framed. */
export type EmbedKey = `embed/${QuizKey}`;
export type RouteKey =
  | SectionKey
  | `approach/${ApproachKey}`
  | `guide/${GuideKey}`
  | `quiz/${QuizKey}`
  | PairKey
  | `hub/${HubKey}`
  | HandoutKey
  | EmbedKey;

/** Every unordered pair of approaches, each once, in ladder order. */
export function approachPairs(): [ApproachKey, ApproachKey][] {
  return approachKeys.flatMap((a, i) => approachKeys.slice(i + 1).map((b) => [a, b] as [ApproachKey, ApproachKey]));
}

function under(section: SectionKey, slugs: Paths): Paths {
  return { id: `${sections[section].id}${slugs.id}/`, en: `${sections[section].en}${slugs.en}/` };
}

function printVersion(page: Paths): Paths {
  return { id: `${page.id}cetak/`, en: `${page.en}print/` };
}

function buildTable(): Map<RouteKey, Paths> {
  const table = new Map<RouteKey, Paths>();
  for (const [key, paths] of Object.entries(sections)) table.set(key as SectionKey, paths);
  for (const key of approachKeys) table.set(`approach/${key}`, under('approaches', approachSlugs[key]));
  for (const key of guideKeys) table.set(`guide/${key}`, under('guides', guideSlugs[key]));
  for (const key of quizKeys) table.set(`quiz/${key}`, under('quizzes', quizSlugs[key]));
  for (const key of hubKeys) table.set(`hub/${key}`, { id: `/${hubSlugs[key].id}/`, en: `/en/${hubSlugs[key].en}/` });
  for (const key of guideKeys) table.set(`handout/guide/${key}`, printVersion(under('guides', guideSlugs[key])));
  for (const key of quizKeys) table.set(`handout/quiz/${key}`, printVersion(under('quizzes', quizSlugs[key])));
  for (const key of quizKeys) table.set(`embed/${key}`, { id: `/embed/id/${quizSlugs[key].id}/`, en: `/embed/en/${quizSlugs[key].en}/` });
  for (const [a, b] of approachPairs()) {
    const slugs = {
      id: `${approachSlugs[a].id}-vs-${approachSlugs[b].id}`,
      en: `${approachSlugs[a].en}-vs-${approachSlugs[b].en}`,
    };
    table.set(`compare/${a}/${b}`, under('compare', slugs));
  }
  return table;
}

const table = buildTable();

export const routeKeys = [...table.keys()];

export function isRouteKey(value: string): value is RouteKey {
  return table.has(value as RouteKey);
}

/** The path of a page in a language, e.g. localizedPath('approach/group-therapy', 'id'). */
export function localizedPath(key: RouteKey, locale: Locale): string {
  const paths = table.get(key);
  if (!paths) throw new Error(`Unknown route key "${key}"`);
  return paths[locale];
}

/** The key of the page at a path, or undefined; used to find a page's twin and its parent. */
export function routeAt(path: string): { key: RouteKey; locale: Locale } | undefined {
  for (const [key, paths] of table) {
    if (paths.id === path) return { key, locale: 'id' };
    if (paths.en === path) return { key, locale: 'en' };
  }
  return undefined;
}

/** The page a page sits under, for breadcrumbs; home and embeds have none. */
export function parentOf(key: RouteKey): RouteKey | undefined {
  if (key === 'home') return undefined;
  if (key.startsWith('approach/')) return 'approaches';
  if (key.startsWith('guide/')) return 'guides';
  if (key.startsWith('compare/')) return 'compare';
  if (key.startsWith('quiz/')) return 'quizzes';
  if (key.startsWith('handout/')) return key.slice('handout/'.length) as RouteKey;
  if (key.startsWith('embed/')) return undefined;
  return 'home';
}

/** Pair route key with its two approaches in canonical order, whichever order they are given in. */
export function pairKey(a: ApproachKey, b: ApproachKey): PairKey {
  return approachKeys.indexOf(a) < approachKeys.indexOf(b) ? `compare/${a}/${b}` : `compare/${b}/${a}`;
}

/** Embeds live inside other sites' pages: they stay out of the sitemap and the A–Z list. */
export const isEmbed = (key: RouteKey): key is EmbedKey => key.startsWith('embed/');
export const isHandout = (key: RouteKey): key is HandoutKey => key.startsWith('handout/');
