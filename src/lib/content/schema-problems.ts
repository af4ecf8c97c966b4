import type { z } from 'zod';
import type { ContentProblem } from './content-error.ts';
import { fieldPath, friendlyMessage, REPORT_INPUT } from './format-zod-issues.ts';
import type { ParsedYaml } from './yaml-lines.ts';

export type SchemaResult<T> = { value: T; problems: [] } | { value: null; problems: ContentProblem[] };

/** Validates parsed YAML against `schema`, turning every issue into a file:line: field problem. */
export function checkYamlAgainst<T>(file: string, parsed: ParsedYaml, schema: z.ZodType<T>): SchemaResult<T> {
  if (parsed.errors.length > 0) {
    return { value: null, problems: parsed.errors.map((error) => ({ file, line: error.line, message: `YAML: ${error.message}` })) };
  }
  const result = schema.safeParse(parsed.data, REPORT_INPUT);
  if (result.success) return { value: result.data, problems: [] };
  return {
    value: null,
    problems: result.error.issues.map((issue) => ({
      file,
      // An unknown key has no path of its own: point at the key itself.
      line: parsed.lineOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path),
      field: fieldPath(issue.path) || undefined,
      message: friendlyMessage(issue),
    })),
  };
}
