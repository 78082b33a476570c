import type { FieldErrors } from '../../../platform/html/forms.js';
import { formatNumber } from '../../../platform/html/components.js';
import {
  AUDIENCES,
  AUDIENCE_LABELS,
  type Audience,
  LANGUAGE_LABELS,
  PLATFORMS,
  PLATFORM_LABELS,
  type Platform,
  PRICE_LABELS,
  PRICE_MODELS,
  type PriceModel,
  SERVICE_TYPES,
  type ServiceType,
  THEME_SLUGS,
  type ThemeSlug,
  TYPE_LABELS,
} from '../catalogue.vocabulary.js';
import { THEMES } from '../themes.data.js';

/** Everything a partner writes about a service: what a revision holds and what publication copies. */
export interface ServiceContent {
  name: string;
  pitch: string;
  description: string;
  type: ServiceType | '';
  themes: ThemeSlug[];
  audience: Audience | '';
  romeCodes: string[];
  url: string;
  platforms: Platform[];
  languages: string[];
  priceModel: PriceModel | '';
  priceText: string;
  accessibility: string;
  logoPath: string | null;
  screenshots: string[];
}

export const EMPTY_CONTENT: ServiceContent = {
  name: '',
  pitch: '',
  description: '',
  type: '',
  themes: [],
  audience: '',
  romeCodes: [],
  url: '',
  platforms: [],
  languages: ['fr'],
  priceModel: '',
  priceText: '',
  accessibility: '',
  logoPath: null,
  screenshots: [],
};

export const MAX_SCREENSHOTS = 5;
export const LIMITS = { name: 120, pitch: 200, description: 10_000, url: 500, priceText: 200, accessibility: 2000, romeCodes: 10 } as const;

/** French labels of the fields (form labels, error summary, revision diff). */
export const FIELD_LABELS: Record<keyof ServiceContent, string> = {
  name: 'Nom du service',
  pitch: 'Accroche',
  description: 'Description',
  type: 'Type de service',
  themes: 'Thématiques',
  audience: 'Public',
  romeCodes: 'Métiers concernés (codes ROME)',
  url: 'Adresse du service',
  platforms: 'Plateformes',
  languages: 'Langues',
  priceModel: 'Modèle de prix',
  priceText: 'Précisions sur le prix',
  accessibility: 'Accessibilité',
  logoPath: 'Logo',
  screenshots: 'Captures d’écran',
};

export interface Step {
  slug: string;
  title: string;
  fields: (keyof ServiceContent)[];
}

/** The steps of the submission form, in order; the last one is the preview and the sending. */
export const STEPS: readonly Step[] = [
  { slug: 'presentation', title: 'Présentation', fields: ['name', 'pitch', 'description', 'type'] },
  { slug: 'public', title: 'Public et thématiques', fields: ['audience', 'themes', 'romeCodes'] },
  { slug: 'acces', title: 'Accès et conditions', fields: ['url', 'platforms', 'languages', 'priceModel', 'priceText', 'accessibility'] },
  { slug: 'visuels', title: 'Logo et captures d’écran', fields: ['logoPath', 'screenshots'] },
  { slug: 'apercu', title: 'Aperçu et envoi', fields: [] },
];

export const findStep = (slug: string): Step | undefined => STEPS.find((step) => step.slug === slug);

/** Text as typed: line ends normalised, NUL removed, trimmed. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').trim() : '';
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]).map(cleanText).filter(Boolean);
const length = (value: string) => [...value].length;

function tooLong(label: string, max: number, value: string): string {
  return `${label} ne doit pas dépasser ${formatNumber(max)} caractères (il en compte ${formatNumber(length(value))}).`;
}

/** Reads a stored revision's JSON into a complete content (fields added later get their default). */
export function contentFromJson(json: unknown): ServiceContent {
  const value = (json && typeof json === 'object' ? json : {}) as Partial<ServiceContent>;
  return { ...EMPTY_CONTENT, ...value };
}

/** Reads the posted fields of one step into the content (only that step's fields change). */
export function applyStepInput(content: ServiceContent, step: Step, body: Record<string, unknown>): ServiceContent {
  const next = { ...content };
  for (const field of step.fields) {
    switch (field) {
      case 'themes':
        next.themes = list(body.themes) as ThemeSlug[];
        break;
      case 'platforms':
        next.platforms = list(body.platforms) as Platform[];
        break;
      case 'languages':
        next.languages = list(body.languages);
        break;
      case 'romeCodes':
        next.romeCodes = [...new Set(cleanText(body.romeCodes).toUpperCase().split(/[\s,;]+/).filter(Boolean))];
        break;
      case 'logoPath':
      case 'screenshots':
        break; // Files: handled by the upload form.
      default:
        (next as Record<string, unknown>)[field] = cleanText(body[field]);
    }
  }
  return next;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && Boolean(url.hostname) && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * Errors of one step's fields (French messages by field). `knownRomeCodes` are the codes of the
 * ROME referential among those typed (checked by the caller against the database).
 */
export function validateStep(content: ServiceContent, step: Step, knownRomeCodes: ReadonlySet<string>): FieldErrors {
  const errors: FieldErrors = {};
  const has = (field: keyof ServiceContent) => step.fields.includes(field);
  if (has('name')) {
    if (!content.name) errors.name = 'Indiquez le nom du service.';
    else if (length(content.name) > LIMITS.name) errors.name = tooLong('Le nom', LIMITS.name, content.name);
  }
  if (has('pitch')) {
    if (!content.pitch) errors.pitch = 'Résumez le service en une phrase.';
    else if (length(content.pitch) > LIMITS.pitch) errors.pitch = tooLong('L’accroche', LIMITS.pitch, content.pitch);
  }
  if (has('description')) {
    if (length(content.description) < 50) errors.description = 'Décrivez le service en 50 caractères au moins : à quoi il sert, pour qui, comment.';
    else if (length(content.description) > LIMITS.description) errors.description = tooLong('La description', LIMITS.description, content.description);
  }
  if (has('type') && !SERVICE_TYPES.includes(content.type as ServiceType)) errors.type = 'Choisissez le type de service.';
  if (has('audience') && !AUDIENCES.includes(content.audience as Audience)) errors.audience = 'Choisissez le public du service.';
  if (has('themes')) {
    if (!content.themes.length) errors.themes = 'Choisissez au moins une thématique.';
    else if (content.themes.some((theme) => !THEME_SLUGS.includes(theme))) errors.themes = 'Une des thématiques choisies n’existe pas.';
  }
  if (has('romeCodes')) {
    const malformed = content.romeCodes.filter((code) => !/^[A-N][0-9]{4}$/.test(code));
    const unknown = content.romeCodes.filter((code) => !malformed.includes(code) && !knownRomeCodes.has(code));
    if (content.romeCodes.length > LIMITS.romeCodes) errors.romeCodes = `Indiquez ${LIMITS.romeCodes} codes ROME au plus.`;
    else if (malformed.length) errors.romeCodes = `« ${malformed[0]} » n’est pas un code ROME (une lettre et quatre chiffres, par exemple M1607).`;
    else if (unknown.length) errors.romeCodes = `Le code ROME ${unknown[0]} n’existe pas dans le référentiel.`;
  }
  if (has('url')) {
    if (!content.url) errors.url = 'Indiquez l’adresse où trouver le service.';
    else if (length(content.url) > LIMITS.url || !isHttpUrl(content.url)) errors.url = 'Indiquez une adresse web complète, commençant par https://';
  }
  if (has('platforms')) {
    if (!content.platforms.length) errors.platforms = 'Choisissez au moins une plateforme.';
    else if (content.platforms.some((platform) => !PLATFORMS.includes(platform))) errors.platforms = 'Une des plateformes choisies n’existe pas.';
  }
  if (has('languages')) {
    if (!content.languages.length) errors.languages = 'Choisissez au moins une langue.';
    else if (content.languages.some((language) => !(language in LANGUAGE_LABELS))) errors.languages = 'Une des langues choisies n’est pas proposée.';
  }
  if (has('priceModel') && !PRICE_MODELS.includes(content.priceModel as PriceModel)) errors.priceModel = 'Choisissez le modèle de prix.';
  if (has('priceText')) {
    if (content.priceModel && content.priceModel !== 'gratuit' && !content.priceText) errors.priceText = 'Précisez le prix : le service n’est pas gratuit.';
    else if (length(content.priceText) > LIMITS.priceText) errors.priceText = tooLong('La précision sur le prix', LIMITS.priceText, content.priceText);
  }
  if (has('accessibility') && length(content.accessibility) > LIMITS.accessibility) {
    errors.accessibility = tooLong('Le texte sur l’accessibilité', LIMITS.accessibility, content.accessibility);
  }
  return errors;
}

/** The steps that still have errors (to submit, every step must be valid). */
export function invalidSteps(content: ServiceContent, knownRomeCodes: ReadonlySet<string>): { step: Step; errors: FieldErrors }[] {
  return STEPS.map((step) => ({ step, errors: validateStep(content, step, knownRomeCodes) })).filter(({ errors }) => Object.keys(errors).length > 0);
}

/** A field's value as French text (for the preview and the diff). */
export function displayValue(content: ServiceContent, field: keyof ServiceContent): string {
  switch (field) {
    case 'type':
      return content.type ? TYPE_LABELS[content.type] : '';
    case 'audience':
      return content.audience ? AUDIENCE_LABELS[content.audience] : '';
    case 'priceModel':
      return content.priceModel ? PRICE_LABELS[content.priceModel] : '';
    case 'themes':
      return content.themes.map((slug) => THEMES.find((theme) => theme.slug === slug)?.name ?? slug).join(', ');
    case 'platforms':
      return content.platforms.map((platform) => PLATFORM_LABELS[platform] ?? platform).join(', ');
    case 'languages':
      return content.languages.map((language) => LANGUAGE_LABELS[language] ?? language).join(', ');
    case 'romeCodes':
      return content.romeCodes.join(', ');
    case 'screenshots':
      return content.screenshots.length ? `${content.screenshots.length} image${content.screenshots.length > 1 ? 's' : ''}` : '';
    case 'logoPath':
      return content.logoPath ? 'Logo fourni' : '';
    default:
      return String(content[field] ?? '');
  }
}

/** The fields whose value differs between two contents, in form order. */
export function changedFields(before: ServiceContent | null, after: ServiceContent): (keyof ServiceContent)[] {
  const fields = Object.keys(FIELD_LABELS) as (keyof ServiceContent)[];
  if (!before) return fields.filter((field) => JSON.stringify(after[field]) !== JSON.stringify(EMPTY_CONTENT[field]));
  return fields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
