// The only script a content page carries, inlined by Astro because it is small:
// it loads the header search (and with it Pagefind) on first focus, on / or on
// Ctrl+K, and gives each code block a copy button. Everything else works without it.
const form = document.querySelector<HTMLFormElement>('.header-search');
const input = form?.querySelector('input');

if (form && input) {
  // The module's address comes from the page (src/site/header-search-bundle.ts), so
  // Vite sees no import here and Astro can inline this script.
  const load = () => import(/* @vite-ignore */ form.dataset.module!) as Promise<typeof import('./header-search.ts')>;
  input.addEventListener('focus', () => void load().then((module) => module.mountHeaderSearch(form)), { once: true });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !ctrlK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

const { copy, copied } = document.body.dataset;
for (const pre of document.querySelectorAll<HTMLPreElement>('main pre')) {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-code', textContent: copy });
  button.addEventListener('click', async () => {
    const code = pre.querySelector('code') ?? pre;
    try {
      await navigator.clipboard.writeText(code.innerText);
      button.textContent = copied ?? '';
      setTimeout(() => (button.textContent = copy ?? ''), 2000);
    } catch {
      // No clipboard (an insecure origin, or a refused permission): select the code for Ctrl+C.
      getSelection()?.selectAllChildren(code);
    }
  });
  const frame = Object.assign(document.createElement('div'), { className: 'code-frame' });
  pre.replaceWith(frame);
  frame.append(pre, button);
}
