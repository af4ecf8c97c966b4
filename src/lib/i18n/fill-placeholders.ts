/** Fills `{name}` placeholders from `vars`, leaving unknown ones as written. No dictionaries, so browser code can use it. */
export function fillPlaceholders(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
