import { formatDate, formatDateTime, Pagination, plural } from '../../../platform/html/components.js';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Notice, Select, Textarea } from '../../../platform/html/forms.js';
import { BackofficeLayout } from '../../backoffice/backoffice-layout.js';
import { JobTitleField, type JobTitle } from '../../referentiels/index.js';
import type { JobOffer } from '../offers.table.js';
import { CONTRACT_OPTIONS, OFFER_FORM_LABELS, type OfferFormValues } from './offer-form.service.js';
import type { AdminOfferFilters, AdminOfferRow } from './offers-admin.repository.js';

export const ADMIN_OFFERS_HREF = '/administration/offres';

const STATUS_LABELS = { active: 'En ligne', expiree: 'Expirée' } as const;

function StatusBadge({ status }: { status: JobOffer['status'] }) {
  return <p class={`fr-badge fr-badge--sm fr-badge--${status === 'active' ? 'success' : 'info'} fr-badge--no-icon`}>{STATUS_LABELS[status]}</p>;
}

/** Staff: every offer, searchable by id, title or employer, filtered by source and status. */
export function AdminOffersPage(props: { filters: AdminOfferFilters; sources: { slug: string; name: string }[]; page: number; pageCount: number; total: number; rows: AdminOfferRow[]; notice?: string }) {
  const { filters } = props;
  const query = (n: number) => new URLSearchParams({ ...(filters.q ? { q: filters.q } : {}), ...(filters.source ? { source: filters.source } : {}), ...(filters.status ? { statut: filters.status } : {}), page: String(n) }).toString();
  return (
    <BackofficeLayout section="offres" title="Offres d’emploi">
      {props.notice ? <Notice>{props.notice}</Notice> : null}
      <p>Les offres de l’agence et des sites partenaires. Créez une offre de l’agence, corrigez une offre, retirez-la ou remettez-la en ligne : chaque action est inscrite au journal.</p>
      <p>
        <a class="fr-btn fr-btn--icon-left fr-icon-add-line" href={`${ADMIN_OFFERS_HREF}/nouvelle`}>
          Créer une offre de l’agence
        </a>
      </p>
      <form method="get" action={ADMIN_OFFERS_HREF} class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w">
        <div class="fr-col-12 fr-col-md-5">
          <Input name="q" type="search" label="Numéro, intitulé ou employeur" value={filters.q} maxLength={200} />
        </div>
        <div class="fr-col-12 fr-col-md-3">
          <Select name="source" label="Source" placeholder="Toutes les sources" value={filters.source} options={props.sources.map((s) => ({ value: s.slug, label: s.name }))} />
        </div>
        <div class="fr-col-12 fr-col-md-2">
          <Select name="statut" label="État" placeholder="Tous" value={filters.status} options={[{ value: 'active', label: 'En ligne' }, { value: 'expiree', label: 'Expirée' }]} />
        </div>
        <div class="fr-col-12 fr-col-md-2">
          <button class="fr-btn fr-btn--secondary fr-mb-3w" type="submit">
            Filtrer
          </button>
        </div>
      </form>
      <div class="fr-table">
        <table>
          <caption>{props.total ? plural(props.total, 'offre', 'offres') : 'Aucune offre'}</caption>
          <thead>
            <tr>
              <th scope="col">Intitulé</th>
              <th scope="col">Numéro</th>
              <th scope="col">Employeur</th>
              <th scope="col">Lieu</th>
              <th scope="col">Contrat</th>
              <th scope="col">Sources</th>
              <th scope="col">Créée le</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={`${ADMIN_OFFERS_HREF}/${row.id}`}>{row.intitule}</a>
                </th>
                <td>
                  <code>{row.id}</code>
                </td>
                <td>{row.company_name ?? '—'}</td>
                <td>{row.place_label ?? '—'}</td>
                <td>{row.contract_type}</td>
                <td>{row.sources ?? (row.origin === 1 ? 'Agence' : '—')}</td>
                <td>{formatDate(row.created_at)}</td>
                <td>
                  <StatusBadge status={row.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={props.page} pageCount={props.pageCount} href={(n) => `${ADMIN_OFFERS_HREF}?${query(n)}`} />
    </BackofficeLayout>
  );
}

export interface OfferFormPageProps {
  offer: JobOffer | null;
  values: OfferFormValues;
  errors: FieldErrors;
  suggestions: JobTitle[];
  csrfToken: string;
  notice?: string;
}

/** Create an agency offer, or edit any offer (with its expiry and republication). */
export function OfferFormPage({ offer, values, errors, suggestions, csrfToken, notice }: OfferFormPageProps) {
  const action = offer ? `${ADMIN_OFFERS_HREF}/${offer.id}` : `${ADMIN_OFFERS_HREF}/nouvelle`;
  const title = offer ? `Modifier l’offre ${offer.id}` : 'Créer une offre de l’agence';
  return (
    <BackofficeLayout section="offres" title={title} crumbs={[{ label: offer ? offer.id : 'Nouvelle offre' }]}>
      {notice ? <Notice>{notice}</Notice> : null}
      <ErrorSummary errors={errors} labels={OFFER_FORM_LABELS} />
      {offer ? (
        <div class="fr-mb-3w">
          <StatusBadge status={offer.status} />
          <p class="fr-mt-1w">
            {offer.origin === 1 ? 'Offre de l’agence' : 'Offre d’un site partenaire (le prochain import peut la remplacer)'}, créée le {formatDateTime(offer.created_at)}
            {offer.expired_at ? `, expirée le ${formatDateTime(offer.expired_at)}` : ''}. <a href={`/offres/${offer.id}`}>Voir l’offre publiée</a>
          </p>
          <form method="post" action={`${action}/${offer.status === 'active' ? 'expirer' : 'republier'}`}>
            <CsrfField token={csrfToken} />
            <button class="fr-btn fr-btn--secondary" type="submit">
              {offer.status === 'active' ? 'Retirer l’offre (expirer)' : 'Remettre l’offre en ligne'}
            </button>
          </form>
        </div>
      ) : null}
      <form method="post" action={action} novalidate>
        <CsrfField token={csrfToken} />
        <Input name="intitule" label="Intitulé" value={values.intitule} error={errors.intitule} maxLength={300} />
        <Textarea name="description" label="Description du poste" value={values.description} error={errors.description} maxLength={10_000} rows={8} />
        <JobTitleField label="Métier (appellation du ROME)" hint="Commencez à taper puis choisissez dans la liste, par exemple « vendeur en boulangerie »." value={values.metier} code={values.metierOgr} error={errors.metier} suggestions={suggestions} />
        <Input name="commune" label="Commune" hint="Code INSEE (75056) ou code postal (75003)." value={values.commune} error={errors.commune} maxLength={5} />
        <Select name="contrat" label="Type de contrat" value={values.contrat} error={errors.contrat} options={CONTRACT_OPTIONS} />
        <Input name="dureeContrat" label="Durée du contrat en mois (facultatif)" hint="Pour un CDD, une mission ou un contrat saisonnier." value={values.dureeContrat} error={errors.dureeContrat} maxLength={5} />
        <Select name="experience" label="Expérience" value={values.experience} error={errors.experience} options={[{ value: 'D', label: 'Débutant accepté' }, { value: 'S', label: 'Expérience souhaitée' }, { value: 'E', label: 'Expérience exigée' }]} />
        <Input name="experienceLibelle" label="Durée d’expérience (si souhaitée ou exigée)" hint="Par exemple « 1 an », « 2 ans », « 6 mois »." value={values.experienceLibelle} error={errors.experienceLibelle} maxLength={40} />
        <Input name="salaire" label="Salaire (facultatif)" hint="Par exemple « Mensuel de 2000.00 Euros à 2300.00 Euros sur 12 mois », « Annuel de 30000 Euros », « Horaire de 11.88 Euros »." value={values.salaire} error={errors.salaire} maxLength={200} />
        <Input name="dureeTravail" label="Durée du travail (facultatif)" hint="Par exemple « 35H Horaires normaux »." value={values.dureeTravail} error={errors.dureeTravail} maxLength={100} />
        <Input name="entreprise" label="Entreprise (facultatif)" value={values.entreprise} error={errors.entreprise} maxLength={200} />
        <Input name="courriel" type="email" label="Courriel de contact" value={values.courriel} error={errors.courriel} maxLength={200} />
        <Input name="urlPostulation" label="Adresse de candidature" hint="Une adresse web commençant par https://. Indiquez au moins un courriel ou une adresse." value={values.urlPostulation} error={errors.urlPostulation} maxLength={500} />
        <Input name="dateFin" label="Date de fin de publication (facultatif)" hint="Format AAAA-MM-JJ." value={values.dateFin} error={errors.dateFin} maxLength={10} />
        <button class="fr-btn" type="submit">
          {offer ? 'Enregistrer les modifications' : 'Publier l’offre'}
        </button>
      </form>
    </BackofficeLayout>
  );
}
