import type { ContentProblem } from '#lib/content/content-error.ts';
import { parseFrontmatter } from '#lib/content/frontmatter.ts';
import type { IssueFile } from '#lib/content/load-issue-files.ts';
import { isTopic, TOPICS } from '#lib/upstream/labels.ts';

/** Each topic an issue names must be in the vocabulary: any other slug would open a stray topic page. */
export function checkTopics(files: readonly IssueFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    if (!file.frontmatter) continue;
    const lines = parseFrontmatter(file.text);
    file.frontmatter.topics.forEach((topic, index) => {
      if (isTopic(topic)) return;
      problems.push({
        file: file.file,
        line: lines?.lineOf(['topics', index]),
        field: `topics[${index}]`,
        message: `unknown topic \`${topic}\`; the known topics are ${TOPICS.join(', ')} (src/lib/upstream/labels.ts)`,
      });
    });
  }
  return problems;
}
