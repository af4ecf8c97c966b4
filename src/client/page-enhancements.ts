// The only script a content page carries (src/components/PageScript.astro): it loads
// the header search (and with it Pagefind) on first focus, on / or on Ctrl+K, and
// gives each code block a copy button, and lets the language switch carry the page's
// query. Everything else works without it.
import { switchHref } from '#lib/i18n/switch-href.ts';

const form = document.querySelector<HTMLFormElement>('.header-search');
const input = form?.querySelector('input');

if (form && input) {
  // The module's address, with its language and content hash, comes from the page
  // (src/page-data/client-bundles.ts): this script stays small and the same everywhere.
  let attempts = 0;
  const mount = () => {
    // A browser remembers a failed module fetch by its address, so a retry asks anew.
    const address = `${form.dataset.module!}${attempts++ > 0 ? `?retry=${attempts}` : ''}`;
    import(address).then(
      // The language's copy of header-search.ts, its words built in.
      (module: { mountHeaderSearch(form: HTMLFormElement): void }) => module.mountHeaderSearch(form),
      // Say the network dropped: the box stays a plain form that still submits, and the
      // next focus tries again.
      () => input.addEventListener('focus', mount, { once: true }),
    );
  };
  input.addEventListener('focus', mount, { once: true });
  // The search page's own box takes the shortcuts there.
  const target = document.querySelector<HTMLInputElement>('#q') ?? input;
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  document.addEventListener('keydown', (event) => {
    const key = event.key?.toLowerCase();
    const element = event.target as HTMLElement;
    const typing = event.isComposing || element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
    const slash = key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    // ⌘K on a Mac, where Ctrl+K deletes to the end of the line in text fields.
    const ctrlK = key === 'k' && (mac ? event.metaKey : event.ctrlKey) && !event.altKey && !event.shiftKey;
    if (!slash && !ctrlK) return;
    event.preventDefault();
    target.focus();
    target.select();
  });
}

// Read when the switch is used, not at load: the filters, the search page and the
// upgrade picker rewrite the query as the reader goes (history.replaceState).
const langSwitch = document.querySelector<HTMLAnchorElement>('.lang-switch');
if (langSwitch) {
  const plain = langSwitch.getAttribute('href')!;
  langSwitch.onpointerdown = langSwitch.onfocus = langSwitch.onclick = () => (langSwitch.href = switchHref(plain, location));
}

const { copy = '', copied = '' } = document.body.dataset;
for (const pre of document.querySelectorAll<HTMLPreElement>('main pre')) {
  // Nothing to copy.
  if (!pre.textContent?.trim()) continue;
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-code', textContent: copy });
  button.setAttribute('aria-live', 'polite');
  let reset: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    const code = pre.querySelector('code') ?? pre;
    try {
      await navigator.clipboard.writeText(code.innerText);
      button.textContent = copied;
      clearTimeout(reset);
      reset = setTimeout(() => (button.textContent = copy), 2000);
    } catch {
      // No clipboard (an insecure origin, or a refused permission): select the code for Ctrl+C.
      getSelection()?.selectAllChildren(code);
    }
  });
  const frame = Object.assign(document.createElement('div'), { className: 'code-frame' });
  pre.replaceWith(frame);
  frame.append(pre, button);
}
