// Progressive enhancement only: every form works without this file.
import { combobox, getJson } from './combobox.js';

// Filters apply as soon as they change (the "Appliquer les filtres" button still works).
for (const form of document.querySelectorAll('form[data-search-form]')) {
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLElement && target.hasAttribute('data-auto-submit')) form.requestSubmit();
  });
}

// Search autocomplete over /api/v1/suggestions: choosing a suggestion opens the service.
for (const input of document.querySelectorAll('input[data-autocomplete-input], form[data-autocomplete] input[type="search"]')) {
  combobox(input, {
    idPrefix: 'suggestions',
    listLabel: 'Suggestions de services',
    load: async (q, signal) => (await getJson(`/api/v1/suggestions?q=${encodeURIComponent(q)}`, signal)).suggestions,
    label: (item) => item.nom,
    detail: (item) => item.libelleType,
    choose: (item) => window.location.assign(item.lien),
  });
}

// A result reached by its anchor (a quiz's score, #resultat) takes the focus, so that keyboard and
// screen reader users start reading there.
if (window.location.hash) {
  const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  if (target instanceof HTMLElement && target.hasAttribute('data-focus-on-arrival')) target.focus();
}
