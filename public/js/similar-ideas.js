// Progressive enhancement only: without this file, the server lists similar ideas after the first
// submission and asks to confirm (« Publier quand même »).
// While the title is typed, ideas with a close title are listed below it (an aria-live region).

for (const input of document.querySelectorAll('input[data-similar-ideas]')) {
  const endpoint = input.dataset.similarIdeas;
  const region = document.getElementById(input.getAttribute('aria-describedby')?.split(' ').find((id) => id === 'idees-similaires') ?? 'idees-similaires');
  if (!endpoint || !region) continue;
  let timer;
  let controller;
  let last = '';

  const render = (ideas) => {
    if (!ideas.length) {
      region.replaceChildren();
      return;
    }
    const title = document.createElement('p');
    title.className = 'fr-text--sm fr-mb-1w';
    title.textContent = `${ideas.length > 1 ? `${ideas.length} idées proches existent` : 'Une idée proche existe'} déjà : soutenez-les plutôt.`;
    const list = document.createElement('ul');
    list.className = 'fr-text--sm';
    for (const idea of ideas) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = idea.lien;
      link.textContent = idea.titre;
      item.append(link, ` (${idea.soutiens} soutien${idea.soutiens > 1 ? 's' : ''})`);
      list.append(item);
    }
    region.replaceChildren(title, list);
  };

  const lookUp = async () => {
    const titre = input.value.trim();
    if (titre === last) return;
    last = titre;
    controller?.abort();
    if (titre.length < 5) {
      render([]);
      return;
    }
    controller = new AbortController();
    try {
      const response = await fetch(`${endpoint}?titre=${encodeURIComponent(titre)}`, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!response.ok) return;
      render((await response.json()).idees ?? []);
    } catch {
      // Aborted or offline: the server check on submission still applies.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 300);
  });
}
