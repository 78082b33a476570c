import { Breadcrumb } from '../../../platform/html/components.js';
import { renderMarkdown } from '../../../platform/html/markdown.js';
import { SearchView } from '../components/search-view.js';
import type { ThemeRow } from '../catalogue.table.js';
import type { SearchResult } from '../search.service.js';

export function ThemePage({ theme, result, allProviders = false }: { theme: ThemeRow; result: SearchResult; allProviders?: boolean }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Thématiques', href: '/thematiques' }, { label: theme.name }]} />
      <h1>{theme.name}</h1>
      <div class="fr-text--lead es-theme-description" dangerouslySetInnerHTML={{ __html: renderMarkdown(theme.description) }} />
      <SearchView result={result} basePath={`/thematiques/${theme.slug}`} fixed={['themes']} allProviders={allProviders} />
    </div>
  );
}
