import { type JobTitle, jobTitleShortName, type RomeSheetInTree } from '../../referentiels/index.js';
import { compact } from './partner.schemas.js';

/** JSON Schemas and mappers of the ROME v1 API (French camelCase, absent values omitted). */

export const GRAND_DOMAIN_PATTERN = '^[A-N]$';
export const PROFESSIONAL_DOMAIN_PATTERN = '^[A-N][0-9]{2}$';
export const ROME_CODE_PATTERN = '^[A-N][0-9]{4}$';
export const OGR_CODE_PATTERN = '^[0-9]{1,9}$';

const node = (pattern: string, example: string, description: string) =>
  ({
    type: 'object',
    required: ['code', 'libelle'],
    properties: { code: { type: 'string', pattern, examples: [example], description }, libelle: { type: 'string' } },
  }) as const;

export const grandDomainSchema = node(GRAND_DOMAIN_PATTERN, 'D', 'Code du grand domaine (une lettre).');

export const professionalDomainSchema = {
  type: 'object',
  required: ['code', 'libelle'],
  properties: {
    ...node(PROFESSIONAL_DOMAIN_PATTERN, 'D11', 'Code du domaine professionnel (lettre et deux chiffres).').properties,
    grandDomaine: grandDomainSchema,
  },
} as const;

export const romeSheetSchema = {
  type: 'object',
  required: ['code', 'libelle'],
  properties: {
    ...node(ROME_CODE_PATTERN, 'D1102', 'Code ROME de la fiche métier.').properties,
    domaineProfessionnel: { ...professionalDomainSchema, description: 'Absent quand le rattachement de la fiche n’est pas connu.' },
  },
} as const;

const jobTitleProperties = {
  code: { type: 'string', pattern: OGR_CODE_PATTERN, examples: ['11573'], description: 'Code OGR de l’appellation.' },
  libelle: { type: 'string', examples: ['Boulanger / Boulangère'] },
  libelleCourt: { type: 'string', examples: ['boulanger'], description: 'La première forme du libellé, pour une phrase.' },
} as const;

export const romeSheetDetailSchema = {
  type: 'object',
  required: [...romeSheetSchema.required, 'appellations'],
  properties: {
    ...romeSheetSchema.properties,
    appellations: { type: 'array', items: { type: 'object', required: ['code', 'libelle', 'libelleCourt'], properties: jobTitleProperties } },
  },
} as const;

export const jobTitleSchema = {
  type: 'object',
  required: ['code', 'libelle', 'libelleCourt'],
  properties: {
    ...jobTitleProperties,
    metier: { ...node(ROME_CODE_PATTERN, 'D1102', 'Code ROME de la fiche métier.'), description: 'La fiche métier de l’appellation, quand elle est connue.' },
  },
} as const;

export const treeSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['code', 'libelle', 'domainesProfessionnels'],
    properties: {
      ...grandDomainSchema.properties,
      domainesProfessionnels: {
        type: 'array',
        items: {
          type: 'object',
          required: ['code', 'libelle', 'metiers'],
          properties: { ...node(PROFESSIONAL_DOMAIN_PATTERN, 'D11', 'Code du domaine professionnel.').properties, metiers: { type: 'array', items: node(ROME_CODE_PATTERN, 'D1102', 'Code ROME.') } },
        },
      },
    },
  },
} as const;

export function toRomeSheetJson(sheet: RomeSheetInTree) {
  const domain =
    sheet.domainCode && sheet.domainLabel
      ? compact({
          code: sheet.domainCode,
          libelle: sheet.domainLabel,
          grandDomaine: sheet.grandDomainCode && sheet.grandDomainLabel ? { code: sheet.grandDomainCode, libelle: sheet.grandDomainLabel } : null,
        })
      : null;
  return compact({ code: sheet.code, libelle: sheet.label, domaineProfessionnel: domain });
}

export function toJobTitleJson(title: JobTitle, withSheet: boolean) {
  return compact({
    code: title.ogrCode,
    libelle: title.label,
    libelleCourt: jobTitleShortName(title.label),
    metier: withSheet && title.romeCode && title.romeLabel ? { code: title.romeCode, libelle: title.romeLabel } : null,
  });
}
