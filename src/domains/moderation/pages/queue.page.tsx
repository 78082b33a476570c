import { Breadcrumb, Pagination, plural } from '../../../platform/html/components.js';
import { Notice, Select } from '../../../platform/html/forms.js';
import { AGE_FILTERS, type AgeFilter, type QueueEntry } from '../moderation.service.js';
import { ItemDetails, ModerationNav } from './item-details.js';

export interface QueuePageProps {
  kinds: { kind: string; label: string }[];
  filter: { type: string; age: AgeFilter; page: number };
  entries: QueueEntry[];
  total: number;
  pageCount: number;
  notice?: string;
}

function queueUrl(filter: QueuePageProps['filter'], page: number): string {
  const params = new URLSearchParams();
  if (filter.type) params.set('type', filter.type);
  if (filter.age) params.set('age', filter.age);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return `/moderation${query ? `?${query}` : ''}`;
}

/** The one moderation queue: every kind of content awaiting a decision, longest waiting first. */
export function QueuePage({ kinds, filter, entries, total, pageCount, notice }: QueuePageProps) {
  return (
    <div class="fr-container fr-mb-8w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Modération' }]} />
      <h1>Modération</h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <ModerationNav current="file" />
      <form method="get" action="/moderation" class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w">
        <div class="fr-col-12 fr-col-md-4">
          <Select name="type" label="Type de contenu" placeholder="Tous les types" value={filter.type} options={kinds.map((kind) => ({ value: kind.kind, label: kind.label }))} />
        </div>
        <div class="fr-col-12 fr-col-md-5">
          <Select
            name="age"
            label="Ancienneté"
            placeholder={AGE_FILTERS['']}
            value={filter.age}
            options={(['24h', '7j'] as const).map((age) => ({ value: age, label: AGE_FILTERS[age] }))}
          />
        </div>
        <div class="fr-col-12 fr-col-md-3">
          <button class="fr-btn fr-btn--secondary fr-mb-3w" type="submit">
            Filtrer
          </button>
        </div>
      </form>
      <h2 id="titre-file">
        {total ? plural(total, 'contenu en attente de décision', 'contenus en attente de décision') : 'Aucun contenu en attente de décision'}
      </h2>
      <ul class="es-unstyled-list" aria-labelledby="titre-file">
        {entries.map(({ source, item }) => (
          <li class="fr-p-3w fr-mb-3w es-panel" key={`${item.kind}-${item.id}`}>
            <p class="fr-tag fr-tag--sm fr-mb-1w">{source.label}</p>
            <ItemDetails item={item} headingLevel={3} />
            <p class="fr-mt-2w fr-mb-0">
              <a class="fr-btn fr-btn--sm" href={`/moderation/${item.kind}/${item.id}`}>
                Examiner et décider<span class="fr-sr-only"> : {item.title}</span>
              </a>
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={filter.page} pageCount={pageCount} href={(page) => queueUrl(filter, page)} />
    </div>
  );
}
