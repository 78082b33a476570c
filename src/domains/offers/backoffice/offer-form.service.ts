import type { Db } from '../../../platform/db/database.js';
import type { FieldErrors } from '../../../platform/html/forms.js';
import { jobTitleProblem, type JobTitle, resolveJobTitle } from '../../referentiels/index.js';
import type { FeedOffer } from '../generator/index.js';
import { CONTRACT_TYPES, offerDedupKey } from '../ingestion/offer-fields.js';
import { isRejection, normaliseOffer, type OfferRow } from '../ingestion/offer-record.normaliser.js';
import { PlaceResolver } from '../ingestion/places.resolver.js';
import type { JobOffer } from '../offers.table.js';

export const OFFER_FORM_FIELDS = ['intitule', 'description', 'metier', 'metierOgr', 'metierSuggestion', 'commune', 'contrat', 'dureeContrat', 'experience', 'experienceLibelle', 'salaire', 'dureeTravail', 'entreprise', 'courriel', 'urlPostulation', 'dateFin'] as const;
export type OfferFormField = (typeof OFFER_FORM_FIELDS)[number];
export type OfferFormValues = Record<OfferFormField, string>;

export const OFFER_FORM_LABELS: Record<string, string> = {
  intitule: 'Intitulé', description: 'Description', metier: 'Métier', commune: 'Commune', contrat: 'Type de contrat', dureeContrat: 'Durée du contrat',
  experience: 'Expérience', experienceLibelle: 'Durée d’expérience', salaire: 'Salaire', dureeTravail: 'Durée du travail', entreprise: 'Entreprise',
  courriel: 'Courriel de contact', urlPostulation: 'Adresse de candidature', dateFin: 'Date de fin de publication',
};
export const CONTRACT_OPTIONS = Object.entries(CONTRACT_TYPES).map(([value, label]) => ({ value, label: `${value} — ${label}` }));

export function emptyOfferForm(): OfferFormValues {
  return Object.fromEntries(OFFER_FORM_FIELDS.map((f) => [f, ''])) as OfferFormValues;
}

/** The form of an existing offer. */
export function offerFormOf(offer: JobOffer): OfferFormValues {
  return {
    ...emptyOfferForm(),
    intitule: offer.intitule,
    description: offer.description,
    metier: offer.appellation_label ?? '',
    metierOgr: offer.appellation_code ?? '',
    commune: offer.commune_code ?? offer.postal_code ?? '',
    contrat: offer.contract_type,
    dureeContrat: offer.contract_months === null ? '' : String(Number(offer.contract_months)),
    experience: offer.experience_code ?? '',
    experienceLibelle: offer.experience_code && offer.experience_code !== 'D' ? (offer.experience_label ?? '') : '',
    salaire: offer.salary_label ?? '',
    dureeTravail: offer.working_hours_label ?? '',
    entreprise: offer.company_name ?? '',
    courriel: offer.details.contact?.courriel ?? '',
    urlPostulation: offer.details.contact?.urlPostulation ?? '',
    dateFin: offer.ends_at ? offer.ends_at.toISOString().slice(0, 10) : '',
  };
}

export function readOfferForm(body: Partial<Record<string, string>>): OfferFormValues {
  const values = emptyOfferForm();
  for (const field of OFFER_FORM_FIELDS) values[field] = (body[field] ?? '').replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim();
  return values;
}

export type OfferFormResult = { errors: FieldErrors; suggestions: JobTitle[]; row?: undefined } | { errors?: undefined; row: OfferRow; dedupKey: (id: string) => string; job: JobTitle };

const EXPERIENCE_LABELS: Record<string, string> = { D: 'Débutant accepté', S: 'Expérience souhaitée', E: 'Expérience exigée' };

/** Validates the form, then normalises it as the import does an agency record (same derived fields). */
export async function validateOfferForm(db: Db, values: OfferFormValues, existing: JobOffer | null, now: Date): Promise<OfferFormResult> {
  const errors: FieldErrors = {};
  if (values.intitule.length < 2 || values.intitule.length > 300) errors.intitule = 'Indiquez l’intitulé de l’offre (2 à 300 caractères).';
  if (values.description.length < 20 || values.description.length > 10_000) errors.description = 'Décrivez le poste en 20 à 10 000 caractères.';
  const resolution = await resolveJobTitle(db, { text: values.metier, code: values.metierOgr, chosen: values.metierSuggestion });
  const job = resolution.status === 'found' ? resolution.job : null;
  if (resolution.status === 'empty') errors.metier = 'Indiquez le métier (appellation du ROME), par exemple « vendeur en boulangerie ».';
  else if (!job) errors.metier = jobTitleProblem(resolution, values.metier)!;
  const places = await PlaceResolver.load(db);
  const place = /^(\d{5}|2[AB]\d{3})$/i.test(values.commune) ? places.resolve({ commune: values.commune, codePostal: values.commune }) : null;
  if (!place) errors.commune = 'Indiquez le code INSEE ou le code postal d’une commune, par exemple 75056 ou 69003.';
  if (!CONTRACT_TYPES[values.contrat]) errors.contrat = 'Choisissez le type de contrat.';
  const months = values.dureeContrat ? Number(values.dureeContrat.replace(',', '.')) : null;
  if (months !== null && !(months > 0 && months <= 120)) errors.dureeContrat = 'Indiquez une durée en mois, de 1 à 120.';
  if (!EXPERIENCE_LABELS[values.experience]) errors.experience = 'Choisissez l’expérience demandée.';
  else if (values.experience !== 'D' && !/^\d+\s*(an|ans|mois)$/i.test(values.experienceLibelle)) errors.experienceLibelle = 'Indiquez la durée d’expérience, par exemple « 1 an », « 2 ans » ou « 6 mois ».';
  if (values.salaire && !/^(Mensuel|Annuel|Horaire) de \d/i.test(values.salaire) && values.salaire.length > 200) errors.salaire = 'Le salaire doit compter au plus 200 caractères.';
  if (values.courriel && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.courriel)) errors.courriel = 'Indiquez une adresse électronique valide, par exemple recrutement@entreprise.fr.';
  if (values.urlPostulation && !/^https?:\/\/[^\s]+\.[^\s]+$/.test(values.urlPostulation)) errors.urlPostulation = 'Indiquez une adresse web commençant par https://.';
  if (!values.courriel && !values.urlPostulation) errors.urlPostulation = 'Indiquez comment postuler : un courriel ou une adresse de candidature.';
  const ends = values.dateFin ? Date.parse(`${values.dateFin}T23:59:59Z`) : null;
  if (ends !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(values.dateFin) || Number.isNaN(ends) || ends < now.getTime())) errors.dateFin = 'Indiquez une date à venir (JJ/MM/AAAA).';
  if (Object.keys(errors).length || !job || !place) return { errors, suggestions: resolution.status === 'ambiguous' || resolution.status === 'unknown' ? resolution.suggestions : [] };

  const record: FeedOffer = {
    id: existing?.id ?? 'administration',
    intitule: values.intitule,
    description: values.description,
    dateCreation: (existing?.created_at ?? now).toISOString(),
    dateActualisation: now.toISOString(),
    ...(ends !== null ? { dateFin: new Date(ends).toISOString() } : {}),
    lieuTravail: { commune: place.communeCode, codePostal: /^\d{5}$/.test(values.commune) && values.commune !== place.communeCode ? values.commune : (place.postalCode ?? undefined) },
    romeCode: job.romeCode ?? undefined,
    appellationlibelle: job.label,
    ...(values.entreprise ? { entreprise: { nom: values.entreprise } } : {}),
    typeContrat: values.contrat,
    typeContratLibelle: months ? `${values.contrat} - ${months} Mois` : CONTRACT_TYPES[values.contrat],
    experienceExige: values.experience,
    experienceLibelle: values.experience === 'D' ? EXPERIENCE_LABELS.D : values.experienceLibelle,
    ...(values.salaire ? { salaire: { libelle: values.salaire } } : {}),
    ...(values.dureeTravail ? { dureeTravailLibelle: values.dureeTravail } : {}),
    contact: { ...(values.entreprise ? { nom: values.entreprise } : {}), ...(values.courriel ? { courriel: values.courriel } : {}), ...(values.urlPostulation ? { urlPostulation: values.urlPostulation } : {}) },
    // What the form does not show stays as it was (the search columns read from it too).
    ...(existing?.details.formations ? { formations: existing.details.formations } : {}),
    ...(existing?.details.permis ? { permis: existing.details.permis } : {}),
    ...(existing ? { employeurHandiEngage: existing.handi_engaged, offresMRS: existing.mrs } : {}),
  };
  const result = normaliseOffer(1, record, places, 1);
  if (isRejection(result)) return { errors: { [fieldOf(result.field)]: result.reason }, suggestions: [] };
  const row = result.row;
  row.appellation_code = job.ogrCode;
  row.appellation_label = job.label;
  row.rome_label = row.rome_label ?? job.romeLabel ?? null;
  const dedupKey = (id: string) => offerDedupKey(row, `agence~${id}`);
  return { row, dedupKey, job };
}

function fieldOf(apiField: string): string {
  if (apiField.startsWith('salaire')) return 'salaire';
  if (apiField.startsWith('lieuTravail')) return 'commune';
  if (apiField.startsWith('contact')) return 'urlPostulation';
  return { typeContrat: 'contrat', experienceExige: 'experience', experienceLibelle: 'experienceLibelle', dateFin: 'dateFin', intitule: 'intitule', description: 'description', dureeTravailLibelle: 'dureeTravail' }[apiField] ?? 'intitule';
}
