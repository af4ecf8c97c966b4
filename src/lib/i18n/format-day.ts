// Kept apart from the dictionaries so the search scripts can format dates without
// bundling every UI string.
import { remember } from '#lib/content/remember.ts';

/** The locale whose long date a language's pages show: 2023年1月30日, 30 January 2023. */
const DATE_LOCALES: Record<string, string> = { zh: 'zh-CN', 'zh-CN': 'zh-CN', en: 'en-GB' };

// Building a formatter costs far more than formatting with one, and a build formats
// hundreds of thousands of dates: one formatter per locale, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return formatter;
}

// Even with one formatter, formatting was 1 % of a ten-year build: the same dates and
// datetimes (about 10,000 a language at 520 issues) come back on page after page (a
// change's date on its page, in its lists, on its issue's).
const formatted = new Map<string, string>();

/** Formats an ISO date or datetime as a calendar day in `lang` (a language code, or a page's `<html lang>` such as `zh-CN`), in UTC so builds agree everywhere. */
export function formatDay(iso: string, lang: string): string {
  return remember(formatted, `${lang} ${iso}`, () => {
    const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
    return Number.isNaN(date.getTime()) ? iso : formatterFor(DATE_LOCALES[lang] ?? lang).format(date);
  }, 2 ** 15);
}
