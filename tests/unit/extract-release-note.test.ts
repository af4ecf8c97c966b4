import { describe, expect, it } from 'vitest';
import { extractReleaseNote } from '#lib/upstream/extract-release-note.ts';

const kubernetesBody = (note: string) =>
  `#### What type of PR is this?\n\n/kind bug\n\n#### Does this PR introduce a user-facing change?\n\n\`\`\`release-note\n${note}\n\`\`\`\n\n\`\`\`docs\n\n\`\`\`\n`;

describe('extractReleaseNote', () => {
  it('takes the text of a ```release-note block', () => {
    expect(extractReleaseNote(kubernetesBody('Use HorizontalPodAutoscaler v2 for kubectl'))).toBe('Use HorizontalPodAutoscaler v2 for kubectl');
  });

  it('keeps a multi-line note whole and trims it', () => {
    expect(extractReleaseNote(kubernetesBody('  First line.\nSecond line.  '))).toBe('First line.\nSecond line.');
  });

  it.each(['NONE', 'none', 'None.', 'N/A', ''])('treats %j as no note', (note) => {
    expect(extractReleaseNote(kubernetesBody(note))).toBeNull();
  });

  it('reads Windows line endings', () => {
    expect(extractReleaseNote('```release-note\r\nFixed a crash.\r\n```\r\n')).toBe('Fixed a crash.');
  });

  it('falls back to a ```markdown changelog block (moby’s template)', () => {
    expect(extractReleaseNote('**- Description for the changelog**\n```markdown changelog\nFix a deadlock in bytespipe\n```\n')).toBe('Fix a deadlock in bytespipe');
  });

  it('falls back to a "Release note" heading', () => {
    expect(extractReleaseNote('## Summary\nStuff.\n\n## Release notes\nAdds a flag.\n\n## Testing\nRan it.')).toBe('Adds a flag.');
  });

  it('returns null for a body without any note, or no body', () => {
    expect(extractReleaseNote('Just a description.')).toBeNull();
    expect(extractReleaseNote(null)).toBeNull();
  });
});
