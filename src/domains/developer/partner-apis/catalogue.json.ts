import {
  AUDIENCE_LABELS,
  AUDIENCES,
  PLATFORMS,
  PRICE_LABELS,
  PRICE_MODELS,
  SERVICE_TYPES,
  type ServiceSheetRow,
  THEME_SLUGS,
  THEMES,
  TYPE_LABELS,
} from '../../catalogue/index.js';
import { compact } from './partner.schemas.js';

/** JSON Schemas and mappers of « Catalogue des services Emploi Store v1 » (French camelCase, absent values omitted). */

const codeLabel = (values: readonly string[], description: string) =>
  ({
    type: 'object',
    required: ['code', 'libelle'],
    properties: { code: { type: 'string', enum: [...values], description }, libelle: { type: 'string' } },
  }) as const;

export const serviceSheetSchema = {
  type: 'object',
  required: [
    'id', 'slug', 'nom', 'accroche', 'description', 'fournisseur', 'typeService', 'typeServiceLibelle', 'thematiques', 'public', 'publicLibelle',
    'prix', 'plateformes', 'langues', 'url', 'urlFiche', 'codesRome', 'datePublication', 'dateMiseAJour', 'nombreAvis',
  ],
  properties: {
    id: { type: 'integer', description: 'Identifiant numérique de la fiche.', examples: [12] },
    slug: { type: 'string', description: 'Identifiant de la fiche dans les adresses du site.', examples: ['reussir-l-entretien-d-embauche'] },
    nom: { type: 'string' },
    accroche: { type: 'string', description: 'Présentation en une phrase.' },
    description: { type: 'string', description: 'Description en Markdown (à assainir avant affichage).' },
    fournisseur: {
      type: 'object',
      required: ['nom'],
      properties: { nom: { type: 'string' }, url: { type: 'string', format: 'uri', description: 'Site du fournisseur, quand il est connu.' } },
    },
    typeService: { type: 'string', enum: [...SERVICE_TYPES] },
    typeServiceLibelle: { type: 'string', examples: ['Simulateur'] },
    thematiques: { type: 'array', items: codeLabel(THEME_SLUGS, 'Thématique du parcours.') },
    public: { type: 'string', enum: [...AUDIENCES], description: 'Public visé (« tous » : candidats et entreprises).' },
    publicLibelle: { type: 'string' },
    prix: {
      type: 'object',
      required: ['modele', 'libelle'],
      properties: {
        modele: { type: 'string', enum: [...PRICE_MODELS] },
        libelle: { type: 'string', examples: ['Gratuit'] },
        texte: { type: 'string', description: 'Précisions sur le prix, quand le fournisseur en donne.' },
      },
    },
    plateformes: { type: 'array', items: { type: 'string', enum: [...PLATFORMS] } },
    langues: { type: 'array', items: { type: 'string' }, description: 'Codes ISO 639-1.' },
    accessibilite: { type: 'string', description: 'Déclaration d’accessibilité du fournisseur, quand il en donne une.' },
    url: { type: 'string', format: 'uri', description: 'Adresse du service chez son fournisseur.' },
    urlFiche: { type: 'string', format: 'uri', description: 'Page du service sur Emploi Store.' },
    logo: { type: 'string', format: 'uri', description: 'Adresse du logo, quand il y en a un.' },
    codesRome: { type: 'array', items: { type: 'string', pattern: '^[A-N][0-9]{4}$' }, description: 'Fiches métiers ROME liées au service.' },
    datePublication: { type: 'string', format: 'date-time' },
    dateMiseAJour: { type: 'string', format: 'date-time' },
    noteMoyenne: { type: 'number', minimum: 1, maximum: 5, description: 'Moyenne des avis publiés, arrondie au centième ; absente sans avis.' },
    nombreAvis: { type: 'integer', minimum: 0 },
  },
} as const;

export const serviceImageSchema = {
  type: 'object',
  required: ['url', 'type', 'texteAlternatif'],
  properties: {
    url: { type: 'string', format: 'uri' },
    type: { type: 'string', enum: ['logo', 'capture-ecran'] },
    typeMime: { type: 'string', examples: ['image/webp'], description: 'Format de l’image, quand il est connu.' },
    texteAlternatif: { type: 'string', description: 'Texte à donner en attribut alt.' },
    largeur: { type: 'integer', minimum: 1, description: 'En pixels, quand elle est connue.' },
    hauteur: { type: 'integer', minimum: 1, description: 'En pixels, quand elle est connue.' },
  },
} as const;

const themeNames = new Map<string, string>(THEMES.map((theme) => [theme.slug, theme.name]));
const label = (labels: Record<string, string>, code: string) => labels[code] ?? code;
const absolute = (path: string, publicUrl: string) => (path.startsWith('/') ? `${publicUrl}${path}` : path);

export function toServiceSheetJson(row: ServiceSheetRow, publicUrl: string) {
  return compact({
    id: row.id,
    slug: row.slug,
    nom: row.name,
    accroche: row.pitch,
    description: row.description,
    fournisseur: compact({ nom: row.provider_name, url: row.provider_website }),
    typeService: row.type,
    typeServiceLibelle: label(TYPE_LABELS, row.type),
    thematiques: row.themes.map((code) => ({ code, libelle: themeNames.get(code) ?? code })),
    public: row.audience,
    publicLibelle: label(AUDIENCE_LABELS, row.audience),
    prix: compact({ modele: row.price_model, libelle: label(PRICE_LABELS, row.price_model), texte: row.price_text || null }),
    plateformes: row.platforms,
    langues: row.languages,
    accessibilite: row.accessibility.trim() || null,
    url: row.url,
    urlFiche: `${publicUrl}/services/${row.slug}`,
    logo: row.logo_path ? absolute(row.logo_path, publicUrl) : null,
    codesRome: row.rome_codes,
    datePublication: new Date(row.published_at).toISOString(),
    dateMiseAJour: new Date(row.updated_at).toISOString(),
    noteMoyenne: row.rating_count > 0 && row.rating_average !== null ? Number(row.rating_average) : null,
    nombreAvis: row.rating_count,
  });
}

export interface ImageFacts {
  contentType: string;
  width: number;
  height: number;
}

const MIME_BY_EXTENSION: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

export function toServiceImageJson(
  image: { path: string; kind: 'logo' | 'capture-ecran'; position: number },
  serviceName: string,
  facts: ImageFacts | undefined,
  publicUrl: string,
) {
  const extension = /\.([a-z]+)$/i.exec(image.path)?.[1]?.toLowerCase() ?? '';
  return compact({
    url: absolute(image.path, publicUrl),
    type: image.kind,
    typeMime: facts?.contentType ?? MIME_BY_EXTENSION[extension] ?? null,
    texteAlternatif: image.kind === 'logo' ? `Logo de ${serviceName}` : `Capture d’écran ${image.position} de ${serviceName}`,
    largeur: facts?.width ?? null,
    hauteur: facts?.height ?? null,
  });
}
