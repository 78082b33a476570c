import { AppError } from '../../../platform/http/errors.js';
import type { RevisionStatus } from '../partners/partners.table.js';

/**
 * The publication workflow, as two small state machines the domain enforces (the pages only
 * offer what these allow):
 * - a revision (the content of a new service, or the next version of a published one):
 *   brouillon → soumis → (modifications-demandees → soumis)* → publie, or abandonne;
 * - a published service: publie ⇄ depublie, then archive.
 */
export type Actor = 'editeur' | 'proprietaire' | 'moderateur';

export type RevisionAction = 'soumettre' | 'retirer' | 'demander-modifications' | 'publier' | 'abandonner';
export type ServiceAction = 'depublier' | 'republier' | 'archiver';
export type PublicationStatus = 'publie' | 'depublie' | 'archive';

interface Transition<S extends string> {
  from: readonly S[];
  to: S;
  actors: readonly Actor[];
}

const PARTNERS: readonly Actor[] = ['editeur', 'proprietaire'];

export const REVISION_TRANSITIONS: Record<RevisionAction, Transition<RevisionStatus>> = {
  soumettre: { from: ['brouillon', 'modifications-demandees'], to: 'soumis', actors: PARTNERS },
  retirer: { from: ['soumis'], to: 'brouillon', actors: PARTNERS },
  'demander-modifications': { from: ['soumis'], to: 'modifications-demandees', actors: ['moderateur'] },
  publier: { from: ['soumis'], to: 'publie', actors: ['moderateur'] },
  abandonner: { from: ['brouillon', 'modifications-demandees'], to: 'abandonne', actors: PARTNERS },
};

export const SERVICE_TRANSITIONS: Record<ServiceAction, Transition<PublicationStatus>> = {
  depublier: { from: ['publie'], to: 'depublie', actors: ['proprietaire', 'moderateur'] },
  republier: { from: ['depublie'], to: 'publie', actors: ['moderateur'] },
  archiver: { from: ['publie', 'depublie'], to: 'archive', actors: ['proprietaire', 'moderateur'] },
};

/** Revision statuses in which the partner may still change the content. */
export const EDITABLE_REVISION_STATUSES: readonly RevisionStatus[] = ['brouillon', 'modifications-demandees'];
export const OPEN_REVISION_STATUSES: readonly RevisionStatus[] = ['brouillon', 'soumis', 'modifications-demandees'];

export const REVISION_STATUS_LABELS: Record<RevisionStatus, string> = {
  brouillon: 'Brouillon',
  soumis: 'Soumis à la modération',
  'modifications-demandees': 'Modifications demandées',
  publie: 'Publié',
  abandonne: 'Abandonné',
};

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatus, string> = {
  publie: 'Publié',
  depublie: 'Dépublié',
  archive: 'Archivé',
};

export const ACTION_LABELS: Record<RevisionAction | ServiceAction | 'creer' | 'enregistrer', string> = {
  creer: 'Création du brouillon',
  enregistrer: 'Enregistrement',
  soumettre: 'Envoi à la modération',
  retirer: 'Retrait de la modération',
  'demander-modifications': 'Modifications demandées',
  publier: 'Publication',
  abandonner: 'Abandon',
  depublier: 'Dépublication',
  republier: 'Republication',
  archiver: 'Archivage',
};

function step<S extends string>(transition: Transition<S>, from: S, actor: Actor, labels: Record<S, string>, action: string): S {
  if (!transition.actors.includes(actor)) {
    throw new AppError('FORBIDDEN', `Vous ne pouvez pas faire cette action (« ${action} ») sur cette fiche.`);
  }
  if (!transition.from.includes(from)) {
    throw new AppError('TRANSITION_NOT_ALLOWED', `L’action « ${action} » n’est pas possible : la fiche est à l’état « ${labels[from]} ».`);
  }
  return transition.to;
}

/** The revision status after an action, or an error (wrong state: 409; wrong actor: 403). */
export function nextRevisionStatus(from: RevisionStatus, action: RevisionAction, actor: Actor): RevisionStatus {
  return step(REVISION_TRANSITIONS[action], from, actor, REVISION_STATUS_LABELS, ACTION_LABELS[action]);
}

/** The service's publication status after an action, or an error. */
export function nextPublicationStatus(from: PublicationStatus, action: ServiceAction, actor: Actor): PublicationStatus {
  return step(SERVICE_TRANSITIONS[action], from, actor, PUBLICATION_STATUS_LABELS, ACTION_LABELS[action]);
}

/** Revision actions this actor may take from this status (what the pages offer). */
export function availableRevisionActions(from: RevisionStatus, actor: Actor): RevisionAction[] {
  return (Object.keys(REVISION_TRANSITIONS) as RevisionAction[]).filter((action) => {
    const transition = REVISION_TRANSITIONS[action];
    return transition.from.includes(from) && transition.actors.includes(actor);
  });
}

export function availableServiceActions(from: PublicationStatus, actor: Actor): ServiceAction[] {
  return (Object.keys(SERVICE_TRANSITIONS) as ServiceAction[]).filter((action) => {
    const transition = SERVICE_TRANSITIONS[action];
    return transition.from.includes(from) && transition.actors.includes(actor);
  });
}
