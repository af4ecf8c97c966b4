import type { z } from 'zod';
import type { ContentProblem } from './content-error.ts';
import { fieldPath, friendlyMessage, REPORT_INPUT } from './format-zod-issues.ts';
import type { SchemaResult } from './schema-problems.ts';

/** Parses the text of a JSON content file and validates it, naming the file and field of every problem. */
export function parseJsonFile<T>(file: string, text: string, schema: z.ZodType<T>): SchemaResult<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { value: null, problems: [{ file, message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const result = schema.safeParse(data, REPORT_INPUT);
  if (result.success) return { value: result.data, problems: [] };
  const problems: ContentProblem[] = result.error.issues.map((issue) => ({
    file,
    field: fieldPath(issue.path) || undefined,
    message: friendlyMessage(issue),
  }));
  return { value: null, problems };
}
