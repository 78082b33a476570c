// An ARIA 1.2 combobox (list autocomplete) over a JSON endpoint, shared by the search boxes and
// the job-title field. Progressive enhancement only: without it, the forms submit as usual.

let counter = 0;

/**
 * @param {HTMLInputElement} input
 * @param {{
 *   idPrefix: string, listLabel: string,
 *   load: (q: string, signal: AbortSignal) => Promise<unknown[]>,
 *   label: (item: any) => string, detail?: (item: any) => string | null | undefined,
 *   choose: (item: any) => void,
 *   announce?: (count: number) => string,
 *   onInput?: () => void,
 * }} options
 */
export function combobox(input, { idPrefix, listLabel, load, label, detail, choose, announce, onInput }) {
  const id = `${idPrefix}-${++counter}`;
  const list = document.createElement('ul');
  list.id = id;
  list.className = 'es-autocomplete__list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', listLabel);
  list.hidden = true;
  input.parentElement.classList.add('es-autocomplete');
  input.insertAdjacentElement('afterend', list);
  let status = null;
  if (announce) {
    status = document.createElement('p');
    status.className = 'fr-sr-only';
    status.setAttribute('role', 'status');
    list.insertAdjacentElement('afterend', status);
  }
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);
  let items = [];
  let active = -1;
  let timer;
  let controller;

  const close = () => {
    // A lookup still pending must not reopen the list once it has been closed.
    clearTimeout(timer);
    controller?.abort();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (item) => {
    close();
    choose(item);
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${id}-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const render = () => {
    list.replaceChildren(
      ...items.map((item, index) => {
        const li = document.createElement('li');
        li.id = `${id}-${index}`;
        li.className = 'es-autocomplete__option';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = label(item);
        const extra = detail?.(item);
        if (extra) {
          const span = document.createElement('span');
          span.className = 'es-autocomplete__type';
          span.textContent = extra;
          li.append(' ', span);
        }
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(item);
        });
        return li;
      }),
    );
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    active = -1;
    if (status) status.textContent = items.length ? announce(items.length) : '';
  };
  const lookup = async () => {
    const q = input.value.trim();
    if (q.length < 2) {
      items = [];
      render();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    try {
      items = await load(q, controller.signal);
      render();
    } catch {
      /* network error or aborted: the form still works without suggestions */
    }
  };
  input.addEventListener('input', () => {
    onInput?.();
    clearTimeout(timer);
    timer = setTimeout(lookup, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Escape') {
      // Only close the list: without this, Escape in a type="search" field also erases the text.
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(items[active]);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { status };
}

/** GET a JSON document, or throw. */
export async function getJson(url, signal) {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}
