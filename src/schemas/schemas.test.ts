import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { approachSchema } from './approach';
import { contactSchema } from './contact';
import { guideSchema } from './guide';
import { serviceSchema } from './service';

/** What the build prints for a schema mistake: the field's path and what is wrong with it. */
function problems(schema: z.ZodType, fixture: string): string[] {
  const data = parseYaml(readFileSync(`tests/fixtures/schemas/${fixture}`, 'utf8'));
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('content schemas', () => {
  it('name a missing field', () => {
    expect(problems(guideSchema, 'guide-missing-title.yaml')).toEqual(['title: Invalid input: expected string, received undefined']);
  });

  it('name a wrong enum value and the values allowed', () => {
    expect(problems(approachSchema, 'approach-wrong-enum.yaml')).toEqual([
      'privacy: Invalid option: expected one of "high"|"medium"|"low"',
      'settings.1: Invalid option: expected one of "rehab-centre"|"hospital"|"clinic"|"puskesmas"|"school"|"workplace"|"community"|"online"',
    ]);
  });

  it('name a reference to an approach that does not exist', () => {
    expect(problems(approachSchema, 'approach-unknown-combination.yaml')).toEqual([
      'combinesWith.0.approach: Invalid option: expected one of "individual-counseling"|"group-therapy"|"peer-support"|"self-help-partnership"|"psychosocial-services"|"guidance-counseling"|"rehabilitation"|"medication"',
    ]);
  });

  it('catch a YAML slip that splits a sentence into a stray field', () => {
    expect(problems(contactSchema, 'contact-unquoted-comma.yaml')).toEqual(['dialNote: Unrecognized key: "pilih ekstensi 8."']);
  });

  it('name a contact source without a title and a date in the wrong form', () => {
    expect(problems(contactSchema, 'contact-source-without-title.yaml')).toEqual([
      'sources.0.title: Invalid input: expected object, received undefined',
      'sources.0.date: Invalid string: must match pattern /^\\d{4}(-\\d{2}(-\\d{2})?)?$/',
    ]);
  });

  it('name a service place written in one language only', () => {
    expect(problems(serviceSchema, 'service-place-in-one-language.yaml')).toEqual(['places.0.en: Invalid input: expected string, received undefined']);
  });
});
