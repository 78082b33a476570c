import type { JobOffer } from '../offers.table.js';
import { contractNatureLabel, contractTypeLabel } from './referentiels.vocabulary.js';

/**
 * The `Offre` object of « Offres d'emploi v2 »: built from a job_offers row and the partners that
 * list it, with the official French field names. Dates are ISO 8601 UTC with milliseconds; absent
 * values are omitted (never null), empty objects and lists too.
 */

/** A partner board that lists the offer (job_offer_listings joined to offer_sources). */
export interface OfferPartner {
  offerId: string;
  name: string;
  /** The offer on the partner's site. */
  url: string | null;
  logo: string | null;
}

type OfferRow = Omit<JobOffer, 'search_vector'>;

type Json = Record<string, unknown>;

/** Keeps the properties that hold a value: no null, undefined, '', empty list or empty object. */
function present(object: Json): Json | undefined {
  const kept = Object.entries(object).filter(([, value]) => {
    if (value === null || value === undefined || value === '') return false;
    if (Array.isArray(value)) return value.length > 0;
    return true;
  });
  return kept.length ? Object.fromEntries(kept) : undefined;
}

const iso = (date: Date | string | null): string | undefined => (date === null ? undefined : new Date(date).toISOString());

function durationLabel(months: number | null): string | undefined {
  if (months === null || months <= 0) return undefined;
  if (Number.isInteger(months)) return `${months} Mois`;
  return `${Math.max(1, Math.round(months * 30))} Jour(s)`;
}

/** « Contrat à durée déterminée - 6 Mois », as the original writes it. */
function contractLabel(row: OfferRow): string {
  const base = contractTypeLabel(row.contract_type) ?? row.contract_type;
  const duration = row.contract_type === 'CDI' ? undefined : durationLabel(row.contract_months);
  return duration ? `${base} - ${duration}` : base;
}

function hoursConverted(row: OfferRow): string | undefined {
  if (row.working_hours_converted) return row.working_hours_converted;
  if (row.full_time === null) return undefined;
  return row.full_time ? 'Temps plein' : 'Temps partiel';
}

/** The salary with its free texts, and its numeric bounds (gross, monthly) when known. */
function salary(row: OfferRow): Json | undefined {
  const known = row.salary_min_monthly !== null || row.salary_max_monthly !== null;
  return present({
    libelle: row.salary_label,
    commentaire: row.salary_comment,
    complement1: row.salary_complement1,
    complement2: row.salary_complement2,
    min: row.salary_min_monthly,
    max: row.salary_max_monthly,
    periode: known ? 'M' : undefined,
  });
}

export function toOffreJson(row: OfferRow, partners: readonly OfferPartner[]): Json {
  const details = row.details ?? {};
  return present({
    id: row.id,
    intitule: row.intitule,
    description: row.description,
    dateCreation: iso(row.created_at),
    dateActualisation: iso(row.updated_at),
    lieuTravail: present({ libelle: row.place_label, latitude: row.latitude, longitude: row.longitude, codePostal: row.postal_code, commune: row.commune_code }),
    romeCode: row.rome_code,
    romeLibelle: row.rome_label,
    appellationlibelle: row.appellation_label,
    entreprise: present({ nom: row.company_name, description: row.company_description, logo: row.company_logo, url: row.company_url, entrepriseAdaptee: row.company_adapted }),
    typeContrat: row.contract_type,
    typeContratLibelle: contractLabel(row),
    natureContrat: row.contract_nature === null ? undefined : (contractNatureLabel(row.contract_nature) ?? row.contract_nature),
    experienceExige: row.experience_code,
    experienceLibelle: row.experience_label,
    experienceCommentaire: row.experience_comment,
    formations: details.formations?.map((item) => present({ ...item })).filter(Boolean),
    langues: details.langues?.map((item) => present({ ...item })).filter(Boolean),
    permis: details.permis?.map((item) => present({ ...item })).filter(Boolean),
    competences: details.competences?.map((item) => present({ ...item })).filter(Boolean),
    salaire: salary(row),
    dureeTravailLibelle: row.working_hours_label,
    dureeTravailLibelleConverti: hoursConverted(row),
    alternance: row.alternance,
    contact: details.contact ? present({ ...details.contact }) : undefined,
    nombrePostes: row.positions,
    accessibleTH: row.accessible_th,
    qualificationCode: row.qualification_code,
    qualificationLibelle: row.qualification_label,
    codeNAF: row.naf_code,
    secteurActivite: row.sector_code,
    secteurActiviteLibelle: row.sector_label,
    qualitesProfessionnelles: details.qualitesProfessionnelles?.map((item) => present({ ...item })).filter(Boolean),
    origineOffre: present({
      origine: String(row.origin),
      urlOrigine: row.origin_url,
      partenaires: partners.map((partner) => present({ nom: partner.name, url: partner.url, logo: partner.logo })),
    }),
    offresManqueCandidats: row.lacks_candidates,
    employeurHandiEngage: row.handi_engaged,
    offresMRS: row.mrs,
  }) as Json;
}
