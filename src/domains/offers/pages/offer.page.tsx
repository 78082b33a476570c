import type { ComponentChildren } from 'preact';
import { Breadcrumb, Container, formatDate, formatNumber } from '../../../platform/html/components.js';
import { CsrfField, Notice } from '../../../platform/html/forms.js';
import type { SearchedOffer } from '../search/search.repository.js';
import { contractLabel, OfferCard } from './offer-card.js';
import { localityOf } from './offer.json-ld.js';
import { applyLink, type OfferDetail, safeUrl } from './offer.repository.js';
import { EXPERIENCES } from './search-query.js';

export interface OfferPageProps {
  offer: OfferDetail;
  similar: SearchedOffer[];
  /** null: not logged in; else whether the offer is in « Mes offres sauvegardées ». */
  saved: boolean | null;
  csrfToken?: string;
  notice?: string;
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <>
      <dt class="fr-text--bold fr-mb-0">{label}</dt>
      <dd class="fr-mb-2w fr-ml-0">{children}</dd>
    </>
  );
}

const requirement = (exigence?: 'E' | 'S') => (exigence === 'E' ? ' (exigé)' : exigence === 'S' ? ' (souhaité)' : '');
const euros = (value: number) => `${formatNumber(Math.round(value))} €`;

function Salary({ offer }: { offer: OfferDetail }) {
  const { salary_min_monthly: min, salary_max_monthly: max } = offer;
  const bounds = min !== null && max !== null && min !== max ? `de ${euros(min)} à ${euros(max)} brut par mois` : min !== null || max !== null ? `${euros((min ?? max)!)} brut par mois` : null;
  const parts = [offer.salary_label, bounds && offer.salary_label ? `(${bounds})` : bounds, offer.salary_comment, offer.salary_complement1, offer.salary_complement2].filter(Boolean);
  return parts.length ? <>{parts.join(' ')}</> : null;
}

function Details({ offer }: { offer: OfferDetail }) {
  const d = offer.details;
  const experience = [offer.experience_label ?? (offer.experience_level ? EXPERIENCES[String(offer.experience_level)] : null), offer.experience_code === 'D' ? 'Débutant accepté' : null, offer.experience_comment].filter(Boolean).join(' — ');
  return (
    <dl>
      <Row label="Lieu de travail">{[localityOf(offer), offer.postal_code].filter(Boolean).join(' ') || null}</Row>
      <Row label="Type de contrat">{[contractLabel(offer.contract_type), offer.contract_months ? `${formatNumber(offer.contract_months)} mois` : null, offer.contract_nature === 'E2' ? 'Contrat d’apprentissage' : null, offer.alternance ? 'En alternance' : null].filter(Boolean).join(' — ')}</Row>
      <Row label="Durée du travail">{[offer.working_hours_label, offer.working_hours_converted, offer.full_time === null ? null : offer.full_time ? 'Temps plein' : 'Temps partiel'].filter(Boolean).join(' — ') || null}</Row>
      <Row label="Salaire">
        <Salary offer={offer} />
      </Row>
      <Row label="Expérience">{experience || null}</Row>
      <Row label="Qualification">{offer.qualification_label}</Row>
      <Row label="Métier (ROME)">{offer.rome_code ? `${offer.rome_label ?? ''} (${offer.rome_code})`.trim() : null}</Row>
      <Row label="Secteur d’activité">{offer.sector_label}</Row>
      <Row label="Formation">{d.formations?.length ? <ul>{d.formations.map((f, i) => <li key={i}>{[f.niveauLibelle, f.domaineLibelle, f.commentaire].filter(Boolean).join(' — ') + requirement(f.exigence)}</li>)}</ul> : null}</Row>
      <Row label="Compétences">{d.competences?.length ? <ul>{d.competences.map((c, i) => <li key={i}>{c.libelle + requirement(c.exigence)}</li>)}</ul> : null}</Row>
      <Row label="Savoir-être professionnels">{d.qualitesProfessionnelles?.length ? <ul>{d.qualitesProfessionnelles.map((q, i) => <li key={i}>{q.libelle}{q.description ? ` : ${q.description}` : ''}</li>)}</ul> : null}</Row>
      <Row label="Langues">{d.langues?.length ? d.langues.map((l) => l.libelle + requirement(l.exigence)).join(', ') : null}</Row>
      <Row label="Permis">{d.permis?.length ? d.permis.map((p) => p.libelle + requirement(p.exigence)).join(', ') : null}</Row>
      <Row label="Nombre de postes">{offer.positions > 1 ? String(offer.positions) : null}</Row>
      <Row label="Accessibilité">{offer.accessible_th ? 'Offre ouverte aux travailleurs handicapés' : null}</Row>
    </dl>
  );
}

function Employer({ offer }: { offer: OfferDetail }) {
  const url = safeUrl(offer.company_url);
  return (
    <section class="fr-mt-4w" aria-labelledby="employeur">
      <h2 id="employeur" class="fr-h4">L’employeur</h2>
      <p class="fr-text--bold fr-mb-1w">{offer.company_name ?? 'Employeur non communiqué'}</p>
      {offer.company_adapted ? <p class="fr-badge fr-badge--sm fr-badge--info">Entreprise adaptée</p> : null}
      {offer.company_description ? <p>{offer.company_description}</p> : null}
      {url ? (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer" title={`Site de l’employeur — nouvelle fenêtre`}>
            Site de l’employeur
          </a>
        </p>
      ) : null}
    </section>
  );
}

function Apply({ offer }: { offer: OfferDetail }) {
  const link = applyLink(offer);
  const contact = offer.details.contact;
  const lines = [contact?.nom, contact?.coordonnees1, contact?.coordonnees2, contact?.coordonnees3, contact?.telephone ? `Téléphone : ${contact.telephone}` : null, contact?.commentaire].filter(Boolean);
  return (
    <section class="fr-mt-4w" aria-labelledby="postuler">
      <h2 id="postuler" class="fr-h4">Postuler</h2>
      {lines.length ? <p>{lines.join(' — ')}</p> : null}
      {link ? (
        <a class="fr-btn" href={link.href} {...(link.href.startsWith('http') ? { target: '_blank', rel: 'noopener noreferrer', title: `${link.label} — nouvelle fenêtre` } : {})}>
          {link.label}
        </a>
      ) : !lines.length ? <p>Le moyen de postuler n’est pas communiqué.</p> : null}
    </section>
  );
}

function SaveButton({ offer, saved, csrfToken }: { offer: OfferDetail; saved: boolean | null; csrfToken?: string }) {
  if (saved === null || !csrfToken) {
    return (
      <p class="fr-text--sm">
        <a href={`/connexion?retour=${encodeURIComponent(`/offres/${offer.id}`)}`}>Connectez-vous</a> pour sauvegarder cette offre.
      </p>
    );
  }
  return (
    <form method="post" action={`/offres/${offer.id}/${saved ? 'retirer' : 'sauvegarder'}`} class="fr-mb-2w">
      <CsrfField token={csrfToken} />
      <button class={`fr-btn fr-btn--secondary fr-btn--icon-left ${saved ? 'fr-icon-star-fill' : 'fr-icon-star-line'}`} type="submit">
        {saved ? 'Retirer de mes offres sauvegardées' : 'Sauvegarder cette offre'}
      </button>
    </form>
  );
}

/** An offer: every field, the employer, how to apply, similar offers; an expired one stays readable. */
export function OfferPage({ offer, similar, saved, csrfToken, notice }: OfferPageProps) {
  const expired = offer.status === 'expiree';
  const expiredOn = offer.expired_at ?? offer.ends_at;
  return (
    <Container class="fr-my-4w">
      <Breadcrumb crumbs={[{ label: 'Accueil', href: '/' }, { label: 'Offres d’emploi', href: '/offres' }, { label: offer.intitule }]} />
      {notice ? <Notice>{notice}</Notice> : null}
      {expired ? (
        <div class="fr-alert fr-alert--warning fr-mb-3w">
          <h2 class="fr-alert__title">Offre expirée</h2>
          <p>Cette offre a expiré{expiredOn ? ` le ${formatDate(expiredOn)}` : ''} : il n’est plus possible d’y postuler.</p>
        </div>
      ) : null}
      <h1>{offer.intitule}</h1>
      <p class="fr-text--lead">{[offer.company_name, localityOf(offer)].filter(Boolean).join(' · ')}</p>
      <p class="fr-text--sm">
        Publiée le {formatDate(offer.created_at)}
        {offer.updated_at.getTime() !== offer.created_at.getTime() ? `, actualisée le ${formatDate(offer.updated_at)}` : ''} — offre n° {offer.id}
        {offer.partners.length ? ` — diffusée par ${offer.partners.map((partner) => partner.name).join(', ')}` : ''}
      </p>
      {expired ? null : <SaveButton offer={offer} saved={saved} csrfToken={csrfToken} />}
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-8">
          <h2 class="fr-h4">Description du poste</h2>
          {offer.description.split(/\n+/).filter((paragraph) => paragraph.trim()).map((paragraph, index) => (
            <p key={index}>
              {paragraph}
            </p>
          ))}
          {expired ? null : <Apply offer={offer} />}
          <Employer offer={offer} />
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <h2 class="fr-h4">En bref</h2>
          <Details offer={offer} />
        </div>
      </div>
      {similar.length ? (
        <section class="fr-mt-4w" aria-labelledby="offres-similaires">
          <h2 id="offres-similaires" class="fr-h4">Offres similaires</h2>
          <ul class="fr-raw-list">
            {similar.map((other) => (
              <li key={other.id} class="fr-mb-2w">
                <OfferCard offer={other} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Container>
  );
}
