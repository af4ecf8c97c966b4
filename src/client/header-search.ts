// The header's search box, once a reader focuses it (or presses / or Ctrl+K):
// results appear under the header as they type, from this language's index. Enter
// still submits to the search page, which has the filters; without JavaScript that
// is all the box does.
import { fill, loadPagefind, readLabels, renderResult, search } from './pagefind.ts';

export function mountHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const labels = readLabels(form);
  const panel = Object.assign(document.createElement('div'), { id: 'header-results', className: 'search-panel', hidden: true });
  const status = Object.assign(document.createElement('p'), { className: 'change-meta' });
  status.setAttribute('aria-live', 'polite');
  const list = Object.assign(document.createElement('ol'), { className: 'search-results' });
  const more = document.createElement('a');
  panel.append(status, list, more);
  form.after(panel);
  input.setAttribute('aria-controls', panel.id);

  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) return close();
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = labels.loading;
    const found = await search(query, {}, 8);
    if (ticket !== latest) return;
    status.textContent = found.total === 0 ? fill(labels.noResults, { query }) : fill(labels.count, { count: found.total });
    list.replaceChildren(...found.results.map((result) => renderResult(result, labels)));
    more.href = `${form.getAttribute('action')}?q=${encodeURIComponent(query)}`;
    more.textContent = labels.all;
    more.hidden = found.total === 0;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  const links = () => [...panel.querySelectorAll('a')].filter((link) => !link.hidden);
  form.parentElement!.addEventListener('keydown', (event) => {
    if (panel.hidden) return;
    const focusable = links();
    const at = focusable.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      close();
      input.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (focusable.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = at + step;
      if (next < 0) input.focus();
      else focusable[Math.min(next, focusable.length - 1)]!.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node) && !panel.contains(event.target as Node)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) void run();
  });
  // Opening the box is the cue to fetch Pagefind, so the first keystroke finds it ready.
  void loadPagefind();
  if (input.value.trim()) void run();
}
