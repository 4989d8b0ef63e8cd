import type { Locale } from '../i18n/locales';

/**
 * Words people type for the same thing: formal and informal, and the English words used in
 * Indonesian (Pagefind already forgives small misspellings). Rather than widen each query, which
 * would blur the ranking, each page is widened: a page whose keywords name one member of a group is
 * indexed with the whole group.
 */
export const synonymGroups: Record<Locale, readonly (readonly string[])[]> = {
  id: [
    ['narkoba', 'napza', 'narkotika', 'narkotik', 'obat terlarang', 'drugs', 'zat adiktif'],
    ['judi online', 'judol', 'judi daring', 'slot online', 'gambling', 'taruhan', 'judi'],
    ['rehabilitasi', 'rehab', 'panti rehabilitasi', 'pusat rehabilitasi', 'rehabilitation'],
    ['konseling', 'konsultasi', 'counseling', 'curhat'],
    ['konselor', 'counselor', 'terapis', 'psikolog'],
    ['kecanduan', 'adiksi', 'ketagihan', 'candu', 'addiction', 'ketergantungan'],
    // Visitors call a self-check a test; the site does not, but search should still find it.
    ['cek kecanduan', 'tes kecanduan', 'tes adiksi'],
    ['alkohol', 'miras', 'minuman keras', 'mabuk'],
    ['kelompok dukungan', 'support group', 'grup dukungan', 'kelompok swabantu', 'self-help group'],
    ['dukungan sebaya', 'teman sebaya', 'peer support', 'teman senasib', 'pendamping sebaya'],
    ['terapi kelompok', 'konseling kelompok', 'group therapy', 'terapi grup', 'konseling grup'],
    ['bimbingan konseling', 'bk', 'guru bk', 'konselor sekolah', 'bimbingan dan konseling'],
    ['hrd', 'hr', 'personalia', 'eap', 'karyawan', 'pegawai'],
    ['bunuh diri', 'ingin mati', 'suicide', 'mengakhiri hidup'],
    ['trauma', 'trauma healing', 'bencana', 'gempa', 'banjir', 'pengungsi'],
    ['kecanduan game', 'game online', 'gaming', 'main game'],
    ['stres', 'stress', 'burnout', 'cemas', 'tertekan'],
    ['orang tua', 'keluarga', 'anak', 'suami', 'istri', 'pasangan'],
    ['gratis', 'murah', 'biaya', 'bpjs', 'tanpa biaya'],
    ['rawat inap', 'rawat jalan', 'rumah sakit', 'rsj'],
  ],
  en: [
    ['drugs', 'substances', 'narcotics', 'napza', 'narkoba', 'drug use'],
    ['gambling', 'online gambling', 'betting', 'slots', 'judi online', 'judol'],
    ['rehabilitation', 'rehab', 'treatment centre', 'treatment center', 'residential treatment'],
    ['counseling', 'counselling', 'therapy', 'talking therapy', 'konseling'],
    ['counselor', 'counsellor', 'therapist', 'psychologist', 'konselor'],
    ['addiction', 'addicted', 'dependence', 'dependency', 'hooked', 'adiksi', 'kecanduan'],
    ['alcohol', 'drinking', 'booze', 'alcoholic'],
    ['support group', 'self-help group', 'mutual aid', '12-step', '12 step', 'aa', 'na'],
    ['peer support', 'peers', 'lived experience', 'people who have been there'],
    ['group therapy', 'group counseling', 'group counselling', 'group sessions'],
    ['school counselor', 'school counsellor', 'guidance counselor', 'guidance counsellor', 'bk', 'teacher'],
    ['workplace', 'employer', 'hr', 'eap', 'employee', 'manager', 'work'],
    ['suicide', 'suicidal', 'want to die', 'self-harm'],
    ['trauma', 'disaster', 'earthquake', 'flood', 'displaced'],
    ['gaming', 'video games', 'online games', 'game addiction'],
    ['stress', 'burnout', 'anxiety', 'worry'],
    ['family', 'parent', 'partner', 'child', 'husband', 'wife', 'loved one'],
    ['free', 'cheap', 'cost', 'bpjs'],
  ],
};

const normalize = (text: string) => text.toLocaleLowerCase('id').replace(/\s+/g, ' ').trim();

function mentions(keyword: string, term: string): boolean {
  return ` ${keyword} `.includes(` ${term} `);
}

/** Synonyms of a page's keywords that the keywords do not already say, each once. */
export function synonymsFor(keywords: readonly string[], locale: Locale): string[] {
  const own = keywords.map(normalize);
  const added = new Set<string>();
  for (const group of synonymGroups[locale]) {
    if (own.some((keyword) => group.some((term) => mentions(keyword, term)))) group.forEach((term) => added.add(term));
  }
  return [...added].filter((term) => !own.includes(term));
}
