// Calendar days as `YYYY-MM-DD` strings, always in UTC: issue windows, record dates
// and GitHub's search qualifiers all count days that way.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a well-formed day that exists in the calendar (`2023-02-30` does not). */
export function isRealDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** What is wrong with `value` as a day, or null: `2023-02-31` is written right but is not in the calendar. */
export function dayProblem(value: string): string | null {
  if (!DAY.test(value)) return 'expected a date written as YYYY-MM-DD';
  return isRealDay(value) ? null : `${value} is not a day in the calendar`;
}

/** The day `count` days after `day` (before it when negative). */
export function addDays(day: string, count: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

/** The UTC day of an ISO 8601 timestamp, or of a Date. */
export function dayOf(moment: string | Date): string {
  return (typeof moment === 'string' ? new Date(moment) : moment).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
