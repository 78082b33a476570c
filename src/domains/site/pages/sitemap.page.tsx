import { Breadcrumb } from '../../../platform/html/components.js';

export function SitemapPage({ themes }: { themes: readonly { slug: string; name: string }[] }) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Plan du site' }]} />
      <h1>Plan du site</h1>
      <ul>
        <li>
          <a href="/">Accueil</a>
        </li>
        <li>
          <a href="/recherche">Tous les services</a>
        </li>
        <li>
          <a href="/thematiques">Thématiques</a>
          <ul>
            {themes.map((theme) => (
              <li key={theme.slug}>
                <a href={`/thematiques/${theme.slug}`}>{theme.name}</a>
              </li>
            ))}
          </ul>
        </li>
        <li>
          <a href="/organisations">Organisations</a>
        </li>
        <li>
          <a href="/moocs">Les MOOC de l’emploi</a>
        </li>
        <li>
          <a href="/certificats/verifier">Vérifier un certificat</a>
        </li>
        <li>
          <a href="/offres">Offres d’emploi</a>
        </li>
        <li>
          <a href="/idees">Emploi Store idées</a>
        </li>
        <li>
          <a href="/developpeurs">Emploi Store Dev : API et applications</a>
          <ul>
            <li>
              <a href="/developpeurs/api">Les API</a>
            </li>
            <li>
              <a href="/developpeurs/statistiques">Statistiques d’utilisation des API</a>
            </li>
            <li>
              <a href="/api/docs">Documentation de l’API ouverte</a>
            </li>
          </ul>
        </li>
        <li>
          <a href="/accessibilite">Accessibilité</a>
        </li>
        <li>
          <a href="/mentions-legales">Mentions légales</a>
        </li>
      </ul>
    </div>
  );
}
