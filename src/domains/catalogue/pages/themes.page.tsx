import { Breadcrumb } from '../../../platform/html/components.js';
import type { ThemeRow } from '../catalogue.table.js';
import { ThemeTiles } from '../components/theme-tiles.js';

export function ThemesPage({ themes, counts }: { themes: ThemeRow[]; counts: Map<string, number> }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Thématiques' }]} />
      <h1>Thématiques</h1>
      <p class="fr-text--lead">Six étapes de votre parcours, de l’idée de métier jusqu’à l’emploi ou la création d’entreprise.</p>
      <ThemeTiles themes={themes} counts={counts} headingLevel={2} />
    </div>
  );
}
