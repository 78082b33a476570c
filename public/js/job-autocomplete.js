// Progressive enhancement only: without this file, the typed job title is resolved by the server.
// A combobox over /api/v1/referentiels/appellations (same pattern as the search box).
import { combobox, getJson } from './combobox.js';

for (const input of document.querySelectorAll('input[data-job-autocomplete]')) {
  const form = input.form;
  const code = form?.querySelector('input[data-job-code]');
  const { status } = combobox(input, {
    idPrefix: 'metiers',
    listLabel: 'Métiers proposés',
    load: async (q, signal) => (await getJson(`${input.dataset.jobAutocomplete}?q=${encodeURIComponent(q)}`, signal)).appellations,
    label: (item) => item.libelle,
    detail: (item) => item.codeRome,
    announce: (count) => `${count} métier${count > 1 ? 's' : ''} proposé${count > 1 ? 's' : ''} : flèches haut et bas pour parcourir, Entrée pour choisir.`,
    // A title typed by hand is no longer the one chosen earlier.
    onInput: () => {
      if (code) code.value = '';
    },
    choose: (item) => {
      input.value = item.libelle;
      if (code) code.value = item.codeOgr;
      // A suggestion picked earlier (after an ambiguous answer) gives way to this choice.
      for (const radio of form?.querySelectorAll('input[name="metierSuggestion"]') ?? []) radio.checked = false;
      status.textContent = `Métier choisi : ${item.libelle}.`;
    },
  });
}
