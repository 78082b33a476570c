import { plural } from '../../../platform/html/components.js';
import { CsrfField, Input, Notice } from '../../../platform/html/forms.js';
import { BackofficeLayout } from '../backoffice-layout.js';
import type { FeaturedRow } from './featured.repository.js';
import { MAX_FEATURED } from './featured.service.js';

export interface FeaturedPageProps {
  featured: FeaturedRow[];
  q: string;
  /** null: no search made. */
  candidates: { total: number; rows: FeaturedRow[] } | null;
  csrfToken: string;
  notice?: string;
  error?: string;
}

function ActionForm({ action, csrfToken, label, srLabel, secondary = true, q, extra }: { action: string; csrfToken: string; label: string; srLabel: string; secondary?: boolean; q?: string; extra?: Record<string, string> }) {
  return (
    <form method="post" action={action} class="es-inline-form">
      <CsrfField token={csrfToken} />
      {q ? <input type="hidden" name="q" value={q} /> : null}
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} key={name} />
      ))}
      <button class={`fr-btn fr-btn--sm${secondary ? ' fr-btn--secondary' : ''} fr-mr-1w fr-mb-1w`} type="submit">
        {label}
        <span class="fr-sr-only"> {srLabel}</span>
      </button>
    </form>
  );
}

export function FeaturedPage({ featured, q, candidates, csrfToken, notice, error }: FeaturedPageProps) {
  const full = featured.length >= MAX_FEATURED;
  return (
    <BackofficeLayout section="a-la-une" title="Services à la une">
      {notice ? <Notice>{notice}</Notice> : null}
      {error ? <Notice type="error">{error}</Notice> : null}
      <p>La page d’accueil présente ces services dans cet ordre ({MAX_FEATURED} au plus). Les changements y sont visibles aussitôt.</p>
      <div class="fr-table">
        <div class="fr-table__wrapper">
          <div class="fr-table__container">
            <div class="fr-table__content">
              <table>
                <caption>
                  À la une : {plural(featured.length, 'service', 'services')} sur {MAX_FEATURED}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Position</th>
                    <th scope="col">Service</th>
                    <th scope="col">Proposé par</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {featured.map((service, index) => (
                    <tr key={service.id}>
                      <td>{index + 1}</td>
                      <th scope="row">
                        <a href={`/services/${service.slug}`}>{service.name}</a>
                      </th>
                      <td>{service.provider_name}</td>
                      <td>
                        {index > 0 ? <ActionForm action={`/administration/a-la-une/${service.id}/deplacer`} extra={{ sens: 'haut' }} csrfToken={csrfToken} label="Monter" srLabel={`« ${service.name} » d’une position`} /> : null}
                        {index < featured.length - 1 ? <ActionForm action={`/administration/a-la-une/${service.id}/deplacer`} extra={{ sens: 'bas' }} csrfToken={csrfToken} label="Descendre" srLabel={`« ${service.name} » d’une position`} /> : null}
                        <ActionForm action={`/administration/a-la-une/${service.id}/retirer`} csrfToken={csrfToken} label="Retirer" srLabel={`« ${service.name} » de la une`} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      {featured.length ? null : <p>Aucun service n’est à la une : la page d’accueil n’affiche pas cette section.</p>}

      <section class="fr-mt-6w" aria-labelledby="titre-ajouter">
        <h2 id="titre-ajouter" class="fr-h4">
          Ajouter un service à la une
        </h2>
        {full ? <Notice type="info">La limite de {MAX_FEATURED} services à la une est atteinte : retirez-en un pour en ajouter un autre.</Notice> : null}
        <form method="get" action="/administration/a-la-une" class="fr-mb-3w">
          <Input name="q" type="search" label="Nom du service ou de son fournisseur" value={q} maxLength={200} />
          <button class="fr-btn fr-btn--secondary" type="submit">
            Chercher dans le catalogue
          </button>
        </form>
        {candidates ? (
          candidates.rows.length ? (
            <div class="fr-table">
              <div class="fr-table__wrapper">
                <div class="fr-table__container">
                  <div class="fr-table__content">
                    <table>
                      <caption>
                        Services publiés correspondant à « {q} » : {candidates.total > candidates.rows.length ? `les ${candidates.rows.length} premiers sur ${candidates.total}` : plural(candidates.total, 'service', 'services')}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">Service</th>
                          <th scope="col">Proposé par</th>
                          <th scope="col">Action</th>
                        </tr>
                      </thead>
                      <tbody>
                        {candidates.rows.map((service) => (
                          <tr key={service.id}>
                            <th scope="row">
                              <a href={`/services/${service.slug}`}>{service.name}</a>
                            </th>
                            <td>{service.provider_name}</td>
                            <td>{full ? '—' : <ActionForm action="/administration/a-la-une/ajouter" extra={{ service: String(service.id) }} q={q} csrfToken={csrfToken} label="Ajouter à la une" srLabel={`: « ${service.name} »`} secondary={false} />}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
              </div>
            </div>
          ) : (
            <p>Aucun service publié (et pas encore à la une) ne correspond à « {q} ».</p>
          )
        ) : null}
      </section>
    </BackofficeLayout>
  );
}
