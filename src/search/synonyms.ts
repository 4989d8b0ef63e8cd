import type { Locale } from '../i18n/locales';

/** Words for drugs in general, and the words people call users by. */
const drugsInGeneral: Record<Locale, readonly string[]> = {
  id: ['narkoba', 'napza', 'narkotika', 'narkotik', 'obat terlarang', 'drugs', 'zat adiktif', 'pecandu', 'pemakai', 'junkie'],
  en: ['drugs', 'substances', 'narcotics', 'napza', 'narkoba', 'drug use', 'addict', 'addicts', 'junkie'],
};

/**
 * Each kind of drug with its street and everyday names. A page is indexed with the names of the
 * kinds its keywords name, and with every kind when its keywords speak of drugs in general; never
 * with a kind it does not name otherwise. So "sabu" or "meth" never leads to the medication page,
 * which is about opioids, alcohol and sedatives: a person asking about methamphetamine is not sent
 * to methadone.
 */
const drugKinds: Record<Locale, readonly (readonly string[])[]> = {
  id: [
    ['sabu', 'meth', 'metamfetamin', 'methamphetamine', 'ice', 'kristal', 'amfetamin', 'ekstasi', 'ineks', 'inex', 'ecstasy', 'mdma', 'kokain', 'stimulan'],
    ['ganja', 'gele', 'cimeng', 'marijuana', 'mariyuana', 'weed', 'kanabis'],
    ['putaw', 'putau', 'heroin', 'opioid', 'opiat', 'morfin'],
    ['pil koplo', 'obat koplo', 'koplo', 'tramadol', 'trihex', 'dextro', 'happy five', 'dumolid', 'obat penenang', 'psikotropika'],
    ['ngelem', 'lem aibon', 'inhalan'],
  ],
  en: [
    ['meth', 'methamphetamine', 'crystal meth', 'ice', 'sabu', 'crystal', 'amphetamine', 'amphetamines', 'ecstasy', 'mdma', 'cocaine', 'stimulants'],
    ['cannabis', 'marijuana', 'weed', 'ganja', 'pot'],
    ['heroin', 'opioids', 'opioid', 'opiates', 'putaw', 'morphine'],
    ['pills', 'pil koplo', 'sedatives', 'tramadol', 'benzos', 'benzodiazepines', 'tranquillisers', 'tranquilizers'],
    ['glue sniffing', 'inhalants'],
  ],
};

/**
 * How a page's keywords reach a group: by naming one of its members, or, for drugs, by naming
 * drugs in general (which reaches every kind) or any kind (which reaches drugs in general). A page
 * reached only the second way is indexed a little lighter than one that names the group itself.
 */
function reach(group: readonly string[], locale: Locale, keywords: readonly string[]): { mentions: number; named: boolean } {
  const names = (members: readonly string[]) => (keyword: string) => members.some((term) => hasWords(keyword, term));
  const named = keywords.some(names(group));
  const drugGroups = [drugsInGeneral[locale], ...drugKinds[locale]];
  if (!drugGroups.includes(group)) return { mentions: keywords.filter(names(group)).length, named };
  const general = group === drugsInGeneral[locale] || keywords.some(names(drugsInGeneral[locale]));
  const anyDrug = (keyword: string) => drugGroups.some((members) => names(members)(keyword));
  // A page about drugs is counted by all its keywords on drugs: how much it is about them.
  return { mentions: named || general ? keywords.filter(anyDrug).length : 0, named };
}

/**
 * Words people type for the same thing: formal and informal, street names, and the English words
 * used in Indonesian. Rather than widen each query, which would
 * blur the ranking, each page is widened: a page whose keywords name one member of a group is
 * indexed with the whole group, each member as whole words (see SearchIndexHints). The style
 * sheet's other names for each thing join these groups too (styleSheetGroups).
 *
 * Street names stand in the group of the kind of drug they are (sabu with methamphetamine). A page
 * about drug use in general is indexed with every kind, so it answers them; a page that names one in
 * its own keywords ranks first. Words no visitor
 * should read from this site (pecandu, junkie) are here only so that a visitor who types them still
 * finds the page: they are indexed, never shown, never suggested.
 */
export const synonymGroups: Record<Locale, readonly (readonly string[])[]> = {
  id: [
    drugsInGeneral.id,
    ...drugKinds.id,
    [
      'judi online', 'judol', 'judi daring', 'slot online', 'gambling', 'taruhan', 'judi', 'slot', 'slot gacor', 'gacor',
      'togel', 'maxwin', 'kasino online', 'judi bola', 'penjudi',
    ],
    ['pinjol', 'pinjaman online', 'utang', 'hutang', 'galbay', 'gagal bayar', 'debt collector', 'paylater', 'utang judi'],
    ['rehabilitasi', 'rehab', 'panti rehabilitasi', 'pusat rehabilitasi', 'rehabilitation'],
    // Methadone and the other medicines for opioid dependence.
    ['metadon', 'metadona', 'methadone', 'ptrm', 'terapi rumatan metadon', 'buprenorfin', 'subutex', 'suboxone', 'terapi substitusi'],
    ['putus zat', 'sakau', 'sakaw', 'withdrawal', 'gejala putus zat', 'gejala putus obat', 'detoks', 'detox'],
    ['overdosis', 'overdose', 'keracunan', 'od'],
    ['konseling', 'konsultasi', 'counseling', 'curhat'],
    ['konselor', 'counselor', 'terapis', 'psikolog'],
    ['kecanduan', 'adiksi', 'ketagihan', 'candu', 'addiction', 'ketergantungan', 'nyandu'],
    // Visitors call a self-check a test; the site does not, but search should still find it.
    ['cek kecanduan', 'tes kecanduan', 'tes adiksi', 'apakah saya kecanduan'],
    // With the regional drinks sold as oplosan: cap tikus, ballo, sopi, lapen.
    ['alkohol', 'minum', 'miras', 'minuman keras', 'mabuk', 'ciu', 'oplosan', 'arak', 'tuak', 'cap tikus', 'ballo', 'sopi', 'lapen', 'bir', 'pemabuk'],
    ['kelompok dukungan', 'support group', 'grup dukungan', 'kelompok swabantu', 'self-help group', '12 langkah', 'aa', 'na', 'alcoholics anonymous', 'narcotics anonymous'],
    ['dukungan sebaya', 'teman sebaya', 'peer support', 'teman senasib', 'pendamping sebaya'],
    ['terapi kelompok', 'konseling kelompok', 'group therapy', 'terapi grup', 'konseling grup'],
    ['bimbingan konseling', 'bk', 'guru bk', 'konselor sekolah', 'bimbingan dan konseling'],
    ['hrd', 'hr', 'personalia', 'eap', 'karyawan', 'pegawai', 'bagian sdm'],
    ['bunuh diri', 'ingin mati', 'suicide', 'mengakhiri hidup', 'bundir', 'mau mati', 'menyakiti diri', 'melukai diri', 'self harm'],
    ['trauma', 'trauma healing', 'bencana', 'gempa', 'banjir', 'pengungsi'],
    ['kecanduan game', 'game online', 'gaming', 'main game', 'gim', 'mobile legends', 'free fire'],
    ['stres', 'stress', 'burnout', 'cemas', 'tertekan'],
    ['orang tua', 'keluarga', 'anak', 'suami', 'istri', 'pasangan'],
    ['gratis', 'murah', 'biaya', 'bpjs', 'tanpa biaya'],
    ['rawat inap', 'rawat jalan', 'rumah sakit', 'rsj'],
  ],
  en: [
    drugsInGeneral.en,
    ...drugKinds.en,
    ['gambling', 'online gambling', 'betting', 'slots', 'slot', 'judi online', 'judol', 'casino', 'online casino', 'sports betting', 'togel', 'gambler'],
    ['online loans', 'loan apps', 'loan app', 'pinjol', 'debt', 'debts', 'loans', 'debt collectors', 'paylater', 'gambling debt'],
    ['rehabilitation', 'rehab', 'treatment centre', 'treatment center', 'residential treatment', 'rehabilitation centre'],
    ['methadone', 'metadon', 'opioid substitution', 'substitution therapy', 'buprenorphine', 'suboxone', 'subutex', 'ptrm', 'maintenance therapy'],
    ['withdrawal', 'sakau', 'withdrawal symptoms', 'detox', 'detoxification', 'cold turkey'],
    ['overdose', 'overdosing', 'od', 'poisoning'],
    ['counseling', 'counselling', 'therapy', 'talking therapy', 'konseling'],
    ['counselor', 'counsellor', 'therapist', 'psychologist', 'konselor'],
    ['addiction', 'addicted', 'dependence', 'dependency', 'hooked', 'adiksi', 'kecanduan'],
    ['alcohol', 'drinking', 'drink', 'booze', 'alcoholic', 'beer', 'drunk', 'miras'],
    ['support group', 'self-help group', 'mutual aid', '12-step', '12 step', 'aa', 'na', 'alcoholics anonymous', 'narcotics anonymous'],
    ['peer support', 'peers', 'lived experience', 'people who have been there'],
    ['group therapy', 'group counseling', 'group counselling', 'group sessions'],
    ['school counselor', 'school counsellor', 'guidance counselor', 'guidance counsellor', 'bk', 'teacher'],
    ['workplace', 'employer', 'hr', 'eap', 'employee', 'manager', 'work'],
    ['suicide', 'suicidal', 'want to die', 'self-harm', 'self harm', 'kill myself', 'end my life'],
    ['trauma', 'disaster', 'earthquake', 'flood', 'displaced'],
    ['gaming', 'video games', 'online games', 'game addiction', 'gamer', 'mobile legends'],
    ['stress', 'burnout', 'anxiety', 'worry'],
    ['family', 'parent', 'partner', 'child', 'husband', 'wife', 'loved one'],
    ['free', 'cheap', 'cost', 'bpjs'],
  ],
};

/** The groups the style sheet implies: each thing's one name with its other names, per language. */
export type StyleTerms = readonly { id: StyleName; en: StyleName }[];
interface StyleName {
  use: string;
  variants: readonly string[];
  accepted: readonly string[];
}

export function styleSheetGroups(terms: StyleTerms, locale: Locale): string[][] {
  return terms
    .map((term) => [term[locale].use, ...term[locale].variants, ...term[locale].accepted].map(normalize))
    .filter((group) => group.length > 1);
}

const normalize = (text: string) => text.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

/** True when `words` stand in `text` as whole words. */
function hasWords(text: string, words: string): boolean {
  return ` ${text} `.includes(` ${words} `);
}

/** Words a page is indexed with beyond its keywords, and how strongly its keywords point at them. */
export interface SynonymHint {
  words: string[];
  /** How many of the page's keywords name a member of the group: a page with several is more about it. */
  mentions: number;
  /** False when the keywords reach the group only through a broader or narrower one (drugs in general, a kind of drug). */
  named: boolean;
}

/**
 * The synonym groups a page's keywords name, each with the members the keywords do not already
 * say; a word in two groups goes with the group named more often.
 */
export function synonymHints(keywords: readonly string[], locale: Locale, extraGroups: readonly (readonly string[])[] = []): SynonymHint[] {
  const own = keywords.map(normalize);
  const given = new Set(own);
  const hints: SynonymHint[] = [];
  for (const group of [...synonymGroups[locale], ...extraGroups]) {
    const { mentions, named } = reach(group, locale, own);
    if (mentions > 0) hints.push({ words: group.filter((term) => !given.has(term)), mentions, named });
  }
  hints.sort((a, b) => b.mentions - a.mentions);
  const seen = new Set<string>();
  return hints
    .map((hint) => ({ ...hint, words: hint.words.filter((word) => !seen.has(word) && seen.add(word)) }))
    .filter((hint) => hint.words.length > 0);
}

/** Synonyms of a page's keywords that the keywords do not already say, each once. */
export function synonymsFor(keywords: readonly string[], locale: Locale, extraGroups: readonly (readonly string[])[] = []): string[] {
  return synonymHints(keywords, locale, extraGroups).flatMap((hint) => hint.words);
}

/**
 * The words "did you mean" may offer: the site's keywords and the synonyms they bring (so every
 * word offered finds a page), and the glossary's terms; never a phrase of three words or more (those are titles rather than words anyone types with a slip), and never a
 * word the style sheet avoids.
 */
export function suggestableWords(
  locale: Locale,
  sources: { keywords: readonly string[]; styleTerms: StyleTerms; avoided: readonly string[]; glossaryTerms: readonly string[] },
): string[] {
  const never = new Set(sources.avoided.map(normalize));
  const keywords = sources.keywords.map(normalize);
  const words = [...keywords, ...synonymsFor(keywords, locale, styleSheetGroups(sources.styleTerms, locale)), ...sources.glossaryTerms.map(normalize)];
  return [...new Set(words)].filter((word) => !never.has(word) && word.split(' ').length <= 2).sort();
}

/**
 * Every word the site's keywords, their synonyms and the glossary's terms are made of: the words
 * search treats as naming what the site is about, over the everyday words around them ("tiap",
 * "hari"; see topicTerms). Words visitors should not read (pecandu) are here too: a visitor who
 * types one still means the topic.
 */
export function topicWords(
  locale: Locale,
  sources: { keywords: readonly string[]; styleTerms: StyleTerms; glossaryTerms: readonly string[] },
): string[] {
  const keywords = sources.keywords.map(normalize);
  const phrases = [...keywords, ...synonymsFor(keywords, locale, styleSheetGroups(sources.styleTerms, locale)), ...sources.glossaryTerms.map(normalize)];
  const words = phrases.flatMap((phrase) => phrase.split(/[\s,;/()]+/)).filter((word) => word.length > 0);
  return [...new Set(words)].sort();
}
