import { getCollection } from 'astro:content';
import { quizKeys } from '../i18n/routes';
import type { Quiz } from '../schemas/quiz';

/** The quizzes in the order the routes module lists them. */
export async function quizzesInOrder(): Promise<Quiz[]> {
  const byKey = new Map((await getCollection('quizzes')).map((entry) => [entry.id, entry.data]));
  return quizKeys.flatMap((key) => (byKey.has(key) ? [byKey.get(key)!] : []));
}
