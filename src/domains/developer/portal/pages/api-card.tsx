import type { DeveloperApi } from '../../apis.registry.js';
import type { ApiHealth } from '../health.service.js';
import { AccessBadge, apiHref, HealthBadge } from './portal-components.js';

/** An API in a list: DSFR card (the whole card is the link) with its access mode and, if known, its health. */
export function ApiCard({ api, health, headingLevel = 3 }: { api: DeveloperApi; health?: ApiHealth; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <div class="fr-card fr-enlarge-link">
      <div class="fr-card__body">
        <div class="fr-card__content">
          <Heading class="fr-card__title">
            <a href={apiHref(api)}>
              {api.name} {api.version}
            </a>
          </Heading>
          <p class="fr-card__desc">{api.summary}</p>
          <div class="fr-card__start">
            <ul class="fr-badges-group">
              <li>
                <AccessBadge access={api.access} />
              </li>
              {health ? (
                <li>
                  <HealthBadge health={health} />
                </li>
              ) : null}
            </ul>
          </div>
          <div class="fr-card__end">
            <p class="fr-card__detail">Portée{api.scopes.length > 1 ? 's' : ''} : {api.scopes.join(', ')}</p>
          </div>
        </div>
      </div>
    </div>
  );
}

export function ApiGrid({ apis, health, headingLevel = 3 }: { apis: readonly DeveloperApi[]; health?: Map<string, ApiHealth>; headingLevel?: 2 | 3 }) {
  return (
    <ul class="fr-grid-row fr-grid-row--gutters es-unstyled-list">
      {apis.map((api) => (
        <li class="fr-col-12 fr-col-md-6 fr-col-lg-4" key={api.slug}>
          <ApiCard api={api} health={health?.get(api.slug)} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
