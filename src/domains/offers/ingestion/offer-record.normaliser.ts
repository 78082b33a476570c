import type { OfferDetails } from '../offers.table.js';
import {
  CONTRACT_TYPES, contractMonths, contractTypeCode, experienceLevel, experienceMonths, fold, formationLevelCode, licenceCode, monthlySalary, nafCode,
  parseIsoDate, sectorCode, weeklyHours,
} from './offer-fields.js';
import type { PlaceResolver } from './places.resolver.js';

/** A valid record, normalised into the columns of job_offers (its listing: externalId, url). */
export interface OfferDraft {
  externalId: string;
  url: string | null;
  /** The job title to find a ROME code from when none is given. */
  romeQuery: string | null;
  row: OfferRow;
}

/** The job_offers columns an import writes (id, seq, status, expired_at, dedup are set later). */
export interface OfferRow {
  intitule: string; description: string; rome_code: string | null; rome_label: string | null; appellation_code: string | null;
  appellation_label: string | null; commune_code: string | null; postal_code: string | null; place_label: string | null;
  department_code: string | null; region_code: string | null; latitude: number | null; longitude: number | null;
  company_name: string | null; company_description: string | null; company_url: string | null; company_logo: string | null;
  company_adapted: boolean | null; contract_type: string; contract_nature: string | null; experience_code: 'D' | 'S' | 'E' | null;
  experience_label: string | null; experience_comment: string | null; experience_level: 1 | 2 | 3 | null; qualification_code: string | null;
  qualification_label: string | null; naf_code: string | null; sector_code: string | null; sector_label: string | null;
  full_time: boolean | null; working_hours_label: string | null; working_hours_converted: string | null; weekly_hours: number | null;
  contract_months: number | null; salary_label: string | null; salary_comment: string | null; salary_complement1: string | null;
  salary_complement2: string | null; salary_min_monthly: number | null; salary_max_monthly: number | null; alternance: boolean;
  positions: number; accessible_th: boolean | null; lacks_candidates: boolean; formation_levels: string[]; licence_codes: string[];
  handi_engaged: boolean; mrs: boolean; details: OfferDetails; origin: 1 | 2;
  origin_url: string | null; created_at: string; updated_at: string; ends_at: string | null;
}

export interface Rejection {
  record: number;
  field: string;
  reason: string;
}

class Invalid extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(reason);
  }
}

type Obj = Record<string, unknown>;
const object = (value: unknown): Obj => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {});

/** A trimmed string (numbers accepted), null when absent or empty; NUL characters removed. */
function text(value: unknown, field: string, max = 10_000): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') throw new Invalid(field, 'doit être un texte');
  const trimmed = value.replace(/\0/g, '').trim();
  if (trimmed.length > max) throw new Invalid(field, `dépasse ${max} caractères`);
  return trimmed || null;
}

function bool(value: unknown, field: string): boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value;
  const folded = String(value).trim().toLowerCase();
  if (['true', 'oui', '1', 'o'].includes(folded)) return true;
  if (['false', 'non', '0', 'n'].includes(folded)) return false;
  throw new Invalid(field, 'doit valoir true ou false');
}

function number(value: unknown, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  const parsed = typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.'));
  if (!Number.isFinite(parsed)) throw new Invalid(field, 'doit être un nombre');
  return parsed;
}

function date(value: unknown, field: string, required: boolean): string | null {
  const raw = text(value, field, 40);
  if (raw === null) {
    if (required) throw new Invalid(field, 'obligatoire');
    return null;
  }
  const parsed = parseIsoDate(raw);
  if (!parsed) throw new Invalid(field, `date ISO 8601 attendue (reçu « ${raw.slice(0, 40)} »)`);
  return parsed.toISOString();
}

function list(value: unknown, field: string): Obj[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const items = Array.isArray(value) ? value : [value];
  const result = items.map((item) => (typeof item === 'string' ? { libelle: item } : object(item)));
  if (result.some((item) => Object.keys(item).length === 0)) throw new Invalid(field, 'liste d’objets attendue');
  return result.length ? result : undefined;
}

/** The distinct codes read from the items of a list (unreadable ones are left out), in their order. */
function codesOf(items: readonly object[] | undefined, read: (item: Obj) => string | null): string[] {
  const codes: string[] = [];
  for (const item of items ?? []) {
    const code = read(item as Obj);
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** Validates and normalises one Offre record; throws nothing: returns the draft or the rejection. */
export function normaliseOffer(record: number, value: unknown, places: PlaceResolver, origin: 1 | 2): OfferDraft | Rejection {
  try {
    return normalise(value, places, origin);
  } catch (error) {
    if (error instanceof Invalid) return { record, field: error.field, reason: error.reason };
    throw error;
  }
}

function normalise(value: unknown, places: PlaceResolver, origin: 1 | 2): OfferDraft {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Invalid('(enregistrement)', 'un objet Offre est attendu');
  const offer = value as Obj;
  const externalId = text(offer.id, 'id', 200);
  if (!externalId) throw new Invalid('id', 'obligatoire (identifiant de l’offre chez la source)');
  const intitule = text(offer.intitule, 'intitule', 300);
  if (!intitule) throw new Invalid('intitule', 'obligatoire');
  if (intitule.length < 2) throw new Invalid('intitule', 'trop court (2 caractères au moins)');
  const contractRaw = text(offer.typeContrat, 'typeContrat', 100);
  if (!contractRaw) throw new Invalid('typeContrat', 'obligatoire');
  const contractType = contractTypeCode(contractRaw);
  if (!contractType) throw new Invalid('typeContrat', `type de contrat inconnu « ${contractRaw} » (attendu : ${Object.keys(CONTRACT_TYPES).join(', ')})`);
  const createdAt = date(offer.dateCreation, 'dateCreation', true)!;
  const updatedAt = date(offer.dateActualisation, 'dateActualisation', false) ?? createdAt;
  const endsAt = date(offer.dateFin, 'dateFin', false);

  const romeCode = text(offer.romeCode, 'romeCode', 10)?.toUpperCase() ?? null;
  if (romeCode && !/^[A-N]\d{4}$/.test(romeCode)) throw new Invalid('romeCode', `code ROME invalide « ${romeCode} »`);
  const appellationLabel = text(offer.appellationlibelle, 'appellationlibelle', 300);

  const lieu = object(offer.lieuTravail);
  const placeLabel = text(lieu.libelle, 'lieuTravail.libelle', 300);
  const commune = text(lieu.commune, 'lieuTravail.commune', 100);
  if (commune && places.isUnknownInseeCode(commune)) {
    throw new Invalid('lieuTravail.commune', `code INSEE inconnu « ${commune} » : aucune commune du référentiel ne porte ce code`);
  }
  const place = places.resolve({ commune, codePostal: text(lieu.codePostal, 'lieuTravail.codePostal', 10), libelle: placeLabel });
  let latitude = place?.latitude ?? number(lieu.latitude, 'lieuTravail.latitude');
  let longitude = place?.longitude ?? number(lieu.longitude, 'lieuTravail.longitude');
  if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) latitude = longitude = null;

  const company = object(offer.entreprise);
  const experienceCode = text(offer.experienceExige, 'experienceExige', 1)?.toUpperCase() ?? null;
  if (experienceCode && !['D', 'S', 'E'].includes(experienceCode)) throw new Invalid('experienceExige', 'attendu D, S ou E');
  const experienceLabel = text(offer.experienceLibelle, 'experienceLibelle', 300);
  const months = experienceLabel ? experienceMonths(experienceLabel) : null;

  const salary = object(offer.salaire);
  const salaryLabel = text(salary.libelle, 'salaire.libelle', 500);
  const hoursLabel = text(offer.dureeTravailLibelle, 'dureeTravailLibelle', 300);
  const hours = hoursLabel ? weeklyHours(hoursLabel) : null;
  const bounds = salaryLabel ? monthlySalary(salaryLabel, hours) : null;
  const converted = text(offer.dureeTravailLibelleConverti, 'dureeTravailLibelleConverti', 100);
  const foldedConverted = converted ? fold(converted) : '';
  const contractLabel = text(offer.typeContratLibelle, 'typeContratLibelle', 300);

  const positions = number(offer.nombrePostes, 'nombrePostes') ?? 1;
  if (!Number.isInteger(positions) || positions < 1 || positions > 10_000) throw new Invalid('nombrePostes', 'entier de 1 à 10 000 attendu');
  const qualification = text(offer.qualificationCode, 'qualificationCode', 10);
  const originInfo = object(offer.origineOffre);
  const contact = object(offer.contact);
  const url = text(originInfo.urlOrigine, 'origineOffre.urlOrigine', 2000) ?? text(contact.urlPostulation, 'contact.urlPostulation', 2000);

  const details: OfferDetails = {};
  for (const field of ['formations', 'langues', 'permis', 'competences', 'qualitesProfessionnelles'] as const) {
    const items = list(offer[field], field);
    if (items) (details as Obj)[field] = items;
  }
  if (Object.keys(contact).length > 0) details.contact = contact as OfferDetails['contact'];
  const naf = text(offer.codeNAF, 'codeNAF', 10);
  const canonicalNaf = naf ? nafCode(naf) : null;
  const sector = text(offer.secteurActivite, 'secteurActivite', 10);

  return {
    externalId,
    url,
    romeQuery: romeCode ? null : (appellationLabel ?? intitule),
    row: {
      intitule,
      description: text(offer.description, 'description', 20_000) ?? '',
      rome_code: romeCode,
      rome_label: text(offer.romeLibelle, 'romeLibelle', 300),
      appellation_code: null,
      appellation_label: appellationLabel,
      commune_code: place?.communeCode ?? null,
      postal_code: place?.postalCode ?? text(lieu.codePostal, 'lieuTravail.codePostal', 10),
      place_label: placeLabel ?? (place ? `${place.departmentCode} - ${place.name}` : null),
      department_code: place?.departmentCode ?? null,
      region_code: place?.regionCode ?? null,
      latitude,
      longitude,
      company_name: text(company.nom, 'entreprise.nom', 300),
      company_description: text(company.description, 'entreprise.description', 5000),
      company_url: text(company.url, 'entreprise.url', 2000),
      company_logo: text(company.logo, 'entreprise.logo', 2000),
      // The agency also writes it at the top level of the offer.
      company_adapted: bool(company.entrepriseAdaptee ?? offer.entrepriseAdaptee, 'entreprise.entrepriseAdaptee'),
      contract_type: contractType,
      contract_nature: text(offer.natureContrat, 'natureContrat', 200),
      experience_code: experienceCode as OfferRow['experience_code'],
      experience_label: experienceLabel,
      experience_comment: text(offer.experienceCommentaire, 'experienceCommentaire', 500),
      experience_level: experienceLevel(experienceCode, months),
      qualification_code: qualification,
      qualification_label: text(offer.qualificationLibelle, 'qualificationLibelle', 300),
      naf_code: canonicalNaf ?? naf,
      sector_code: sector ? sectorCode(sector) : (canonicalNaf?.slice(0, 2) ?? null),
      sector_label: text(offer.secteurActiviteLibelle, 'secteurActiviteLibelle', 300),
      full_time: foldedConverted.includes('plein') ? true : foldedConverted.includes('partiel') ? false : null,
      working_hours_label: hoursLabel,
      working_hours_converted: converted,
      weekly_hours: hours,
      contract_months: contractLabel ? contractMonths(contractLabel) : null,
      salary_label: salaryLabel,
      salary_comment: text(salary.commentaire, 'salaire.commentaire', 500),
      salary_complement1: text(salary.complement1, 'salaire.complement1', 300),
      salary_complement2: text(salary.complement2, 'salaire.complement2', 300),
      salary_min_monthly: bounds?.min ?? null,
      salary_max_monthly: bounds?.max ?? null,
      alternance: bool(offer.alternance, 'alternance') ?? false,
      positions,
      accessible_th: bool(offer.accessibleTH, 'accessibleTH'),
      lacks_candidates: bool(offer.offresManqueCandidats, 'offresManqueCandidats') ?? false,
      formation_levels: codesOf(details.formations, (item) => (typeof item.niveauLibelle === 'string' ? formationLevelCode(item.niveauLibelle) : null)),
      licence_codes: codesOf(details.permis, (item) => {
        const code = typeof item.code === 'string' ? licenceCode(item.code) : null;
        return code ?? (typeof item.libelle === 'string' ? licenceCode(item.libelle) : null);
      }),
      handi_engaged: bool(offer.employeurHandiEngage, 'employeurHandiEngage') ?? false,
      mrs: bool(offer.offresMRS, 'offresMRS') ?? false,
      details,
      origin,
      origin_url: url,
      created_at: createdAt,
      updated_at: updatedAt,
      ends_at: endsAt,
    },
  };
}

export function isRejection(result: OfferDraft | Rejection): result is Rejection {
  return 'reason' in result;
}
