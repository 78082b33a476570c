// Progressive enhancement only: every form works without this file.

// Filters apply as soon as they change (the "Appliquer les filtres" button still works).
for (const form of document.querySelectorAll('form[data-search-form]')) {
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && target.hasAttribute('data-auto-submit')) form.requestSubmit();
  });
}

// Search autocomplete: an ARIA 1.2 combobox over /api/v1/suggestions.
let counter = 0;
function enhance(input) {
  const id = `suggestions-${++counter}`;
  const list = document.createElement('ul');
  list.id = id;
  list.className = 'es-autocomplete__list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions de services');
  list.hidden = true;
  input.parentElement.classList.add('es-autocomplete');
  input.insertAdjacentElement('afterend', list);
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
        li.textContent = item.nom;
        const type = document.createElement('span');
        type.className = 'es-autocomplete__type';
        type.textContent = item.libelleType;
        li.append(' ', type);
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          window.location.assign(item.lien);
        });
        return li;
      }),
    );
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    active = -1;
  };
  const fetchSuggestions = async () => {
    const q = input.value.trim();
    if (q.length < 2) {
      items = [];
      render();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`/api/v1/suggestions?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) return;
      items = (await response.json()).suggestions;
      render();
    } catch {
      /* network error or aborted: the form still submits */
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
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
      window.location.assign(items[active].lien);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
for (const input of document.querySelectorAll('input[data-autocomplete-input], form[data-autocomplete] input[type="search"]')) enhance(input);
