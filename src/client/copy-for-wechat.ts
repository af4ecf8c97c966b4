// The WeChat page's one button: puts the fragment on the clipboard as rich text (text/html),
// with its plain text beside it, for pasting into the Official Account editor.
const button = document.querySelector<HTMLButtonElement>('#copy-wechat');
const fragment = document.querySelector<HTMLTemplateElement>('#wechat-fragment');
const statusLine = document.querySelector<HTMLElement>('#copy-status');

if (button && fragment && statusLine && 'ClipboardItem' in window) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const html = fragment.innerHTML;
    const text = fragment.content.textContent ?? '';
    try {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
      statusLine.textContent = button.dataset.copied ?? '';
    } catch {
      statusLine.textContent = button.dataset.failed ?? '';
    }
  });
}
