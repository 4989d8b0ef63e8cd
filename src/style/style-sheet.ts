import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { styleSheetSchema, type StyleSheet } from '../schemas/style';

let sheet: StyleSheet | undefined;

/** The house style sheet, content/style/terms.yaml, read and checked once per build. */
export function styleSheet(): StyleSheet {
  sheet ??= styleSheetSchema.parse(parseYaml(readFileSync('content/style/terms.yaml', 'utf8')));
  return sheet;
}
