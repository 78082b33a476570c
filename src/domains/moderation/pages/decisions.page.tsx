import { Breadcrumb, Pagination, plural } from '../../../platform/html/components.js';
import { Input, Select } from '../../../platform/html/forms.js';
import type { DecisionEntry } from '../moderation.service.js';
import { formatDateTime, ModerationNav } from './item-details.js';

export interface DecisionsPageProps {
  kinds: { kind: string; label: string }[];
  filter: { type: string; q: string; page: number };
  entries: DecisionEntry[];
  total: number;
  pageCount: number;
}

function historyUrl(filter: DecisionsPageProps['filter'], page: number): string {
  const params = new URLSearchParams();
  if (filter.type) params.set('type', filter.type);
  if (filter.q) params.set('q', filter.q);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/moderation/decisions${query ? `?${query}` : ''}`;
}

/** Every moderation decision (who, when, why), newest first, searchable by subject. */
export function DecisionsPage({ kinds, filter, entries, total, pageCount }: DecisionsPageProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Modération', href: '/moderation' }, { label: 'Historique des décisions' }]} />
      <h1>Historique des décisions</h1>
      <ModerationNav current="historique" />
      <form method="get" action="/moderation/decisions" class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w">
        <div class="fr-col-12 fr-col-md-3">
          <Select name="type" label="Type de contenu" placeholder="Tous les types" value={filter.type} options={kinds.map((kind) => ({ value: kind.kind, label: kind.label }))} />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <Input name="q" type="search" label="Sujet" hint="Numéro du contenu, nom du service ou de l’auteur" value={filter.q} maxLength={200} />
        </div>
        <div class="fr-col-12 fr-col-md-3">
          <button class="fr-btn fr-btn--secondary fr-mb-3w" type="submit">
            Rechercher
          </button>
        </div>
      </form>
      <div class="fr-table">
        <div class="fr-table__wrapper">
          <div class="fr-table__container">
            <div class="fr-table__content">
              <table>
                <caption>{total ? plural(total, 'décision', 'décisions') : 'Aucune décision'}</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Contenu</th>
                    <th scope="col">Décision</th>
                    <th scope="col">Motif</th>
                    <th scope="col">Modérateur</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <td>{formatDateTime(entry.created_at)}</td>
                      <td>
                        {entry.subject ? (
                          <a href={`/moderation/${entry.subject_kind}/${entry.subject_id}`}>{entry.subject.title}</a>
                        ) : (
                          `${entry.source?.label ?? entry.subject_kind} n° ${entry.subject_id} (supprimé depuis)`
                        )}
                      </td>
                      <td>{entry.source?.decisions.find((option) => option.value === entry.decision)?.label ?? entry.decision}</td>
                      <td class="es-mail-text">{entry.reason}</td>
                      <td>{entry.moderator_name ?? 'Compte supprimé'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      {total ? null : <p>Aucune décision ne correspond à cette recherche.</p>}
      <Pagination page={filter.page} pageCount={pageCount} href={(page) => historyUrl(filter, page)} />
    </div>
  );
}
