import { AUDIENCES, PLATFORMS, PRICE_MODELS, SERVICE_TYPES, THEME_SLUGS } from './catalogue.vocabulary.js';

export const SORTS = ['pertinence', 'nouveautes', 'a-z', 'popularite', 'note'] as const;
export type Sort = (typeof SORTS)[number];

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_PER_PAGE = 12;
export const MAX_PER_PAGE = 50;

const multi = (values: readonly string[], description: string) =>
  ({
    type: 'array',
    items: { type: 'string', enum: [...values] },
    maxItems: values.length,
    description: `${description} Répétez le paramètre pour plusieurs valeurs (OU).`,
  }) as const;

/** The search parameters, shared by the search page and GET /api/v1/services. */
export const searchQuerySchema = {
  type: 'object',
  properties: {
    q: {
      type: 'string',
      maxLength: MAX_QUERY_LENGTH,
      description: 'Mots-clés (texte intégral en français ; un intitulé de métier trouve aussi les services liés à sa fiche ROME).',
    },
    theme: multi(THEME_SLUGS, 'Thématique.'),
    type: multi(SERVICE_TYPES, 'Type de service.'),
    public: multi(AUDIENCES, 'Public visé.'),
    prix: multi(PRICE_MODELS, 'Modèle de prix.'),
    plateforme: multi(PLATFORMS, 'Plateforme.'),
    fournisseur: {
      type: 'array',
      items: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100 },
      maxItems: 20,
      description: "Identifiant (slug) de l'organisation qui propose le service. Répétez le paramètre pour plusieurs valeurs (OU).",
    },
    tri: {
      type: 'string',
      enum: [...SORTS],
      description: 'Ordre des résultats ; par défaut « pertinence ». « note » : les mieux notés d’abord (note moyenne, puis nombre d’avis ; les services sans avis en dernier).',
    },
    page: { type: 'integer', minimum: 1, maximum: 10000, default: 1, description: 'Numéro de page, à partir de 1.' },
    par_page: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE, description: 'Résultats par page.' },
  },
} as const;

export interface SearchQuery {
  q?: string;
  theme?: string[];
  type?: string[];
  public?: string[];
  prix?: string[];
  plateforme?: string[];
  fournisseur?: string[];
  tri?: Sort;
  page?: number;
  par_page?: number;
}
