/**
 * The APIs opened to developers. Each has a slug (URLs of the portal, api_subscriptions.api,
 * api_usage_daily.api), the OAuth2 scopes a subscription grants, the base path of its routes
 * (every route under it declares `config.access = { bearer: <main scope> }`), its OpenAPI tag,
 * its limits and its changelog.
 */
export type ApiAccessMode = 'ouverte' | 'sur-validation';

export interface ApiChange {
  /** ISO date, e.g. '2026-11-27' */
  date: string;
  version: string;
  text: string;
}

export interface DeveloperApi {
  slug: string;
  name: string;
  version: string;
  /** One sentence for lists. */
  summary: string;
  /** Markdown: what the API gives, for whom. */
  description: string;
  /** The scopes a subscription grants; the first is the one routes check. */
  scopes: readonly string[];
  basePath: string;
  /** OpenAPI tag of its routes. */
  tag: string;
  access: ApiAccessMode;
  /** Sustained calls per second per application, and the burst allowed above it. */
  rateLimit: { perSecond: number; burst: number };
  /** Calls per application per Paris day. */
  dailyQuota: number;
  changelog: readonly ApiChange[];
}

export const DEVELOPER_APIS: readonly DeveloperApi[] = [
  {
    slug: 'catalogue-des-services',
    name: 'Catalogue des services Emploi Store',
    version: 'v1',
    summary: 'Les fiches des services numériques pour l’emploi et la formation référencés dans l’Emploi Store.',
    description:
      'Toutes les fiches publiées du catalogue : nom, description, fournisseur, type de service, thématiques, public, prix, plateformes, adresse du service et images. ' +
      'Les chemins et le format sont ceux de l’API « Catalogue des services Emploi Store v1 » : une application qui l’utilise fonctionne en changeant seulement son adresse de base.',
    scopes: ['api_cataloguedesservicesemploistorev1'],
    basePath: '/partenaire/cataloguedesservicesemploistore/v1',
    tag: 'Catalogue des services Emploi Store v1',
    access: 'ouverte',
    rateLimit: { perSecond: 10, burst: 20 },
    dailyQuota: 50_000,
    changelog: [{ date: '2026-11-27', version: '1.0.0', text: 'Ouverture : liste des fiches, fiche par identifiant, images.' }],
  },
  {
    slug: 'rome',
    name: 'ROME — Répertoire opérationnel des métiers et des emplois',
    version: 'v1',
    summary: 'Les fiches métiers ROME, les appellations (OGR), l’arborescence des domaines et la recherche par libellé.',
    description:
      'Le référentiel officiel des métiers : grands domaines, domaines professionnels, fiches métiers (code ROME) et appellations (code OGR), avec une recherche par libellé insensible aux accents.',
    scopes: ['api_romev1', 'nomenclatureRome'],
    basePath: '/partenaire/rome/v1',
    tag: 'ROME v1',
    access: 'ouverte',
    rateLimit: { perSecond: 10, burst: 20 },
    dailyQuota: 50_000,
    changelog: [{ date: '2026-11-27', version: '1.0.0', text: 'Ouverture : métiers, appellations, arborescence, recherche par libellé.' }],
  },
  {
    slug: 'offres-d-emploi',
    name: 'Offres d’emploi',
    version: 'v2',
    summary: 'Les offres d’emploi de l’agence et des sites partenaires, avec la recherche multicritère et les référentiels.',
    description:
      'Toutes les offres d’emploi en cours : celles de l’agence et celles des sites d’emploi partenaires, dédoublonnées. Recherche par mots-clés, métier ROME, lieu et distance, contrat, expérience, temps de travail, salaire, date de publication ; facettes ; référentiels. ' +
      'Les chemins, paramètres, codes de réponse et le format des offres sont ceux de l’API « Offres d’emploi v2 » : une application qui l’utilise fonctionne en changeant seulement son adresse de base. ' +
      'En plus : un curseur pour dépasser la limite de 3 150 résultats, une réponse 410 avec sa date pour une offre expirée, le code postal accepté pour `commune`, et les bornes numériques du salaire quand elles sont connues.',
    scopes: ['api_offresdemploiv2', 'o2dsoffre'],
    basePath: '/partenaire/offresdemploi/v2',
    tag: 'Offres d’emploi v2',
    access: 'ouverte',
    rateLimit: { perSecond: 10, burst: 20 },
    dailyQuota: 100_000,
    changelog: [{ date: '2026-11-27', version: '2.0.0', text: 'Ouverture : recherche, offre par identifiant, référentiels ; curseur, 410 pour les offres expirées.' }],
  },
  {
    slug: 'moocs',
    name: 'Les MOOC de l’emploi',
    version: 'v1',
    summary: 'Les cours en ligne de l’emploi, leur programme et leurs sessions, avec les places restantes.',
    description:
      'Les MOOC publiés : présentation, programme semaine par semaine, sessions avec leurs dates, l’état des inscriptions et les places restantes. ' +
      'Les chiffres d’inscription sont réservés aux applications dont l’usage a été validé par l’équipe Emploi Store : l’abonnement passe par une demande.',
    scopes: ['api_moocsv1'],
    basePath: '/partenaire/moocs/v1',
    tag: 'MOOC de l’emploi v1',
    access: 'sur-validation',
    rateLimit: { perSecond: 5, burst: 10 },
    dailyQuota: 10_000,
    changelog: [{ date: '2026-11-27', version: '1.0.0', text: 'Ouverture : cours, programme, sessions.' }],
  },
];

export function findApi(slug: string): DeveloperApi | undefined {
  return DEVELOPER_APIS.find((api) => api.slug === slug);
}

/** The API a scope belongs to (any of its scopes). */
export function apiOfScope(scope: string): DeveloperApi | undefined {
  return DEVELOPER_APIS.find((api) => api.scopes.includes(scope));
}
