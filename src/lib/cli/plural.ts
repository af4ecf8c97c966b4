const RULES = new Intl.PluralRules('en');

/** `1 record`, `2 records`: a count with its noun in the right number. Irregular plurals are passed as `many`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${RULES.select(count) === 'one' ? one : many}`;
}
