// The header's search box, once a reader focuses it (or presses / or Ctrl+K):
// results appear under the header as they type, from this language's index. Enter
// still submits to the search page, which has the filters; without JavaScript that
// is all the box does.
import { fillPlaceholders } from '#lib/i18n/fill-placeholders.ts';
import type { SearchWords } from '#lib/i18n/search-labels.ts';
import { loadPagefind, renderNoResults, renderResult, resultsOf, search } from './pagefind.ts';

const SHOWN = 8;

/** `labels` come built into each language's copy of this module (src/page-data/client-bundles.ts). */
export function mountHeaderSearch(form: HTMLFormElement, labels: SearchWords): void {
  const input = form.querySelector('input')!;
  const panel = Object.assign(document.createElement('div'), { id: 'header-results', className: 'search-panel', hidden: true });
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', form.getAttribute('aria-label') ?? '');
  const status = Object.assign(document.createElement('p'), { className: 'change-meta' });
  const list = Object.assign(document.createElement('ol'), { className: 'search-results' });
  const more = document.createElement('a');
  panel.append(status, list, more);
  // Screen readers announce a live region's changes only if it was already in the page,
  // so the count goes to one that is there from the start, outside the hidden panel.
  const announcer = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
  announcer.setAttribute('aria-live', 'polite');
  form.after(panel, announcer);
  input.setAttribute('aria-controls', panel.id);

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    clearTimeout(timer);
    latest++; // a search still in flight must not open the panel again
    panel.hidden = true;
  };
  const say = (text: string) => {
    status.textContent = text;
    announcer.textContent = text;
  };
  const run = async () => {
    const query = input.value.trim();
    if (!query) return close();
    const ticket = ++latest;
    panel.hidden = false;
    say(labels.loading);
    try {
      const found = await search(query);
      const results = await resultsOf(found, 0, SHOWN);
      if (ticket !== latest) return;
      const total = found.hits.length;
      if (total === 0) {
        // The status line carries a link to the other language's search with the same words.
        announcer.textContent = fillPlaceholders(labels.noResults, { query });
        status.replaceChildren(...renderNoResults(query, labels));
      } else say(fillPlaceholders(labels.count, { count: total }));
      list.replaceChildren(...results.map((result) => renderResult(result, labels)));
      more.href = `${form.getAttribute('action')}?q=${encodeURIComponent(query)}`;
      more.textContent = labels.all;
      more.hidden = total === 0;
    } catch {
      if (ticket !== latest) return;
      say(labels.failed);
      list.replaceChildren();
      more.hidden = true;
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  input.addEventListener('focus', () => {
    if (panel.hidden && input.value.trim()) void run();
  });

  const inside = (node: EventTarget | null) => node instanceof Node && (form.contains(node) || panel.contains(node));
  const links = () => [...panel.querySelectorAll('a')].filter((link) => !link.hidden);
  // A press on the panel keeps focus in the box, so nothing closes between a result's
  // mousedown and its click (Safari does not focus links on click).
  panel.addEventListener('mousedown', (event) => {
    if (event.button === 0) event.preventDefault();
  });
  for (const region of [form, panel] as HTMLElement[]) {
    region.addEventListener('keydown', (event) => {
      if (event.isComposing) return; // Escape and arrows belong to the input method then
      if (event.key === 'Escape' && panel.hidden) return clearTimeout(timer);
      if (panel.hidden) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        // Focus first: the box's focus handler reopens a closed panel.
        input.focus({ preventScroll: true });
        close();
        return;
      }
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const focusable = links();
      if (focusable.length === 0) return;
      event.preventDefault();
      const next = focusable.indexOf(document.activeElement as HTMLAnchorElement) + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else focusable[Math.min(next, focusable.length - 1)]!.focus();
    });
    // Only when focus moves to something else: with no new target (a click on plain text,
    // or on a result link in browsers that do not focus links on click) the click handler
    // decides, so a result's own click is never swallowed by the panel closing under it.
    region.addEventListener('focusout', (event) => {
      if (event.relatedTarget && !inside(event.relatedTarget)) close();
    });
  }
  document.addEventListener('click', (event) => {
    if (!inside(event.target)) close();
  });
  // Opening the box is the cue to fetch Pagefind, so the first keystroke finds it ready.
  loadPagefind().catch(() => {});
  if (input.value.trim()) void run();
}
