import { Breadcrumb, formatDate, Pagination, plural } from '../../../platform/html/components.js';
import { CsrfField, Notice } from '../../../platform/html/forms.js';
import type { VisitRow } from './history.repository.js';

export interface HistoryPageProps {
  rows: VisitRow[];
  total: number;
  page: number;
  pageCount: number;
  csrfToken: string;
  notice?: string;
}

function VisitsTable({ rows }: { rows: VisitRow[] }) {
  return (
    <div class="fr-table">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table>
              <caption class="fr-sr-only">Services consultés, du plus récent au plus ancien</caption>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Dernière consultation</th>
                  <th scope="col">Consultations</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.slug}>
                    <th scope="row">{row.published ? <a href={`/services/${row.slug}`}>{row.name}</a> : `${row.name} (n’est plus publié)`}</th>
                    <td>{formatDate(row.last_visited_at)}</td>
                    <td>{plural(row.visits, 'fois', 'fois')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

export function HistoryPage({ rows, total, page, pageCount, csrfToken, notice }: HistoryPageProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Mon espace', href: '/mon-espace' }, { label: 'Historique' }]} />
      <h1>{page > 1 ? `Historique — page ${page}` : 'Historique'}</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      {total === 0 ? (
        <p>Vous n’avez consulté aucun service depuis que vous êtes connecté. Les services que vous ouvrirez apparaîtront ici.</p>
      ) : (
        <>
          <p>
            {plural(total, 'service consulté', 'services consultés')} quand vous étiez connecté, le plus récent en premier. Vous seul voyez cet historique.
          </p>
          <VisitsTable rows={rows} />
          <Pagination page={page} pageCount={pageCount} href={(n) => (n === 1 ? '/mon-espace/historique' : `/mon-espace/historique?page=${n}`)} />
          <form method="post" action="/mon-espace/historique/effacer" class="fr-mt-4w">
            <CsrfField token={csrfToken} />
            <button class="fr-btn fr-btn--secondary fr-icon-delete-line fr-btn--icon-left" type="submit">
              Effacer mon historique
            </button>
          </form>
        </>
      )}
    </div>
  );
}
