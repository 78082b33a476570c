import type { FieldErrors } from '../../../platform/html/forms.js';
import { slugify } from '../../../platform/text/slug.js';
import { COMPETENCIES, type CompetencyId, INTERVIEW_KINDS, type InterviewKind, type ScenarioDocument } from '../engine/scenario.types.js';
import type { ScenarioKind } from '../simulator.table.js';
import type { AuthorScope } from './authoring-access.js';
import type { ScenarioMetadata } from './draft.js';
import { list, type StepFormValues, text } from './step-form-values.js';

export const METADATA_LABELS: Record<string, string> = {
  titre: 'Titre',
  adresse: 'Adresse',
  genre: 'Genre',
  organisation: 'Organisation',
  resume: 'Résumé',
  codesRome: 'Codes ROME',
  typesEntretien: 'Types d’entretien',
  competences: 'Compétences évaluées',
  recruteurNom: 'Nom du recruteur',
  recruteurRole: 'Fonction du recruteur',
  recruteurEntreprise: 'Entreprise par défaut',
  recruteurDescription: 'Présentation du recruteur',
};

/** Neither staff nor a member of an organisation: nobody to write for. */
export const NOT_AN_AUTHOR = 'Les scénarios s’écrivent pour une organisation partenaire ou par l’équipe de l’opérateur : rejoignez d’abord une organisation.';

/** Addresses the editor uses for its own pages. */
export const RESERVED_SLUGS = ['nouveau', 'importer'];

/** The operator's own scenarios (staff) in the owner select. */
export const OPERATOR_OWNER = 'operateur';

export interface MetadataResult {
  metadata: ScenarioMetadata;
  kind: ScenarioKind;
  /** New scenarios only. */
  slug: string;
  organisationId: number | null;
}

/** The form's values for a scenario's draft. */
export function metadataToForm(draft: ScenarioDocument, kind: ScenarioKind): StepFormValues {
  return {
    titre: draft.title,
    adresse: draft.id,
    genre: kind,
    resume: draft.summary,
    codesRome: draft.romeCodes.join(', '),
    typesEntretien: [...draft.interviewKinds],
    competences: [...draft.competencies],
    recruteurNom: draft.persona.name,
    recruteurRole: draft.persona.role,
    recruteurEntreprise: draft.persona.company,
    recruteurDescription: draft.persona.description,
  };
}

function bounded(values: StepFormValues, name: string, errors: FieldErrors, min: number, max: number, missing: string): string {
  const value = text(values, name);
  if (value.length < min) errors[name] = missing;
  else if (value.length > max) errors[name] = `Ce texte doit compter au plus ${max} caractères.`;
  return value;
}

/**
 * Checks the metadata form. `creating` adds the address (from the title when left blank) and the
 * owner (one of the viewer's organisations, or the operator for staff).
 */
export function parseMetadataForm(values: StepFormValues, scope: AuthorScope, creating: boolean, previous?: ScenarioDocument): { ok: true; result: MetadataResult } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const title = bounded(values, 'titre', errors, 3, 150, 'Indiquez un titre d’au moins 3 caractères.');
  const summary = bounded(values, 'resume', errors, 1, 1000, 'Présentez le scénario en une ou deux phrases.');
  const kind = text(values, 'genre');
  if (kind !== 'entretien' && kind !== 'jeu-serieux') errors.genre = 'Choisissez le genre : entretien du simulateur ou jeu sérieux.';
  const romeCodes = [...new Set(text(values, 'codesRome').toUpperCase().split(/[\s,;]+/).filter(Boolean))];
  if (romeCodes.some((code) => !/^[A-Z][0-9]{4}$/.test(code))) errors.codesRome = 'Les codes ROME s’écrivent comme D1106, séparés par des virgules.';
  const interviewKinds = INTERVIEW_KINDS.filter((item) => list(values, 'typesEntretien').includes(item)) as InterviewKind[];
  if (!interviewKinds.length) errors.typesEntretien = 'Cochez au moins un type d’entretien.';
  const competencies = COMPETENCIES.filter((item) => list(values, 'competences').includes(item)) as CompetencyId[];
  if (!competencies.length) errors.competences = 'Cochez au moins une compétence évaluée.';
  const persona = {
    ...(previous?.persona.avatar ? { avatar: previous.persona.avatar } : {}),
    name: bounded(values, 'recruteurNom', errors, 1, 80, 'Donnez un nom au recruteur.'),
    role: bounded(values, 'recruteurRole', errors, 1, 120, 'Indiquez la fonction du recruteur.'),
    company: bounded(values, 'recruteurEntreprise', errors, 1, 100, 'Indiquez l’entreprise du recruteur quand le joueur n’en donne pas.'),
    description: bounded(values, 'recruteurDescription', errors, 1, 1000, 'Présentez le recruteur en une phrase.'),
  };
  let slug = previous?.id ?? '';
  let organisationId: number | null = null;
  if (creating) {
    slug = text(values, 'adresse') || slugify(title, { maxLength: 80 });
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 80) errors.adresse = 'L’adresse s’écrit en minuscules, chiffres et tirets, par exemple « entretien-vendeur ».';
    else if (RESERVED_SLUGS.includes(slug)) errors.adresse = `L’adresse « ${slug} » est réservée : choisissez-en une autre.`;
    const owner = text(values, 'organisation');
    const organisation = scope.organisations.find((item) => String(item.id) === owner);
    if (organisation) organisationId = organisation.id;
    else if (!scope.staff && !scope.organisations.length) errors.organisation = NOT_AN_AUTHOR;
    else if (!(scope.staff && (owner === OPERATOR_OWNER || (owner === '' && !scope.organisations.length)))) errors.organisation = 'Choisissez pour quelle organisation vous écrivez ce scénario.';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, result: { metadata: { title, summary, romeCodes, interviewKinds, competencies, persona }, kind: kind as ScenarioKind, slug, organisationId } };
}
