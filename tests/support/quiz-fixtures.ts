import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { quizSchema, type Quiz } from '../../src/schemas/quiz';

/** A quiz fixture from tests/fixtures/quizzes, raw as the file holds it. */
export const rawQuizFixture = (name: string): unknown => parseYaml(readFileSync(`tests/fixtures/quizzes/${name}`, 'utf8'));

/** A valid quiz fixture, parsed by the schema. */
export const quizFixture = (name: string): Quiz => quizSchema.parse(rawQuizFixture(name));
