import { AUDIENCES, PLATFORMS, PRICE_MODELS, SERVICE_TYPES, THEME_SLUGS } from '../catalogue.vocabulary.js';
import type { ServiceSummaryRow } from '../search.repository.js';
import type { ServiceDetailRow } from '../services.repository.js';

/** JSON Schema of a service in lists (résumé) and in full (fiche). */
export const serviceSummarySchema = {
  $id: 'ServiceResume',
  type: 'object',
  required: ['slug', 'nom', 'accroche', 'type', 'thematiques', 'public', 'prix', 'plateformes', 'fournisseur', 'datePublication', 'nombreVues', 'note', 'lien'],
  properties: {
    slug: { type: 'string', examples: ['reussir-l-entretien-d-embauche'] },
    nom: { type: 'string' },
    accroche: { type: 'string' },
    type: { type: 'string', enum: [...SERVICE_TYPES] },
    thematiques: { type: 'array', items: { type: 'string', enum: [...THEME_SLUGS] } },
    public: { type: 'string', enum: [...AUDIENCES] },
    prix: {
      type: 'object',
      required: ['modele', 'texte'],
      properties: { modele: { type: 'string', enum: [...PRICE_MODELS] }, texte: { type: ['string', 'null'] } },
    },
    plateformes: { type: 'array', items: { type: 'string', enum: [...PLATFORMS] } },
    logo: { type: ['string', 'null'], format: 'uri' },
    fournisseur: { type: 'object', required: ['slug', 'nom'], properties: { slug: { type: 'string' }, nom: { type: 'string' } } },
    datePublication: { type: 'string', format: 'date-time' },
    nombreVues: { type: 'integer' },
    note: {
      type: 'object',
      description: 'Avis publiés des utilisateurs (les avis masqués en attente de modération ne comptent pas).',
      required: ['moyenne', 'nombre'],
      properties: {
        moyenne: { type: ['number', 'null'], minimum: 1, maximum: 5, description: 'Note moyenne sur 5, arrondie au centième ; null sans avis.' },
        nombre: { type: 'integer', minimum: 0, description: "Nombre d'avis." },
      },
    },
    lien: { type: 'string', format: 'uri', description: 'Page du service sur Emploi Store.' },
  },
} as const;

export const serviceDetailSchema = {
  $id: 'Service',
  type: 'object',
  required: [...serviceSummarySchema.required, 'description', 'langues', 'accessibilite', 'url', 'codesRome', 'dateMiseAJour', 'nombreAcces'],
  properties: {
    ...serviceSummarySchema.properties,
    description: { type: 'string', description: 'Description en Markdown (à assainir avant affichage).' },
    langues: { type: 'array', items: { type: 'string' }, description: 'Codes ISO 639-1.' },
    accessibilite: { type: 'string' },
    url: { type: 'string', format: 'uri', description: 'Adresse du service chez son fournisseur.' },
    captures: { type: 'array', items: { type: 'string', format: 'uri' } },
    codesRome: { type: 'array', items: { type: 'string', pattern: '^[A-N][0-9]{4}$' } },
    dateMiseAJour: { type: 'string', format: 'date-time' },
    nombreAcces: { type: 'integer', description: 'Nombre de passages par « Accéder au service ».' },
  },
} as const;

export function toServiceSummaryJson(row: ServiceSummaryRow, publicUrl: string) {
  return {
    slug: row.slug,
    nom: row.name,
    accroche: row.pitch,
    type: row.type,
    thematiques: row.themes,
    public: row.audience,
    prix: { modele: row.price_model, texte: row.price_text },
    plateformes: row.platforms,
    logo: row.logo_path ? `${publicUrl}${row.logo_path}` : null,
    fournisseur: { slug: row.provider_slug, nom: row.provider_name },
    datePublication: new Date(row.published_at).toISOString(),
    nombreVues: row.views,
    note: { moyenne: row.rating_count ? (row.rating_average ?? null) : null, nombre: row.rating_count ?? 0 },
    lien: `${publicUrl}/services/${row.slug}`,
  };
}

export function toServiceJson(row: ServiceDetailRow, publicUrl: string) {
  return {
    ...toServiceSummaryJson(row, publicUrl),
    description: row.description,
    langues: row.languages,
    accessibilite: row.accessibility,
    url: row.url,
    captures: row.screenshots.map((path) => (path.startsWith('/') ? `${publicUrl}${path}` : path)),
    codesRome: row.rome_codes,
    dateMiseAJour: new Date(row.updated_at).toISOString(),
    nombreAcces: row.link_outs,
  };
}
