// Progressive enhancement only: without this file, the commune typed in /offres is resolved by
// the server (a clear error lists the candidates when it is unknown or ambiguous).
// A combobox over /api/v1/communes (same pattern as the job-title field).
import { combobox, getJson } from './combobox.js';

for (const input of document.querySelectorAll('input[data-commune-autocomplete]')) {
  const { status } = combobox(input, {
    idPrefix: 'communes',
    listLabel: 'Communes proposées',
    load: async (q, signal) => (await getJson(`${input.dataset.communeAutocomplete}?q=${encodeURIComponent(q)}`, signal)).communes,
    label: (item) => item.libelle,
    detail: (item) => `Département ${item.departement}`,
    announce: (count) => `${count} commune${count > 1 ? 's' : ''} proposée${count > 1 ? 's' : ''} : flèches haut et bas pour parcourir, Entrée pour choisir.`,
    choose: (item) => {
      input.value = item.libelle;
      status.textContent = `Commune choisie : ${item.libelle}.`;
    },
  });
}
