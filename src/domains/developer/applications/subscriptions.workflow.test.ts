import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAppError } from '../../../platform/http/errors.js';
import type { ApiAccessMode } from '../apis.registry.js';
import { availableSubscriptionActions, nextSubscriptionState, type SubscriptionAction, type SubscriptionActor, type SubscriptionState } from './subscriptions.workflow.js';

const STATES: SubscriptionState[] = [null, 'brouillon', 'soumise', 'modifications-demandees', 'validee', 'refusee', 'revoquee'];
const ACTIONS: SubscriptionAction[] = ['souscrire', 'se-desabonner', 'enregistrer', 'envoyer', 'valider', 'demander-modifications', 'refuser', 'revoquer'];
const ACTORS: SubscriptionActor[] = ['proprietaire', 'moderateur'];
const MODES: ApiAccessMode[] = ['ouverte', 'sur-validation'];

/** Every legal transition, written out by hand: [mode, from, action, actor, to]. Anything else is refused. */
const LEGAL: [ApiAccessMode, SubscriptionState, SubscriptionAction, SubscriptionActor, SubscriptionState][] = [
  ['ouverte', null, 'souscrire', 'proprietaire', 'validee'],
  ['ouverte', 'validee', 'se-desabonner', 'proprietaire', null],
  ['ouverte', 'validee', 'revoquer', 'moderateur', 'revoquee'],
  ['sur-validation', null, 'enregistrer', 'proprietaire', 'brouillon'],
  ['sur-validation', 'brouillon', 'enregistrer', 'proprietaire', 'brouillon'],
  ['sur-validation', 'modifications-demandees', 'enregistrer', 'proprietaire', 'brouillon'],
  ['sur-validation', 'refusee', 'enregistrer', 'proprietaire', 'brouillon'],
  ['sur-validation', null, 'envoyer', 'proprietaire', 'soumise'],
  ['sur-validation', 'brouillon', 'envoyer', 'proprietaire', 'soumise'],
  ['sur-validation', 'modifications-demandees', 'envoyer', 'proprietaire', 'soumise'],
  ['sur-validation', 'refusee', 'envoyer', 'proprietaire', 'soumise'],
  ['sur-validation', 'soumise', 'valider', 'moderateur', 'validee'],
  ['sur-validation', 'soumise', 'demander-modifications', 'moderateur', 'modifications-demandees'],
  ['sur-validation', 'soumise', 'refuser', 'moderateur', 'refusee'],
  ['sur-validation', 'validee', 'revoquer', 'moderateur', 'revoquee'],
];

function outcome(run: () => SubscriptionState): string {
  try {
    return String(run());
  } catch (error) {
    assert.ok(isAppError(error), 'a refused transition throws an AppError');
    return `refus:${error.code}`;
  }
}

describe('subscription workflow: every mode × state × action × actor', () => {
  let checked = 0;
  for (const mode of MODES) {
    for (const from of STATES) {
      for (const action of ACTIONS) {
        for (const actor of ACTORS) {
          const legal = LEGAL.find(([m, f, a, who]) => m === mode && f === from && a === action && who === actor);
          const legalForSomeone = LEGAL.some(([m, f, a]) => m === mode && f === from && a === action);
          test(`${mode}: ${String(from)} —${action}→ by ${actor}`, () => {
            checked++;
            const result = outcome(() => nextSubscriptionState(from, action, actor, mode));
            if (legal) assert.equal(result, String(legal[4]));
            else if (legalForSomeone) assert.equal(result, 'refus:FORBIDDEN');
            else assert.match(result, /^refus:(TRANSITION_NOT_ALLOWED|FORBIDDEN)$/);
          });
        }
      }
    }
  }

  test('all combinations were checked', () => {
    assert.equal(checked, MODES.length * STATES.length * ACTIONS.length * ACTORS.length);
  });

  test('a staff action by the owner is a 403, whatever the state', () => {
    for (const action of ['valider', 'demander-modifications', 'refuser', 'revoquer'] as const) {
      assert.equal(outcome(() => nextSubscriptionState('soumise', action, 'proprietaire', 'sur-validation')), 'refus:FORBIDDEN');
    }
  });

  test('a wrong state is a 409 naming the state; a wrong mode names the mode', () => {
    assert.throws(() => nextSubscriptionState('revoquee', 'envoyer', 'proprietaire', 'sur-validation'), (error: unknown) => {
      assert.ok(isAppError(error));
      assert.equal(error.code, 'TRANSITION_NOT_ALLOWED');
      assert.match(error.message, /Révoqué/);
      return true;
    });
    assert.throws(() => nextSubscriptionState(null, 'envoyer', 'proprietaire', 'ouverte'), (error: unknown) => {
      assert.ok(isAppError(error));
      assert.equal(error.code, 'TRANSITION_NOT_ALLOWED');
      assert.match(error.message, /API est ouverte/);
      return true;
    });
    assert.throws(() => nextSubscriptionState(null, 'souscrire', 'proprietaire', 'sur-validation'), /sur validation/);
  });

  test('the actions offered are exactly the legal ones', () => {
    for (const mode of MODES) {
      for (const from of STATES) {
        for (const actor of ACTORS) {
          const expected = LEGAL.filter(([m, f, , who]) => m === mode && f === from && who === actor).map(([, , action]) => action);
          assert.deepEqual(availableSubscriptionActions(from, actor, mode), expected, `${mode} ${String(from)} ${actor}`);
        }
      }
    }
  });
});
