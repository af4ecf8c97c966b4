import { fillPlaceholders } from './fill-placeholders.ts';
import type { Lang } from './locales.ts';
import { en } from './ui/en.ts';
import { zh } from './ui/zh.ts';
// Shared with the search scripts, which must not bundle the dictionaries.
import { formatDay as formatDayIn } from './format-day.ts';

export type UiKey = keyof typeof zh;
const DICTIONARIES: Record<Lang, Record<UiKey, string>> = { zh, en };

/** Returns a lookup for `lang` that fills `{name}` placeholders from `vars`. */
export function useTranslations(lang: Lang) {
  const dictionary = DICTIONARIES[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}): string => fillPlaceholders(dictionary[key], vars);
}

/** Formats an ISO date or datetime as a calendar day, in UTC so builds agree everywhere. */
export function formatDay(iso: string, lang: Lang): string {
  return formatDayIn(iso, lang);
}
