/** Splitting running text into sentences and counting words, for Indonesian and English. */

// Abbreviations that end in a full stop without ending the sentence.
const abbreviations = ['No', 'ext', 'dll', 'dsb', 'mis', 'dkk', 'Yth', 'e.g', 'i.e', 'etc', 'Dr', 'dr', 'Jl', 'vs', 'Sp', 'Rp', 'St', 'Kec', 'Kab', 'Prof', 'Mr', 'Mrs', 'Ms'];
const abbreviationEnd = new RegExp(`(?:^|[\\s(])(?:${abbreviations.map((a) => a.replace('.', '\\.')).join('|')})$`);

/** The sentences of one block of text. */
export function sentencesOf(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?…]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;
  for (const match of block.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    const candidate = block.slice(start, end).trim();
    if (abbreviationEnd.test(candidate.replace(/[.!?…]["”’)]?$/, ''))) continue;
    sentences.push(candidate);
    start = end;
  }
  const rest = block.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** Words: runs that contain a letter or a digit ("112", "BPJS", "sehari-hari"). */
export function wordsOf(sentence: string): string[] {
  return sentence.split(/[\s/]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
