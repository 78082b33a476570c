import { formatNumber } from '../../../platform/html/components.js';
import { Notice } from '../../../platform/html/forms.js';
import type { ThemeRow } from '../catalogue.table.js';
import { ServiceGrid } from '../components/service-card.js';
import { ThemeTiles } from '../components/theme-tiles.js';
import { ForYouSection, GuidanceCallout } from '../guidance/guidance-results.js';
import type { RankedService } from '../guidance/guidance.ranking.js';
import type { GuidanceServiceRow } from '../guidance/guidance.repository.js';
import type { ServiceSummaryRow } from '../search.repository.js';

export interface HomePageProps {
  operatorName: string;
  themes: ThemeRow[];
  themeCounts: Map<string, number>;
  featured: ServiceSummaryRow[];
  newest: ServiceSummaryRow[];
  serviceCount: number;
  /** For a logged-in person who saved answers to "Les services faits pour moi". */
  forYou?: { results: RankedService<GuidanceServiceRow>[]; href: string } | null;
  notice?: string;
}

export function HomePage({ operatorName, themes, themeCounts, featured, newest, serviceCount, forYou, notice }: HomePageProps) {
  return (
    <>
      <section class="es-hero fr-py-6w">
        <div class="fr-container">
          <h1>Tous les services numériques pour l’emploi et la formation</h1>
          <p class="fr-text--lead">
            {formatNumber(serviceCount)} services gratuits ou payants de {operatorName} et de ses partenaires : MOOC, e-learning, jeux sérieux,
            simulateurs, applications mobiles et sites.
          </p>
          <form action="/recherche" method="get" role="search" class="fr-search-bar fr-search-bar--lg" id="recherche-accueil">
            <label class="fr-label" for="recherche-accueil-q">
              Que cherchez-vous ?
            </label>
            <input class="fr-input" type="search" id="recherche-accueil-q" name="q" maxLength={200} placeholder="Un service, un métier, un besoin : « CV », « boulanger »…" data-autocomplete-input="" />
            <button class="fr-btn" type="submit" title="Rechercher">
              Rechercher
            </button>
          </form>
        </div>
      </section>
      <div class="fr-container fr-my-6w">
        {notice ? <Notice>{notice}</Notice> : null}
        {forYou ? <ForYouSection results={forYou.results} href={forYou.href} /> : <GuidanceCallout />}
        <section aria-labelledby="titre-thematiques">
          <h2 id="titre-thematiques">Trouver un service selon votre besoin</h2>
          <ThemeTiles themes={themes} counts={themeCounts} />
        </section>
        {featured.length ? (
          <section aria-labelledby="titre-a-la-une" class="fr-mt-6w">
            <h2 id="titre-a-la-une">À la une</h2>
            <ServiceGrid services={featured} />
          </section>
        ) : null}
        {newest.length ? (
          <section aria-labelledby="titre-nouveautes" class="fr-mt-6w">
            <h2 id="titre-nouveautes">Nouveautés</h2>
            <ServiceGrid services={newest} />
            <p class="fr-mt-2w">
              <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="/recherche?tri=nouveautes">
                Voir tous les services, du plus récent au plus ancien
              </a>
            </p>
          </section>
        ) : null}
      </div>
    </>
  );
}
