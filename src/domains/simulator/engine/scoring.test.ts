import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare, evaluateCondition, resolveNext, targetsOf } from './conditions.js';
import { fillPlaceholders, unknownPlaceholders } from './placeholders.js';
import { addScores, choiceBounds, clamp, levelOf, normalise, textBounds, textGain, totalOf } from './scoring.js';
import type { AnswerAnalysis, ChoiceStep, Remark, TextStep } from './scenario.types.js';

const remark = (competency: Remark['competency'], polarity: Remark['polarity']): Remark => ({ code: 'x', message: 'x', polarity, competency, spans: [] });

describe('scoring: sums', () => {
  it('adds per competency, drops zeros and keeps the canonical order', () => {
    const sum = addScores({ argumentation: 2, presentation: 1 }, { presentation: -1, motivation: 3 });
    assert.deepEqual(sum, { motivation: 3, argumentation: 2 });
    assert.deepEqual(Object.keys(addScores({ argumentation: 1 }, { presentation: 1 })), ['presentation', 'argumentation']);
    assert.equal(totalOf({ presentation: 2, savoir_etre: -5, argumentation: 1 }), -2);
    assert.equal(totalOf({}), 0);
  });

  it('choice bounds: per competency min and max over the choices, absent counts 0', () => {
    const step = {
      id: 'q', kind: 'choice', prompt: '?',
      choices: [
        { id: 'a', label: 'a', feedback: 'a', effects: { presentation: 2, motivation: -1 } },
        { id: 'b', label: 'b', feedback: 'b', effects: { presentation: -3 } },
        { id: 'c', label: 'c', feedback: 'c', effects: { savoir_etre: 1 } },
      ],
    } as ChoiceStep;
    assert.deepEqual(choiceBounds(step), { min: { presentation: -3, motivation: -1 }, max: { presentation: 2, savoir_etre: 1 } });
  });

  it('text bounds and gain: strengths minus improvements per assessed competency, clamped to ±3', () => {
    const step = { id: 't', kind: 'text', prompt: '?', assesses: ['argumentation', 'savoir_etre'], next: 'x' } as TextStep;
    assert.deepEqual(textBounds(step), { min: { savoir_etre: -3, argumentation: -3 }, max: { savoir_etre: 3, argumentation: 3 } });
    const analysis: AnswerAnalysis = {
      metrics: { characters: 1, words: 1, sentences: 1 },
      remarks: [
        ...Array.from({ length: 5 }, () => remark('argumentation', 'strength')),
        remark('argumentation', 'improvement'),
        remark('savoir_etre', 'improvement'), remark('savoir_etre', 'strength'),
        remark('presentation', 'improvement'),
      ],
    };
    assert.deepEqual(textGain(analysis, step.assesses), { argumentation: 3 }, '5 − 1 = 4 clamped to 3; savoir-être nets 0; présentation not assessed');
    assert.deepEqual(textGain({ ...analysis, remarks: Array.from({ length: 4 }, () => remark('savoir_etre', 'improvement')) }, step.assesses), { savoir_etre: -3 });
  });
});

describe('scoring: normalisation and levels', () => {
  it('maps raw within [min, max] to 0–100, rounded', () => {
    assert.equal(normalise(0, -3, 3), 50);
    assert.equal(normalise(3, -3, 3), 100);
    assert.equal(normalise(-3, -3, 3), 0);
    assert.equal(normalise(1, 0, 3), 33);
    assert.equal(normalise(2, 0, 3), 67);
    assert.equal(normalise(5, 0, 8), 63, '62.5 rounds up');
  });

  it('is null when the attempt gave no chance, and clamps out-of-bounds raw values', () => {
    assert.equal(normalise(0, 0, 0), null);
    assert.equal(normalise(4, 2, 2), null);
    assert.equal(normalise(10, 0, 5), 100);
    assert.equal(normalise(-1, 0, 5), 0);
    assert.equal(clamp(7, -3, 3), 3);
  });

  it('levels: ≥ 70 fort, ≥ 40 moyen, below à travailler, null non évalué', () => {
    assert.deepEqual([100, 70, 69, 40, 39, 0, null].map(levelOf), ['fort', 'fort', 'moyen', 'moyen', 'a_travailler', 'a_travailler', 'non_evalue']);
  });
});

describe('conditions', () => {
  const context = { scores: { presentation: 2, motivation: -1 }, interviewKind: 'entretien_telephonique' as const };

  it('compares with every operator', () => {
    assert.deepEqual(['>=', '>', '<=', '<', '==', '!='].map((op) => compare(2, op as never, 2)), [true, false, true, false, true, false]);
    assert.deepEqual(['>=', '>', '<=', '<', '==', '!='].map((op) => compare(1, op as never, 2)), [false, false, true, true, false, true]);
  });

  it('reads raw scores (absent = 0), the total and the interview kind, and combines', () => {
    assert.equal(evaluateCondition({ score: 'presentation', op: '>=', value: 2 }, context), true);
    assert.equal(evaluateCondition({ score: 'argumentation', op: '==', value: 0 }, context), true);
    assert.equal(evaluateCondition({ score: 'total', op: '==', value: 1 }, context), true);
    assert.equal(evaluateCondition({ interviewKind: 'entretien_telephonique' }, context), true);
    assert.equal(evaluateCondition({ interviewKind: 'premier_entretien' }, context), false);
    assert.equal(evaluateCondition({ all: [{ score: 'presentation', op: '>', value: 1 }, { score: 'motivation', op: '<', value: 0 }] }, context), true);
    assert.equal(evaluateCondition({ all: [{ score: 'presentation', op: '>', value: 1 }, { score: 'motivation', op: '>', value: 0 }] }, context), false);
    assert.equal(evaluateCondition({ any: [{ score: 'presentation', op: '>', value: 5 }, { score: 'motivation', op: '<', value: 0 }] }, context), true);
    assert.equal(evaluateCondition({ not: { score: 'presentation', op: '>', value: 1 } }, context), false);
  });

  it('resolveNext takes the first branch that holds, else otherwise', () => {
    const next = {
      branches: [
        { when: { score: 'presentation' as const, op: '>=' as const, value: 3 }, goto: 'a' },
        { when: { score: 'presentation' as const, op: '>=' as const, value: 2 }, goto: 'b' },
        { when: { score: 'presentation' as const, op: '>=' as const, value: 1 }, goto: 'c' },
      ],
      otherwise: 'd',
    };
    assert.equal(resolveNext(next, context), 'b');
    assert.equal(resolveNext(next, { ...context, scores: {} }), 'd');
    assert.equal(resolveNext('z', context), 'z');
    assert.deepEqual(targetsOf(next), ['a', 'b', 'c', 'd']);
  });
});

describe('placeholders', () => {
  it('fills {metier} and {entreprise}, leaves unknown ones', () => {
    assert.equal(fillPlaceholders('{metier} chez {entreprise} ({metier}) {prenom}', { metier: 'Vendeur', entreprise: 'Durand' }), 'Vendeur chez Durand (Vendeur) {prenom}');
    assert.deepEqual(unknownPlaceholders('{metier} {prenom} {ville}'), ['prenom', 'ville']);
  });
});
