import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDebrief } from './debrief.js';
import { answerAttempt, parseState, serialiseState, startAttempt } from './runner.js';
import { fixtureScenario } from './scenario.fixture.js';
import type { AnswerInput, AttemptState, ScenarioDocument, StartOptions } from './scenario.types.js';

const options: StartOptions = { interviewKind: 'premier_entretien', jobTitle: 'Vendeur', company: 'Kiabi', vocabulary: ['Vendeur / Vendeuse en magasin'] };

function play(scenario: ScenarioDocument, state: AttemptState, moves: Array<string | { text: string }>): AttemptState {
  return moves.reduce((current, move) => {
    const stepId = current.current;
    const input: AnswerInput = move === 'continue' ? { stepId, type: 'continue' } : typeof move === 'string' ? { stepId, type: 'choice', choiceId: move } : { stepId, type: 'text', text: move.text };
    return answerAttempt(scenario, current, input).state;
  }, state);
}

describe('debrief: arithmetic and content', () => {
  const scenario = fixtureScenario();
  const state = play(scenario, startAttempt(scenario, options), ['continue', 'a', { text: 'Oui.' }, 'x']);
  const debrief = buildDebrief(scenario, state);

  it('scores per competency against the bounds of the questions actually played', () => {
    // q1 « a »: présentation +2, savoir-être +1 — q2 « Oui. »: argumentation −1 (too short) — q3-fort « x »: argumentation +2, savoir-être +1.
    // Bounds: présentation [−1, 2]; motivation [−3, 1 + 3]; savoir-être [−2, 1 + 1]; argumentation [−3 − 2, 3 + 2].
    assert.deepEqual(debrief.competencies, [
      { competency: 'presentation', label: 'Présentation', raw: 2, min: -1, max: 2, percent: 100, level: 'fort' },
      { competency: 'motivation', label: 'Motivation', raw: 0, min: -3, max: 4, percent: 43, level: 'moyen' },
      { competency: 'savoir_etre', label: 'Savoir-être', raw: 2, min: -2, max: 2, percent: 100, level: 'fort' },
      { competency: 'argumentation', label: 'Argumentation', raw: 1, min: -5, max: 5, percent: 60, level: 'moyen' },
    ]);
    assert.equal(debrief.overall, 76, '(100 + 43 + 100 + 60) / 4 = 75.75');
  });

  it('ending, strengths, improvements and recommendations', () => {
    assert.deepEqual(debrief.ending, { stepId: 'fin-bravo', title: 'Bravo', text: 'Kiabi vous rappellera pour le poste de Vendeur.', outcome: 'success' });
    assert.equal(debrief.finished, true);
    assert.deepEqual(debrief.strengths.map((s) => [s.competency, s.stepId ?? null]), [
      ['presentation', null], ['savoir_etre', null], ['presentation', 'q1'], ['argumentation', 'q3-fort'],
    ]);
    assert.match(debrief.strengths[2]?.text ?? '', /^Je résume mon parcours en une minute\. — Clair et concis\.$/);
    assert.deepEqual(debrief.improvements.map((s) => [s.competency, s.stepId ?? null]), [['motivation', null], ['argumentation', null], ['argumentation', 'q2']]);
    assert.match(debrief.improvements[0]?.text ?? '', /Motivation : correct, peut encore progresser \(43 \/ 100\)/);
    assert.deepEqual(debrief.recommendations, [
      { competency: 'motivation', label: 'Motivation', resourceKeys: ['competence.motivation'] },
      { competency: 'argumentation', label: 'Argumentation', resourceKeys: ['metier.vente', 'competence.argumentation'] },
    ]);
  });

  it('lists the answers with the choice labels, feedback, text and remarks', () => {
    assert.deepEqual(debrief.answers.map((a) => [a.stepId, a.type, a.choiceLabel ?? a.text]), [
      ['q1', 'choice', 'Je résume mon parcours en une minute.'], ['q2', 'text', 'Oui.'], ['q3-fort', 'choice', "J'écoute puis je propose une solution."],
    ]);
    assert.deepEqual(debrief.answers[1]?.remarks?.map((r) => r.code), ['too_short']);
  });

  it('a choice that loses points is an improvement (named by the competency it lowered most, first on a tie); weakest first', () => {
    const bad = buildDebrief(scenario, play(scenario, startAttempt(scenario, options), ['continue', 'a', { text: 'Oui.' }, 'y']));
    assert.deepEqual(bad.competencies.map((c) => [c.competency, c.percent, c.level]), [
      ['presentation', 100, 'fort'], ['motivation', 43, 'moyen'], ['savoir_etre', 25, 'a_travailler'], ['argumentation', 20, 'a_travailler'],
    ]);
    assert.deepEqual(bad.improvements.map((s) => [s.competency, s.stepId ?? null]), [
      ['argumentation', null], ['savoir_etre', null], ['motivation', null], ['argumentation', 'q2'], ['savoir_etre', 'q3-fort'],
    ]);
    assert.equal(bad.ending?.outcome, 'neutral');
  });

  it('an unfinished attempt has no ending and leaves unplayed competencies « non évalué »', () => {
    const partial = buildDebrief(scenario, play(scenario, startAttempt(scenario, options), ['continue', 'c']));
    assert.equal(partial.finished, false);
    assert.equal(partial.ending, null);
    const argumentation = partial.competencies.find((c) => c.competency === 'argumentation');
    assert.deepEqual(argumentation, { competency: 'argumentation', label: 'Argumentation', raw: 0, min: 0, max: 0, percent: null, level: 'non_evalue' });
    assert.equal(partial.overall, Math.round((33 + 100 + 0) / 3), 'présentation 0 in [−1, 2], motivation 1 in [0, 1], savoir-être 0 in [0, 1]');
  });
});

describe('determinism: same answers → same debrief', () => {
  const moves: Array<string | { text: string }> = [
    'continue', 'b',
    { text: "Euh… lorsque j'étais vendeuse chez Kiabi, j’ai conseillé une cliente pendant vingt minutes ; résultat : trois tenues vendues. Merci !" },
    'x',
  ];

  it('two plays give deep-equal states and debriefs', () => {
    const one = fixtureScenario();
    const two = fixtureScenario();
    const a = play(one, startAttempt(one, options), moves);
    const b = play(two, startAttempt(two, options), moves);
    assert.deepEqual(a, b);
    assert.deepEqual(buildDebrief(one, a), buildDebrief(two, b));
  });

  it('a play resumed from its serialised state gives the same debrief, itself serialisable', () => {
    const scenario = fixtureScenario();
    const straight = buildDebrief(scenario, play(scenario, startAttempt(scenario, options), moves));
    const saved = serialiseState(play(scenario, startAttempt(scenario, options), moves.slice(0, 3)));
    const resumed = buildDebrief(scenario, play(scenario, parseState(saved, scenario), moves.slice(3)));
    assert.deepEqual(resumed, straight);
    assert.deepEqual(JSON.parse(JSON.stringify(straight)), straight);
  });

  it('different answers give a different debrief', () => {
    const scenario = fixtureScenario();
    const other = [...moves.slice(0, 3), 'y'];
    assert.notDeepEqual(buildDebrief(scenario, play(scenario, startAttempt(scenario, options), other)), buildDebrief(scenario, play(scenario, startAttempt(scenario, options), moves)));
  });
});
