/** The catalogue's closed vocabularies and their French labels. */

export const THEME_SLUGS = [
  'choisir-un-metier',
  'se-former',
  'preparer-sa-candidature',
  'trouver-un-emploi',
  'creer-son-entreprise',
  'travailler-a-l-international',
] as const;
export type ThemeSlug = (typeof THEME_SLUGS)[number];

export const SERVICE_TYPES = ['mooc', 'e-learning', 'serious-game', 'simulateur', 'application-mobile', 'site-web', 'application-api'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const AUDIENCES = ['candidats', 'entreprises', 'tous'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const PRICE_MODELS = ['gratuit', 'payant', 'freemium'] as const;
export type PriceModel = (typeof PRICE_MODELS)[number];

export const PLATFORMS = ['web', 'ios', 'android'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ORGANISATION_KINDS = ['operateur', 'partenaire-public', 'partenaire-prive'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SERVICE_STATUSES = ['brouillon', 'soumis', 'modifications-demandees', 'publie', 'depublie', 'archive'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const TYPE_LABELS: Record<ServiceType, string> = {
  mooc: 'MOOC',
  'e-learning': 'E-learning',
  'serious-game': 'Jeu sérieux',
  simulateur: 'Simulateur',
  'application-mobile': 'Application mobile',
  'site-web': 'Site web',
  'application-api': 'Application construite sur les API',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  candidats: 'Candidats',
  entreprises: 'Entreprises',
  tous: 'Candidats et entreprises',
};

export const PRICE_LABELS: Record<PriceModel, string> = { gratuit: 'Gratuit', payant: 'Payant', freemium: 'Freemium' };

export const PLATFORM_LABELS: Record<Platform, string> = { web: 'Web', ios: 'iOS', android: 'Android' };

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  operateur: 'Opérateur public',
  'partenaire-public': 'Partenaire public',
  'partenaire-prive': 'Partenaire privé',
};

export const LANGUAGE_LABELS: Record<string, string> = {
  fr: 'français',
  en: 'anglais',
  de: 'allemand',
  es: 'espagnol',
  it: 'italien',
  pt: 'portugais',
  ar: 'arabe',
  zh: 'chinois',
};
