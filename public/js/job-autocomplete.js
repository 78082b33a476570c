// Progressive enhancement only: without this file, the typed job title is resolved by the server.
// An ARIA 1.2 combobox over /api/v1/referentiels/appellations (same pattern as the search box).

let counter = 0;

function enhance(input) {
  const form = input.form;
  const code = form?.querySelector('input[data-job-code]');
  const id = `metiers-${++counter}`;
  const list = document.createElement('ul');
  list.id = id;
  list.className = 'es-autocomplete__list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Métiers proposés');
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'fr-sr-only';
  status.setAttribute('role', 'status');
  input.parentElement.classList.add('es-autocomplete');
  input.insertAdjacentElement('afterend', list);
  list.insertAdjacentElement('afterend', status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);
  let items = [];
  let active = -1;
  let timer;
  let controller;

  const close = () => {
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
  const choose = (item) => {
    input.value = item.libelle;
    if (code) code.value = item.codeOgr;
    // A suggestion picked earlier (after an ambiguous answer) gives way to this choice.
    for (const radio of form?.querySelectorAll('input[name="metierSuggestion"]') ?? []) radio.checked = false;
    close();
    status.textContent = `Métier choisi : ${item.libelle}.`;
  };
  const render = () => {
    list.replaceChildren(
      ...items.map((item, index) => {
        const li = document.createElement('li');
        li.id = `${id}-${index}`;
        li.className = 'es-autocomplete__option';
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = item.libelle;
        if (item.codeRome) {
          const sheet = document.createElement('span');
          sheet.className = 'es-autocomplete__type';
          sheet.textContent = item.codeRome;
          // The space keeps the code apart from the title in the option's accessible name.
          li.append(' ', sheet);
        }
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(item);
        });
        return li;
      }),
    );
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    active = -1;
    status.textContent = items.length ? `${items.length} métier${items.length > 1 ? 's' : ''} proposé${items.length > 1 ? 's' : ''} : flèches haut et bas pour parcourir, Entrée pour choisir.` : '';
  };
  const fetchJobs = async () => {
    const q = input.value.trim();
    if (q.length < 2) {
      items = [];
      render();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(`${input.dataset.jobAutocomplete}?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) return;
      items = (await response.json()).appellations;
      render();
    } catch {
      /* network error or aborted: the server resolves the typed title */
    }
  };

  input.addEventListener('input', () => {
    if (code) code.value = '';
    clearTimeout(timer);
    timer = setTimeout(fetchJobs, 150);
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
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(items[active]);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

for (const input of document.querySelectorAll('input[data-job-autocomplete]')) enhance(input);
