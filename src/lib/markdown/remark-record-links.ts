// A remark plugin: every `owner/repo#123` mentioned in prose that names a gathered
// record becomes a link to that change's page on this site. Mentions inside code,
// or already inside a link, are left alone; unknown refs stay plain text.
import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import { mentionPattern, pullRef } from '#lib/upstream/refs.ts';

export interface RecordLinkOptions {
  /** Whether a record with this ref exists. */
  hasRecord(ref: string): boolean;
  /** The site path of a record's page, in the language of the file being processed. */
  href(ref: string, file: { path?: string }): string;
}

export function remarkRecordLinks(options: RecordLinkOptions) {
  return (tree: Root, file: { path?: string }) => {
    findAndReplace(
      tree,
      [
        mentionPattern(),
        (whole: string, owner: string, repo: string, number: string) => {
          const ref = pullRef(`${owner}/${repo}`, number);
          if (!options.hasRecord(ref)) return false;
          return { type: 'link', url: options.href(ref, file), children: [{ type: 'text', value: whole }] };
        },
      ],
      { ignore: ['link', 'linkReference'] },
    );
  };
}
