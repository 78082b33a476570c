import { Breadcrumb } from '../../../platform/html/components.js';
import { SearchView } from '../components/search-view.js';
import type { SearchResult } from '../search.service.js';

export function SearchPage({ result, allProviders = false }: { result: SearchResult; allProviders?: boolean }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Rechercher un service' }]} />
      <h1>{result.criteria.q ? `Services pour « ${result.criteria.q} »` : 'Tous les services'}</h1>
      <SearchView result={result} basePath="/recherche" allProviders={allProviders} />
    </div>
  );
}
