import { AppError } from '../../../platform/http/errors.js';
import type { ApiAccessMode } from '../apis.registry.js';
import type { SubscriptionStatus } from '../developer.table.js';

/**
 * The subscription of an application to an API, as a small state machine (pure: the services
 * and pages only do what it allows). `null` is « no subscription ».
 * - open API ('ouverte'): null —souscrire→ validee —se-desabonner→ null (the row is deleted).
 * - restricted API ('sur-validation'): null | brouillon | modifications-demandees | refusee
 *   —enregistrer→ brouillon, —envoyer→ soumise; staff: soumise —valider→ validee,
 *   —demander-modifications→ modifications-demandees, —refuser→ refusee.
 * - staff, either mode: validee —revoquer→ revoquee. A revocation is final (the owner cannot
 *   subscribe again); a refusal is not (the owner may explain better and send a new request).
 */
export type SubscriptionState = SubscriptionStatus | null;
export type SubscriptionActor = 'proprietaire' | 'moderateur';
export type SubscriptionAction = 'souscrire' | 'se-desabonner' | 'enregistrer' | 'envoyer' | 'valider' | 'demander-modifications' | 'refuser' | 'revoquer';

interface Transition {
  modes: readonly ApiAccessMode[];
  from: readonly SubscriptionState[];
  to: SubscriptionState;
  actors: readonly SubscriptionActor[];
}

const BOTH: readonly ApiAccessMode[] = ['ouverte', 'sur-validation'];
const RESTRICTED: readonly ApiAccessMode[] = ['sur-validation'];
const REQUESTABLE: readonly SubscriptionState[] = [null, 'brouillon', 'modifications-demandees', 'refusee'];

export const SUBSCRIPTION_TRANSITIONS: Record<SubscriptionAction, Transition> = {
  souscrire: { modes: ['ouverte'], from: [null], to: 'validee', actors: ['proprietaire'] },
  'se-desabonner': { modes: ['ouverte'], from: ['validee'], to: null, actors: ['proprietaire'] },
  enregistrer: { modes: RESTRICTED, from: REQUESTABLE, to: 'brouillon', actors: ['proprietaire'] },
  envoyer: { modes: RESTRICTED, from: REQUESTABLE, to: 'soumise', actors: ['proprietaire'] },
  valider: { modes: RESTRICTED, from: ['soumise'], to: 'validee', actors: ['moderateur'] },
  'demander-modifications': { modes: RESTRICTED, from: ['soumise'], to: 'modifications-demandees', actors: ['moderateur'] },
  refuser: { modes: RESTRICTED, from: ['soumise'], to: 'refusee', actors: ['moderateur'] },
  revoquer: { modes: BOTH, from: ['validee'], to: 'revoquee', actors: ['moderateur'] },
};

export const SUBSCRIPTION_ACTIONS = Object.keys(SUBSCRIPTION_TRANSITIONS) as SubscriptionAction[];

export const SUBSCRIPTION_STATUS_LABELS: Record<SubscriptionStatus, string> = {
  brouillon: 'Brouillon',
  soumise: 'Demande envoyée, en attente de validation',
  'modifications-demandees': 'Modifications demandées',
  validee: 'Validé',
  refusee: 'Refusé',
  revoquee: 'Révoqué',
};

export const stateLabel = (state: SubscriptionState): string => (state ? SUBSCRIPTION_STATUS_LABELS[state] : 'Non abonnée');

export const SUBSCRIPTION_ACTION_LABELS: Record<SubscriptionAction, string> = {
  souscrire: 'Abonnement',
  'se-desabonner': 'Désabonnement',
  enregistrer: 'Enregistrement du brouillon',
  envoyer: 'Envoi de la demande',
  valider: 'Validation',
  'demander-modifications': 'Demande de modifications',
  refuser: 'Refus',
  revoquer: 'Révocation',
};

/** Staff actions whose reason is mandatory (sent to the developer). */
export const REASON_REQUIRED: readonly SubscriptionAction[] = ['demander-modifications', 'refuser', 'revoquer'];

/**
 * The state after an action, or an AppError: FORBIDDEN (403) when this actor may never take it,
 * TRANSITION_NOT_ALLOWED (409) when the API's access mode or the current state does not allow it.
 */
export function nextSubscriptionState(from: SubscriptionState, action: SubscriptionAction, actor: SubscriptionActor, mode: ApiAccessMode): SubscriptionState {
  const transition = SUBSCRIPTION_TRANSITIONS[action];
  const label = SUBSCRIPTION_ACTION_LABELS[action];
  if (!transition.actors.includes(actor)) throw new AppError('FORBIDDEN', `Vous ne pouvez pas faire cette action (« ${label} ») sur cet abonnement.`);
  if (!transition.modes.includes(mode)) {
    const why = mode === 'ouverte' ? 'cette API est ouverte : l’abonnement est immédiat, sans demande' : 'cette API est sur validation : l’abonnement passe par une demande examinée par l’équipe';
    throw new AppError('TRANSITION_NOT_ALLOWED', `L’action « ${label} » n’est pas possible : ${why}.`);
  }
  if (!transition.from.includes(from)) {
    throw new AppError('TRANSITION_NOT_ALLOWED', `L’action « ${label} » n’est pas possible : l’abonnement est à l’état « ${stateLabel(from)} ».`);
  }
  return transition.to;
}

/** The actions this actor may take now (what the pages offer). */
export function availableSubscriptionActions(from: SubscriptionState, actor: SubscriptionActor, mode: ApiAccessMode): SubscriptionAction[] {
  return SUBSCRIPTION_ACTIONS.filter((action) => {
    const transition = SUBSCRIPTION_TRANSITIONS[action];
    return transition.modes.includes(mode) && transition.from.includes(from) && transition.actors.includes(actor);
  });
}
