// Progressive enhancement of the API console (/developpeurs/api/:slug/console); everything works
// without this file. « Copier » buttons (hidden without JavaScript) copy the access token or the
// curl command, and say so in a status region.

const copyText = async (text, source) => {
  try {
    await window.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http, old browser): select the text and use the legacy command.
    if (source.tagName === 'INPUT') {
      source.focus();
      source.select();
    } else {
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return document.execCommand?.('copy') ?? false;
  }
};

for (const button of document.querySelectorAll('button[data-copy-target]')) {
  const targetId = button.dataset.copyTarget;
  const source = targetId ? document.getElementById(targetId) : null;
  if (!source) continue;
  const status = document.querySelector(`[data-copy-status="${targetId}"]`);
  let timer;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = source.tagName === 'INPUT' ? source.value : source.textContent ?? '';
    const copied = await copyText(text, source);
    if (status) {
      status.textContent = copied ? 'Copié dans le presse-papiers.' : 'Copie impossible : sélectionnez le texte et copiez-le.';
      clearTimeout(timer);
      timer = setTimeout(() => {
        status.textContent = '';
      }, 4000);
    }
  });
}
