import type { FeedOffer, GeneratorSource } from './feed-offer.js';
import type { GeneratorCommune, GeneratorJobTitle } from './generator.referentials.js';
import {
  BENEFITS,
  COMPANY_PATTERNS,
  CONTACT_FIRST_NAMES,
  CONTRACTS,
  FAMILY_NAMES,
  INTRODUCTIONS,
  MISSIONS_BY_DOMAIN,
  NAF_BY_DOMAIN,
  NATURES,
  PROFILES,
  QUALIFICATIONS,
  QUALITIES,
  SALARY_COMMENTS,
  SALARY_COMPLEMENTS,
  SKILLS_BY_DOMAIN,
  TEMPORARY_AGENCIES,
  TEMPORARY_WORK_NAF,
  WORKING_HOURS,
} from './generator.vocabulary.js';
import { addRequirements } from './offer-requirements.js';
import type { Prng } from './prng.js';

const DAY = 86_400_000;
const SMIC_HOURLY = 11.88;
/** Gross monthly pay by qualification code, full time (euros). */
const MONTHLY_BASE: Record<string, number> = { '1': 1801.8, '2': 1801.8, '3': 1850, '4': 1950, '5': 1801.8, '6': 1900, '7': 2300, '8': 2500, '9': 3400 };

/** Picks communes: big towns (several postal codes) weigh more, as most offers are there. */
export class CommunePicker {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(readonly communes: readonly GeneratorCommune[]) {
    this.cumulative = new Float64Array(communes.length);
    let sum = 0;
    communes.forEach((commune, index) => {
      sum += 1 + commune.postalCodes.length ** 3 / 4;
      this.cumulative[index] = sum;
    });
    this.total = sum;
  }

  pick(prng: Prng): GeneratorCommune {
    const target = prng.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! <= target) low = mid + 1;
      else high = mid;
    }
    return this.communes[low]!;
  }
}

/** A job title with the forms the texts use, computed once. */
export interface PreparedJobTitle extends GeneratorJobTitle {
  /** "Vendeur en épicerie" */
  masculine: string;
  /** "vendeur en épicerie" */
  short: string;
  domain: string;
  family: string;
}

export function prepareJobTitles(jobTitles: readonly GeneratorJobTitle[]): PreparedJobTitle[] {
  return jobTitles.map((job) => {
    const form = masculine(job.label);
    return { ...job, masculine: form, short: /^\p{Lu}\p{Ll}/u.test(form) ? form.charAt(0).toLowerCase() + form.slice(1) : form, domain: job.romeCode.charAt(0), family: job.romeCode.slice(0, 3) };
  });
}

export interface BuildContext {
  prng: Prng;
  jobs: readonly PreparedJobTitle[];
  communes: CommunePicker;
  /** The moment the feed is generated: creation dates are in the 60 days before. */
  now: number;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w)\}/g, (_, key: string) => values[key] ?? '');
/** The masculine form with the common complement: "Vendeur / Vendeuse en épicerie" → "Vendeur en épicerie". */
export function masculine(label: string): string {
  const [first, second] = label.split(' / ');
  if (second === undefined) return label.trim();
  const words = first!.trim().split(/\s+/);
  const rest = second.trim().split(/\s+/).slice(words.length);
  return [...words, ...rest].join(' ');
}
const money = (value: number) => value.toFixed(2);
const TITLE_SUFFIXES = ['', '', ' (H/F)', ' H/F'] as const;
/** "14 h 30" style working hours label helper: 37.5 → "37H30". */
const hoursConverted = (hours: number) => (hours >= 35 ? 'Temps plein' : 'Temps partiel');

function salary(prng: Prng, qualification: string, hours: number): NonNullable<FeedOffer['salaire']> {
  const ratio = hours / 35;
  const base = (MONTHLY_BASE[qualification] ?? 1801.8) * (1 + prng.next() * 0.25);
  const complement = () => (prng.chance(0.5) ? { complement1: prng.pick(SALARY_COMPLEMENTS) } : {});
  const form = prng.weighted([
    ['monthly-range', 40],
    ['monthly', 20],
    ['annual', 12],
    ['annual-range', 6],
    ['hourly', 12],
    ['comment-only', 10],
  ] as const);
  switch (form) {
    case 'monthly-range': {
      const min = Math.round(base * ratio);
      const max = Math.round(min * (1.05 + prng.next() * 0.2));
      return { libelle: `Mensuel de ${money(min)} Euros à ${money(max)} Euros sur ${prng.chance(0.25) ? 13 : 12} mois`, ...complement() };
    }
    case 'monthly':
      return { libelle: `Mensuel de ${money(Math.max(1801.8 * ratio, Math.round(base * ratio * 10) / 10))} Euros sur 12 mois`, ...complement() };
    case 'annual':
      return { libelle: `Annuel de ${Math.round((base * 12) / 500) * 500} Euros`, ...complement() };
    case 'annual-range': {
      const min = Math.round((base * 12) / 1000) * 1000;
      return { libelle: `Annuel de ${money(min)} Euros à ${money(min + 1000 * prng.between(2, 8))} Euros sur 12 mois`, ...complement() };
    }
    case 'hourly': {
      const rate = Math.max(SMIC_HOURLY, Math.round((base / 151.67) * 100) / 100);
      return prng.chance(0.3) ? { libelle: `Horaire de ${money(rate)} Euros à ${money(rate + prng.between(1, 3))} Euros` } : { libelle: `Horaire de ${money(rate)} Euros` };
    }
    default:
      return { commentaire: prng.pick(SALARY_COMMENTS), ...complement() };
  }
}

function experience(prng: Prng): Pick<FeedOffer, 'experienceExige' | 'experienceLibelle' | 'experienceCommentaire'> {
  const code = prng.weighted([['D', 45], ['S', 25], ['E', 30]] as const);
  if (code === 'D') return { experienceExige: 'D', experienceLibelle: 'Débutant accepté' };
  const months = prng.pick([6, 12, 12, 24, 24, 36, 60]);
  const libelle = months < 12 ? `${months} mois` : months === 12 ? '1 an' : `${months / 12} ans`;
  const comment = prng.chance(0.3) ? { experienceCommentaire: prng.pick(['sur un poste similaire', 'dans le même secteur', 'en entreprise']) } : {};
  return { experienceExige: code, experienceLibelle: libelle, ...comment };
}

/** A new offer as its source publishes it (external id and source fields are set by the caller). */
export function buildOffer(context: BuildContext, source: GeneratorSource, externalId: string): FeedOffer {
  const { prng } = context;
  const job = prng.pick(context.jobs);
  const commune = context.communes.pick(prng);
  const domain = job.domain;
  const contract = prng.weighted(CONTRACTS);
  const alternance = contract.type === 'CDD' && prng.chance(0.2);
  const months = alternance ? prng.pick([12, 24, 24, 36]) : contract.months ? prng.pick(contract.months) : undefined;
  const hours = prng.weighted(WORKING_HOURS);
  const qualification = prng.weighted(QUALIFICATIONS);
  const [nafCode, nafLabel] = contract.type === 'MIS' ? TEMPORARY_WORK_NAF : prng.pick(NAF_BY_DOMAIN[domain] ?? NAF_BY_DOMAIN.M!);
  const family = prng.pick(FAMILY_NAMES);
  const patterns = contract.type === 'MIS' ? TEMPORARY_AGENCIES : (COMPANY_PATTERNS[domain] ?? COMPANY_PATTERNS.M!);
  const employer = fill(prng.pick(patterns), { n: family, v: commune.name });
  const confidential = prng.chance(0.12);
  const suffix = alternance ? ' en alternance (H/F)' : prng.pick(TITLE_SUFFIXES);
  const intitule = (suffix ? job.masculine : job.label) + suffix;

  const created = context.now - prng.next() * 60 * DAY;
  const updated = created + prng.next() * Math.min(context.now - created, 10 * DAY);
  const ends = created + prng.between(30, 120) * DAY;
  const values = { t: job.short, v: commune.name, e: confidential ? 'Notre client' : employer };
  const missions = MISSIONS_BY_DOMAIN[job.family] ?? MISSIONS_BY_DOMAIN[domain] ?? MISSIONS_BY_DOMAIN.M!;
  const description = [
    fill(prng.pick(INTRODUCTIONS), values),
    ...prng.sample(missions, prng.between(2, 3)),
    prng.pick(PROFILES),
    prng.pick(BENEFITS),
  ].join('\n');

  const partner = source.kind === 'partenaire';
  const [postalCode] = commune.postalCodes.length ? [prng.pick(commune.postalCodes)] : [undefined];
  // Partners often give only a postal code or a town name; the importer resolves them.
  // (Drawn for every source, so that the same record index gives the same offer on any source.)
  const partnerPlace = prng.weighted([['full', 55], ['postal', 30], ['name', 15]] as const);
  const placeForm = partner ? partnerPlace : 'full';
  const lieuTravail: NonNullable<FeedOffer['lieuTravail']> = { libelle: `${commune.departmentCode} - ${commune.name}` };
  if (placeForm === 'full') {
    if (commune.latitude !== null && commune.longitude !== null) Object.assign(lieuTravail, { latitude: commune.latitude, longitude: commune.longitude });
    if (postalCode) lieuTravail.codePostal = postalCode;
    lieuTravail.commune = commune.inseeCode;
  } else if (placeForm === 'postal' && postalCode) lieuTravail.codePostal = postalCode;
  else lieuTravail.libelle = commune.name;

  const contractLabel = months ? `${contract.type === 'CDD' ? 'CDD' : contract.label} - ${months} Mois` : contract.label;
  const nature = alternance ? (prng.chance(0.6) ? NATURES.apprenticeship : NATURES.professionalisation) : NATURES.ordinary;
  const offer: FeedOffer = {
    id: externalId,
    intitule,
    description,
    dateCreation: new Date(created).toISOString(),
    dateActualisation: new Date(updated).toISOString(),
    dateFin: new Date(ends).toISOString(),
    lieuTravail,
  };
  const partnerRome = prng.chance(0.6);
  if (!partner || partnerRome) Object.assign(offer, { romeCode: job.romeCode, romeLibelle: job.romeLabel, appellationlibelle: job.label });
  offer.entreprise = confidential ? { entrepriseAdaptee: false } : { nom: employer, entrepriseAdaptee: prng.chance(0.02) };
  if (!confidential && prng.chance(0.3)) offer.entreprise.description = `${employer} est une entreprise de ${prng.between(3, 250)} salariés implantée à ${commune.name}.`;
  Object.assign(offer, {
    typeContrat: contract.type,
    typeContratLibelle: contractLabel,
    natureContrat: nature.label,
    ...experience(prng),
  });
  offer.competences = prng.sample(SKILLS_BY_DOMAIN[job.family] ?? SKILLS_BY_DOMAIN[domain] ?? SKILLS_BY_DOMAIN.M!, prng.between(1, 3)).map((libelle) => ({ libelle, exigence: prng.chance(0.4) ? 'E' : 'S' }));
  if (prng.chance(0.4)) offer.qualitesProfessionnelles = prng.sample(QUALITIES, 2).map(([libelle, text]) => ({ libelle, description: text }));
  if (domain === 'N' && prng.chance(0.6)) offer.permis = [{ libelle: prng.pick(['B - Véhicule léger', 'C - Poids lourd', 'CE - PL + remorque']), exigence: 'E' }];
  if (prng.chance(0.08)) offer.langues = [{ libelle: prng.pick(['Anglais', 'Espagnol', 'Allemand']), exigence: prng.chance(0.5) ? 'E' : 'S' }];
  offer.salaire = salary(prng, qualification.code, hours.hours);
  Object.assign(offer, {
    dureeTravailLibelle: hours.label,
    dureeTravailLibelleConverti: hoursConverted(hours.hours),
    alternance,
  });
  const slug = `${job.ogrCode}-${externalId}`.toLowerCase();
  offer.contact = prng.chance(0.5)
    ? { nom: confidential ? source.name : `${employer} - ${prng.pick(CONTACT_FIRST_NAMES)} ${family}`, urlPostulation: `${source.url}/postuler/${slug}` }
    : { nom: confidential ? source.name : employer, courriel: `Pour postuler, utilisez le lien suivant : ${source.url}/offres/${slug}`, coordonnees1: `${source.url}/offres/${slug}` };
  Object.assign(offer, {
    nombrePostes: prng.chance(0.9) ? 1 : prng.between(2, 5),
    accessibleTH: prng.chance(0.15),
    qualificationCode: qualification.code,
    qualificationLibelle: qualification.label,
    codeNAF: `${nafCode.slice(0, 2)}.${nafCode.slice(2)}`,
    secteurActivite: nafCode.slice(0, 2),
    secteurActiviteLibelle: nafLabel,
    origineOffre: partner
      ? { origine: '2', urlOrigine: `${source.url}/offres/${slug}`, partenaires: [{ nom: source.name, url: `${source.url}/offres/${slug}` }] }
      : { origine: '1' },
    offresManqueCandidats: prng.chance(0.05),
  });
  // Drawn last, so that the fields above stay what they were for a given seed.
  addRequirements(offer, prng, {
    domain, qualification: qualification.code, employer: confidential ? null : employer, adapted: offer.entreprise.entrepriseAdaptee === true,
    beginner: offer.experienceExige === 'D', partner,
  });
  return offer;
}
