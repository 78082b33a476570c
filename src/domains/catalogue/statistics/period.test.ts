import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frenchRange, parisDay, parsePeriod } from './period.js';

describe('statistics periods', () => {
  const today = '2026-03-10';

  test('presets end today; the previous period has the same length, just before', () => {
    assert.deepEqual(parsePeriod({}, today), { ok: true, period: { choice: '30', from: '2026-02-09', to: '2026-03-10', days: 30, previous: { from: '2026-01-10', to: '2026-02-08' } } });
    const week = parsePeriod({ periode: '7', du: '2020-01-01', au: '2020-01-02' }, today);
    assert.ok(week.ok);
    assert.deepEqual([week.period.from, week.period.to, week.period.previous.from, week.period.previous.to], ['2026-03-04', '2026-03-10', '2026-02-25', '2026-03-03']);
  });

  test('chosen dates, ISO or typed the French way, up to 366 days', () => {
    const chosen = parsePeriod({ du: '28/02/2024', au: '2024-03-01' }, today);
    assert.ok(chosen.ok);
    assert.deepEqual(chosen.period, { choice: 'personnalisee', from: '2024-02-28', to: '2024-03-01', days: 3, previous: { from: '2024-02-25', to: '2024-02-27' } });
    assert.ok(parsePeriod({ du: '2025-03-10', au: '2026-03-10' }, today).ok === true);
    assert.deepEqual(parsePeriod({ du: '2025-03-09', au: '2026-03-10' }, today), { ok: false, errors: { au: 'La période ne peut pas dépasser 366 jours.' } });
    assert.equal(parsePeriod({ periode: 'personnalisee', du: '2026-03-10', au: '2026-03-11' }, today).ok, false);
    assert.equal(parsePeriod({ periode: 'personnalisee', du: '2023-02-29', au: '2023-03-01' }, today).ok, false);
  });

  test('Paris days and French ranges', () => {
    assert.equal(parisDay(new Date('2026-03-28T23:30:00Z')), '2026-03-29');
    assert.equal(parisDay(new Date('2026-07-01T21:59:59Z')), '2026-07-01');
    assert.equal(frenchRange('2026-11-01', '2026-11-30'), 'du 1er au 30 novembre 2026');
    assert.equal(frenchRange('2026-10-03', '2026-11-01'), 'du 3 octobre au 1er novembre 2026');
    assert.equal(frenchRange('2025-12-20', '2026-01-02'), 'du 20 décembre 2025 au 2 janvier 2026');
    assert.equal(frenchRange('2026-05-04', '2026-05-04'), 'le 4 mai 2026');
  });
});
