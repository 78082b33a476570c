/**
 * The rotating set of searches every connection cycles through: plain keywords, keywords with
 * facets, facets only, sorts, second pages and misspellings (which take the suggestion path).
 */
type Params = Record<string, string | string[]>;

function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const item of [value].flat()) search.append(key, item);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** `providers`: two provider slugs with many services, for the "fournisseur" filter. */
export function searchQueries(providers: readonly [string, string]): string[] {
  const searches: Params[] = [
    {},
    { q: 'cv' },
    { q: "entretien d'embauche" },
    { q: 'reconversion' },
    { q: 'alternance' },
    { q: 'formation en ligne' },
    { q: 'numérique' },
    { q: 'international' },
    { q: 'créer son entreprise' },
    { q: 'boulanger' },
    { q: 'lettre de motivation' },
    { q: 'développeur informatique' },
    { q: 'canada' },
    { q: 'cv', type: 'application-mobile' },
    { q: 'formation', prix: 'gratuit', public: 'candidats' },
    { q: 'reconversion', theme: 'se-former' },
    { q: 'entretien', plateforme: ['ios', 'android'] },
    { q: 'alternance', fournisseur: providers[0] },
    { theme: 'creer-son-entreprise' },
    { type: 'mooc', prix: 'gratuit' },
    { public: 'entreprises' },
    { theme: ['trouver-un-emploi', 'se-former'] },
    { plateforme: 'android', prix: 'freemium' },
    { fournisseur: providers[1] },
    { tri: 'nouveautes' },
    { q: 'formation', tri: 'popularite' },
    { theme: 'se-former', tri: 'a-z' },
    { page: '2' },
    { q: 'cv', page: '2' },
    { theme: 'preparer-sa-candidature', tri: 'nouveautes', page: '2' },
    { q: 'entretein' },
    { q: 'recoversion', theme: 'choisir-un-metier' },
  ];
  return searches.map(queryString);
}
