import { plural } from '../../../platform/html/components.js';
import type { ThemeRow } from '../catalogue.table.js';
import { THEMES } from '../themes.data.js';

/** The six themes as DSFR tiles, each with its number of services. */
export function ThemeTiles({ themes, counts, headingLevel = 3 }: { themes: ThemeRow[]; counts: Map<string, number>; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
      {themes.map((theme) => (
        <li class="fr-col-12 fr-col-sm-6 fr-col-lg-4" key={theme.slug}>
          <div class="fr-tile fr-enlarge-link">
            <div class="fr-tile__body">
              <div class="fr-tile__content">
                <Heading class="fr-tile__title">
                  <a href={`/thematiques/${theme.slug}`}>
                    <span class={`${THEMES.find((item) => item.slug === theme.slug)?.icon ?? ''} fr-mr-1w`} aria-hidden="true"></span>
                    {theme.name}
                  </a>
                </Heading>
                <p class="fr-tile__desc">{theme.summary}</p>
                <p class="fr-tile__detail">{plural(counts.get(theme.slug) ?? 0, 'service', 'services')}</p>
              </div>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
