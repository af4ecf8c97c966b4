import { fillPlaceholders } from './fill-placeholders.ts';
import { HTML_LANG, LOCALES, type Lang } from './locales.ts';
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

/** The name a topic is shown by: the dictionary's `topic.name.<slug>`, else the slug itself (kubelet, kubectl). */
export function topicName(topic: string, lang: Lang): string {
  const dictionary: Record<string, string> = DICTIONARIES[lang];
  return dictionary[`topic.name.${topic}`] ?? topic;
}

// Made once per language: pages count things many times each.
const PLURAL_RULES = Object.fromEntries(LOCALES.map((lang) => [lang, new Intl.PluralRules(HTML_LANG[lang])])) as Record<Lang, Intl.PluralRules>;

/** Keys that have a singular form `<key>.one` beside them. */
type CountKey = { [K in UiKey]: `${K}.one` extends UiKey ? K : never }[UiKey];

/** `{count}` things, in the singular or plural form the language's plural rules pick ("1 release", "2 releases"). */
export function formatCount(lang: Lang, key: CountKey, count: number): string {
  const form = PLURAL_RULES[lang].select(count) === 'one' ? (`${key}.one` as UiKey) : key;
  return fillPlaceholders(DICTIONARIES[lang][form], { count });
}
