import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { callToAction, enrolmentOpen, type SessionDates, sessionState, weekIsOpen, weekOpensAt } from './session-state.js';

const d = (iso: string) => new Date(iso);
const SESSION: SessionDates = {
  self_paced: false,
  enrolment_opens_at: d('2027-01-01T00:00:00Z'),
  enrolment_closes_at: d('2027-01-20T00:00:00Z'),
  starts_at: d('2027-01-11T08:00:00Z'),
  ends_at: d('2027-02-08T08:00:00Z'),
  archived_at: null,
  capacity: null,
};
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

describe('session state at each boundary', () => {
  const cases: [string, Date, string, boolean][] = [
    ['long before', d('2026-12-01T00:00:00Z'), 'a-venir', false],
    ['1 ms before enrolment opens', ms(SESSION.enrolment_opens_at!, -1), 'a-venir', false],
    ['when enrolment opens', SESSION.enrolment_opens_at!, 'inscriptions-ouvertes', true],
    ['1 ms before the start', ms(SESSION.starts_at!, -1), 'inscriptions-ouvertes', true],
    ['at the start', SESSION.starts_at!, 'en-cours', true],
    ['1 ms before enrolment closes', ms(SESSION.enrolment_closes_at!, -1), 'en-cours', true],
    ['when enrolment closes', SESSION.enrolment_closes_at!, 'en-cours', false],
    ['1 ms before the end', ms(SESSION.ends_at!, -1), 'en-cours', false],
    ['at the end', SESSION.ends_at!, 'terminee', false],
    ['long after', d('2028-01-01T00:00:00Z'), 'terminee', false],
  ];
  for (const [name, now, state, open] of cases) {
    test(`${name}: ${state}, enrolment ${open ? 'open' : 'closed'}`, () => {
      assert.equal(sessionState(SESSION, now), state);
      assert.equal(enrolmentOpen(SESSION, now, 0), open);
    });
  }

  test('archived from its archive date on, whatever the dates', () => {
    const archived = { ...SESSION, archived_at: d('2027-03-01T00:00:00Z') };
    assert.equal(sessionState(archived, ms(archived.archived_at!, -1)), 'terminee');
    assert.equal(sessionState(archived, archived.archived_at!), 'archivee');
    assert.equal(enrolmentOpen(archived, archived.archived_at!, 0), false);
  });

  test('a full session takes no more enrolments', () => {
    const small = { ...SESSION, capacity: 2 };
    const now = d('2027-01-05T00:00:00Z');
    assert.equal(enrolmentOpen(small, now, 1), true);
    assert.equal(enrolmentOpen(small, now, 2), false);
    assert.equal(callToAction(small, now, 2, false).kind, 'full');
    assert.equal(callToAction(small, now, 2, true).kind, 'wait', 'an enrolled learner is not told it is full');
  });

  test('self-paced sessions are always open, every week at once', () => {
    const free: SessionDates = { self_paced: true, enrolment_opens_at: null, enrolment_closes_at: null, starts_at: null, ends_at: null, archived_at: null, capacity: null };
    assert.equal(sessionState(free, d('2030-01-01T00:00:00Z')), 'en-cours');
    assert.equal(enrolmentOpen(free, d('2030-01-01T00:00:00Z'), 10_000), true);
    assert.equal(weekOpensAt(free, 4), null);
    assert.deepEqual(callToAction(free, d('2030-01-01T00:00:00Z'), 0, false), { kind: 'enrol', label: 'S’inscrire' });
  });
});

describe('weeks open one after the other', () => {
  test('week n opens n − 1 weeks after the start, to the millisecond', () => {
    assert.equal(weekOpensAt(SESSION, 1)!.toISOString(), '2027-01-11T08:00:00.000Z');
    assert.equal(weekOpensAt(SESSION, 3)!.toISOString(), '2027-01-25T08:00:00.000Z');
    assert.equal(weekIsOpen(SESSION, 1, ms(SESSION.starts_at!, -1)), false);
    assert.equal(weekIsOpen(SESSION, 1, SESSION.starts_at!), true);
    assert.equal(weekIsOpen(SESSION, 2, d('2027-01-18T07:59:59.999Z')), false);
    assert.equal(weekIsOpen(SESSION, 2, d('2027-01-18T08:00:00Z')), true);
  });

  test('after the end every week stays readable', () => {
    for (let week = 1; week <= 4; week++) assert.equal(weekIsOpen(SESSION, week, d('2028-06-01T00:00:00Z')), true);
  });
});

describe('call to action', () => {
  test('follows the state and the enrolment', () => {
    assert.equal(callToAction(SESSION, d('2026-12-01T00:00:00Z'), 0, false).kind, 'closed');
    assert.equal(callToAction(SESSION, d('2027-01-05T00:00:00Z'), 0, false).label, 'S’inscrire');
    assert.equal(callToAction(SESSION, d('2027-01-12T00:00:00Z'), 0, false).label, 'S’inscrire (la session a commencé)');
    assert.equal(callToAction(SESSION, d('2027-01-12T00:00:00Z'), 0, true).label, 'Continuer le cours');
    assert.equal(callToAction(SESSION, d('2027-01-25T00:00:00Z'), 0, false).label, 'Les inscriptions sont closes');
    assert.equal(callToAction(SESSION, d('2027-03-01T00:00:00Z'), 0, true).label, 'Revoir le cours');
  });
});
