/** The Shiki themes of code blocks: GitHub's defaults, which pass WCAG AA contrast (a browser test checks). */
export const SHIKI_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
