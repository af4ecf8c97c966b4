// Kept apart from the dictionaries so the search scripts can format dates without
// bundling every UI string.

/** The locale whose long date a language's pages show: 2023年1月30日, 30 January 2023. */
const DATE_LOCALES: Record<string, string> = { zh: 'zh-CN', 'zh-CN': 'zh-CN', en: 'en-GB' };

/** Formats an ISO date or datetime as a calendar day in `lang` (`zh`, `en`, or a page's `zh-CN`), in UTC so builds agree everywhere. */
export function formatDay(iso: string, lang: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(DATE_LOCALES[lang] ?? lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
