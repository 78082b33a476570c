import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildDebrief } from '../engine/debrief.js';
import { answerAttempt, currentStep, startAttempt } from '../engine/runner.js';
import { selectScenario } from '../engine/selection.js';
import { validateScenario } from '../engine/scenario.validate.js';
import { COMPETENCIES } from '../engine/scenario.types.js';
import { edgesOf } from '../engine/scenario.graph.js';
import { pointsOf, totalOf } from '../engine/scoring.js';
import type { AnswerInput, AttemptState, CompetencyId, InterviewKind, ScenarioDocument } from '../engine/scenario.types.js';
import { BUILTIN_SCENARIO_FILES, loadBuiltinScenarios, readBuiltinScenarioJson } from './builtin.scenarios.js';

/** Free-text answers tried at every text step: a prepared one and a poor one. */
const ANSWERS = {
  strong:
    "Bonjour, et merci de me recevoir. Lorsque je travaillais chez un commerçant de mon quartier pendant deux ans, j'ai mis en place un accueil plus personnalisé : je notais les préférences des clients réguliers. Résultat : une vingtaine de clients fidélisés et 10 % de ventes en plus. Je souhaite rejoindre votre équipe car vos valeurs de service me plaisent.",
  weak: 'Euh, bah du coup je sais pas trop, genre je fais ce qu’on me dit quoi.',
} as const;

const VOCABULARY: Record<string, string[]> = {
  'vente-conseiller': ['Vendeur / Vendeuse en magasin', 'Conseiller / Conseillère de vente'],
  'restauration-salle': ['Serveur / Serveuse de restaurant', 'Chef de rang'],
  'assistanat-administratif': ['Secrétaire', 'Assistant / Assistante administratif'],
};

interface Exploration {
  ends: Map<string, number>;
  visited: Set<string>;
  questionCounts: Set<number>;
}

/** For each step, the scores read by the conditions of that step or of any step after it. */
function readScoresFrom(scenario: ScenarioDocument): Map<string, string[]> {
  const own = new Map(scenario.steps.map((step) => [step.id, new Set([...JSON.stringify(step).matchAll(/"score":"(\w+)"/g)].map((m) => m[1] as string))]));
  const next = new Map(scenario.steps.map((step, i) => [step.id, edgesOf(step, i).map((e) => e.target)]));
  const result = new Map<string, string[]>();
  for (const step of scenario.steps) {
    const reads = new Set<string>();
    const seen = new Set([step.id]);
    const queue = [step.id];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      for (const c of own.get(id) ?? []) reads.add(c);
      for (const n of next.get(id) ?? []) if (!seen.has(n)) { seen.add(n); queue.push(n); }
    }
    result.set(step.id, [...reads].sort());
  }
  return result;
}

/**
 * Plays every path: every choice of every question, both text answers, from the start of an attempt.
 * What follows a state depends only on its step and on the scores read by the conditions still ahead,
 * so states equal on those (and on the question count) are explored once. Bounded: at most 40 steps per play and
 * 20,000 explored states.
 */
function explore(scenario: ScenarioDocument, kind: InterviewKind): Exploration {
  const result: Exploration = { ends: new Map(), visited: new Set(), questionCounts: new Set() };
  const seen = new Set<string>();
  const reads = readScoresFrom(scenario);
  const project = (state: AttemptState) => (reads.get(state.current) ?? []).map((c) => (c === 'total' ? totalOf(state.scores) : pointsOf(state.scores, c as CompetencyId))).join(',');
  const stack: AttemptState[] = [startAttempt(scenario, { interviewKind: kind, jobTitle: 'Conseiller de vente', vocabulary: VOCABULARY[scenario.id] ?? [] })];
  while (stack.length > 0) {
    const state = stack.pop() as AttemptState;
    const key = `${state.current}|${project(state)}|${state.questionsAnswered}`;
    if (seen.has(key)) continue;
    seen.add(key);
    assert.ok(seen.size <= 20_000, 'exploration bound reached');
    assert.ok(state.history.length <= 40, `a play of more than 40 steps in ${scenario.id}`);
    result.visited.add(state.current);
    const step = currentStep(scenario, state);
    if (state.finished) {
      result.ends.set(state.current, (result.ends.get(state.current) ?? 0) + 1);
      result.questionCounts.add(state.questionsAnswered);
      continue;
    }
    const inputs: AnswerInput[] =
      step.kind === 'scene' ? [{ stepId: step.id, type: 'continue' }]
      : step.kind === 'choice' ? step.choices.map((c) => ({ stepId: step.id, type: 'choice' as const, choiceId: c.id }))
      : step.kind === 'text' ? Object.values(ANSWERS).map((text) => ({ stepId: step.id, type: 'text' as const, text }))
      : [];
    for (const input of inputs) stack.push(answerAttempt(scenario, state, input).state);
  }
  return result;
}

describe('built-in scenarios', () => {
  const scenarios = loadBuiltinScenarios();

  it('are three, and each JSON file passes the schema and the graph validation', () => {
    assert.equal(BUILTIN_SCENARIO_FILES.length, 3);
    for (const file of BUILTIN_SCENARIO_FILES) {
      const result = validateScenario(JSON.parse(readBuiltinScenarioJson(file)));
      assert.deepEqual(result.issues, [], file);
      assert.equal(result.ok, true);
    }
    assert.deepEqual(scenarios.map((s) => s.id), ['vente-conseiller', 'restauration-salle', 'assistanat-administratif']);
  });

  for (const scenario of loadBuiltinScenarios()) {
    describe(scenario.id, () => {
      it('has the required content: five competencies, at least three free-text questions, branches on scores, three endings', () => {
        assert.deepEqual([...scenario.competencies].sort(), [...COMPETENCIES].sort());
        assert.ok(scenario.steps.filter((s) => s.kind === 'text').length >= 3);
        const json = JSON.stringify(scenario.steps);
        assert.match(json, /"score":"(?:presentation|motivation|connaissance_entreprise|savoir_etre|argumentation)"/, 'a branch on one competency');
        assert.match(json, /"score":"total"/, 'endings chosen on the total');
        assert.deepEqual(new Set(scenario.steps.filter((s) => s.kind === 'end').map((s) => s.kind === 'end' && s.outcome)), new Set(['success', 'neutral', 'failure']));
        for (const step of scenario.steps) {
          if (step.kind !== 'choice') continue;
          for (const choice of step.choices) assert.ok(choice.feedback.length >= 30, `${step.id}/${choice.id}: feedback too thin`);
        }
      });

      for (const kind of scenario.interviewKinds) {
        it(`every path as « ${kind} » reaches an end after about ten questions, every step and ending is reachable`, () => {
          const result = explore(scenario, kind);
          const kindSpecific = scenario.steps.filter((s) => /-(?:face|telephone|collectif)$/.test(s.id)).map((s) => s.id);
          const expected = scenario.steps.map((s) => s.id).filter((id) => !kindSpecific.includes(id) || id.endsWith(suffixOf(kind)));
          assert.deepEqual([...expected].filter((id) => !result.visited.has(id)), [], 'steps never reached');
          assert.deepEqual([...result.ends.keys()].sort(), scenario.steps.filter((s) => s.kind === 'end').map((s) => s.id).sort());
          for (const count of result.questionCounts) assert.ok(count >= 9 && count <= 12, `${count} questions in a play`);
          assert.ok(result.questionCounts.size >= 2, 'an optional question lengthens some plays');
        });
      }

      it('placeholders are filled everywhere the player reads', () => {
        const kind = scenario.interviewKinds[0] as InterviewKind;
        let state = startAttempt(scenario, { interviewKind: kind, jobTitle: 'Métier test', company: 'Société test' });
        while (!state.finished) {
          const step = currentStep(scenario, state);
          assert.doesNotMatch(JSON.stringify(step), /\{(?:metier|entreprise)\}/, step.id);
          const input: AnswerInput = step.kind === 'scene' ? { stepId: step.id, type: 'continue' } : step.kind === 'choice' ? { stepId: step.id, type: 'choice', choiceId: step.choices[0]!.id } : { stepId: step.id, type: 'text', text: ANSWERS.strong };
          state = answerAttempt(scenario, state, input).state;
        }
        const debrief = buildDebrief(scenario, state);
        assert.doesNotMatch(JSON.stringify(debrief), /\{(?:metier|entreprise)\}/);
        assert.equal(debrief.finished, true);
      });
    });
  }

  it('are selected by ROME code and interview kind', () => {
    const pick = (romeCode: string | null, interviewKind: InterviewKind = 'premier_entretien') => selectScenario(scenarios, { romeCode, interviewKind })?.id;
    assert.equal(pick('D1402'), 'vente-conseiller');
    assert.equal(pick('D1101'), 'vente-conseiller', 'same ROME domain D11');
    assert.equal(pick('G1803'), 'restauration-salle');
    assert.equal(pick('G1602'), 'restauration-salle');
    assert.equal(pick('M1607'), 'assistanat-administratif');
    assert.equal(pick('M1203'), 'assistanat-administratif', 'same letter M');
    assert.equal(pick('K2204'), 'vente-conseiller', 'no match: the first scenario');
    assert.equal(pick(null), 'vente-conseiller');
  });
});

function suffixOf(kind: InterviewKind): string {
  return kind === 'entretien_telephonique' ? '-telephone' : kind === 'entretien_collectif' ? '-collectif' : '-face';
}
