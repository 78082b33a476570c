import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isAppError } from '../../../platform/http/errors.js';
import type { RevisionStatus } from '../partners/partners.table.js';
import {
  type Actor,
  availableRevisionActions,
  nextPublicationStatus,
  nextRevisionStatus,
  type PublicationStatus,
  type RevisionAction,
  type ServiceAction,
} from './workflow.js';

const REVISION_STATUSES: RevisionStatus[] = ['brouillon', 'soumis', 'modifications-demandees', 'publie', 'abandonne'];
const PUBLICATION_STATUSES: PublicationStatus[] = ['publie', 'depublie', 'archive'];
const ACTORS: Actor[] = ['editeur', 'proprietaire', 'moderateur'];

/** Every legal revision transition, written out by hand: anything not listed must be refused. */
const LEGAL_REVISION: [RevisionStatus, RevisionAction, Actor[], RevisionStatus][] = [
  ['brouillon', 'soumettre', ['editeur', 'proprietaire'], 'soumis'],
  ['modifications-demandees', 'soumettre', ['editeur', 'proprietaire'], 'soumis'],
  ['soumis', 'retirer', ['editeur', 'proprietaire'], 'brouillon'],
  ['soumis', 'demander-modifications', ['moderateur'], 'modifications-demandees'],
  ['soumis', 'publier', ['moderateur'], 'publie'],
  ['brouillon', 'abandonner', ['editeur', 'proprietaire'], 'abandonne'],
  ['modifications-demandees', 'abandonner', ['editeur', 'proprietaire'], 'abandonne'],
];

const LEGAL_SERVICE: [PublicationStatus, ServiceAction, Actor[], PublicationStatus][] = [
  ['publie', 'depublier', ['proprietaire', 'moderateur'], 'depublie'],
  ['depublie', 'republier', ['moderateur'], 'publie'],
  ['publie', 'archiver', ['proprietaire', 'moderateur'], 'archive'],
  ['depublie', 'archiver', ['proprietaire', 'moderateur'], 'archive'],
];

function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    assert.ok(isAppError(error), 'a refused transition throws an AppError');
    return `refus:${error.code}`;
  }
}

describe('revision workflow, transition by transition', () => {
  const actions: RevisionAction[] = ['soumettre', 'retirer', 'demander-modifications', 'publier', 'abandonner'];
  for (const from of REVISION_STATUSES) {
    for (const action of actions) {
      for (const actor of ACTORS) {
        const legal = LEGAL_REVISION.find(([f, a]) => f === from && a === action);
        test(`${from} —${action}→ by ${actor}`, () => {
          const result = outcome(() => nextRevisionStatus(from, action, actor));
          if (!legal) {
            assert.match(result, /^refus:(TRANSITION_NOT_ALLOWED|FORBIDDEN)$/);
          } else if (legal[2].includes(actor)) {
            assert.equal(result, legal[3]);
          } else {
            assert.equal(result, 'refus:FORBIDDEN');
          }
        });
      }
    }
  }

  test('a wrong state is a 409 even for the right actor, with the state named', () => {
    assert.throws(() => nextRevisionStatus('publie', 'soumettre', 'editeur'), (error: unknown) => {
      assert.ok(isAppError(error));
      assert.equal(error.code, 'TRANSITION_NOT_ALLOWED');
      assert.match(error.message, /Publié/);
      return true;
    });
  });

  test('the actions offered are exactly the legal ones', () => {
    assert.deepEqual(availableRevisionActions('brouillon', 'editeur'), ['soumettre', 'abandonner']);
    assert.deepEqual(availableRevisionActions('soumis', 'moderateur'), ['demander-modifications', 'publier']);
    assert.deepEqual(availableRevisionActions('publie', 'proprietaire'), []);
  });
});

describe('publication workflow, transition by transition', () => {
  const actions: ServiceAction[] = ['depublier', 'republier', 'archiver'];
  for (const from of PUBLICATION_STATUSES) {
    for (const action of actions) {
      for (const actor of ACTORS) {
        const legal = LEGAL_SERVICE.find(([f, a]) => f === from && a === action);
        test(`${from} —${action}→ by ${actor}`, () => {
          const result = outcome(() => nextPublicationStatus(from, action, actor));
          if (!legal) assert.match(result, /^refus:(TRANSITION_NOT_ALLOWED|FORBIDDEN)$/);
          else if (legal[2].includes(actor)) assert.equal(result, legal[3]);
          else assert.equal(result, 'refus:FORBIDDEN');
        });
      }
    }
  }

  test('an archived service stays archived', () => {
    for (const action of actions) assert.throws(() => nextPublicationStatus('archive', action, 'moderateur'));
  });
});
