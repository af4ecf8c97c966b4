import type { Lang } from '#lib/i18n/locales.ts';
import { formatDay, useTranslations } from '#lib/i18n/translate.ts';
import { refRepo } from '#lib/upstream/refs.ts';

/** Everything a share card draws; the card and its cache key are made from this alone. */
export interface CardFacts {
  lang: Lang;
  /** The site's name in the card's language. */
  site: string;
  /** The large text: an issue's title, or the site's tagline on the default card. */
  title: string;
  /** The line above the title: `第 1 期 · 2023年1月30日`; empty on the default card. */
  kicker: string;
  /** Projects the issue covers, as `owner/repo`, in the order first mentioned. */
  projects: string[];
  /** The site's host name, printed in a corner. */
  host: string;
}

/** Cards show at most this many projects, then `+N`. */
export const CARD_PROJECTS = 4;

/** The repositories of an issue's item refs (`owner/repo#1`, `owner/repo@v1`), each once. */
export function projectsOf(refs: readonly string[]): string[] {
  return [...new Set(refs.map(refRepo))];
}

/** An issue's card, in the issue's own language. */
export function issueCardFacts(issue: { lang: Lang; number: number; date: string; title: string; items: readonly string[] }, site: URL): CardFacts {
  const t = useTranslations(issue.lang);
  return {
    lang: issue.lang,
    site: t('site.name'),
    kicker: `${t('issue.number', { number: issue.number })} · ${formatDay(issue.date, issue.lang)}`,
    title: issue.title,
    projects: projectsOf(issue.items),
    host: site.host,
  };
}

/** The card of every page that has none of its own: the site's name and tagline. */
export function defaultCardFacts(lang: Lang, site: URL): CardFacts {
  const t = useTranslations(lang);
  return { lang, site: t('site.name'), kicker: '', title: t('site.tagline'), projects: [], host: site.host };
}

/** A card's text alternative, for og:image:alt. */
export function cardAlt(facts: CardFacts): string {
  return [facts.site, facts.kicker, facts.title].filter(Boolean).join(' · ');
}
