// The upgrade page's picker: shows the changes after the "from" version up to and
// including the "to" version, updates each group's count, and keeps the choice in the
// address (`?from=v1.26&to=v1.27`), so a link can be shared and a reload shows it again.
// Without it the picker and the list stay hidden, and the page lists the version pages.
const picker = document.querySelector<HTMLFormElement>('[data-upgrade]');
const upgradeList = document.querySelector<HTMLElement>('[data-results]');

if (picker && upgradeList) {
  const from = picker.elements.namedItem('from') as HTMLSelectElement;
  const to = picker.elements.namedItem('to') as HTMLSelectElement;
  const summary = upgradeList.querySelector<HTMLElement>('[data-summary-text]')!;
  const groups = [...upgradeList.querySelectorAll<HTMLElement>('[data-group]')];
  const last = to.options.length - 1;
  // The "from" list starts with "before the first version", so its index is one ahead.
  const fromIndex = () => from.selectedIndex - 1;

  const apply = () => {
    let count = 0;
    const shown = new Set<string>();
    for (const group of groups) {
      let inGroup = 0;
      for (const row of group.querySelectorAll<HTMLElement>('li[data-v]')) {
        const v = Number(row.dataset.v);
        row.hidden = v <= fromIndex() || v > to.selectedIndex;
        if (!row.hidden) {
          inGroup++;
          shown.add(row.dataset.v!);
        }
      }
      group.hidden = inGroup === 0;
      group.querySelector('[data-count]')!.textContent = String(inGroup);
      count += inGroup;
    }
    summary.textContent = picker.dataset
      .summary!.replace('{from}', from.value || picker.dataset.start!)
      .replace('{to}', to.value)
      .replace('{count}', String(count))
      .replace('{versions}', String(shown.size));
    const query = new URLSearchParams(from.value ? { from: from.value, to: to.value } : { to: to.value });
    history.replaceState(null, '', `${location.pathname}?${query}${location.hash}`);
  };

  // Only "from" versions older than "to" can be chosen.
  const limit = () => {
    for (const option of [...from.options].slice(1)) option.disabled = option.index - 1 >= to.selectedIndex;
    if (fromIndex() >= to.selectedIndex) from.selectedIndex = to.selectedIndex;
  };

  const params = new URLSearchParams(location.search);
  const pick = (select: HTMLSelectElement, value: string | null) => [...select.options].findIndex((option) => option.value === value && value !== '');
  const wantedTo = pick(to, params.get('to'));
  to.selectedIndex = wantedTo >= 0 ? wantedTo : last;
  const wantedFrom = pick(from, params.get('from'));
  // By default, the step from the version before the newest.
  from.selectedIndex = wantedFrom >= 0 ? wantedFrom : params.has('to') ? 0 : Math.max(0, to.selectedIndex);
  limit();
  picker.addEventListener('change', (event) => {
    if (event.target === to) limit();
    apply();
  });
  picker.hidden = false;
  upgradeList.hidden = false;
  apply();
}
