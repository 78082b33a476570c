import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError } from '../../../platform/http/errors.js';
import type { ErrorCode } from '../../../platform/http/errors.js';
import { answerAttempt, currentStep, parseState, serialiseState, startAttempt } from './runner.js';
import { fixtureScenario } from './scenario.fixture.js';
import type { AnswerInput, AttemptState, ScenarioDocument, StartOptions } from './scenario.types.js';

const options: StartOptions = { interviewKind: 'premier_entretien', jobTitle: 'Vendeuse en prêt-à-porter', vocabulary: ['Vendeur / Vendeuse en magasin'] };
const GOOD_STORY = "Lorsque je travaillais chez Kiabi, j'ai conseillé une cliente pendant vingt minutes ; résultat : elle a acheté trois tenues et elle est revenue.";

/** Plays answers given as 'continue', a choice id, or { text }. */
function play(scenario: ScenarioDocument, state: AttemptState, moves: Array<string | { text: string }>): AttemptState {
  let current = state;
  for (const move of moves) {
    const stepId = current.current;
    const input: AnswerInput = move === 'continue' ? { stepId, type: 'continue' } : typeof move === 'string' ? { stepId, type: 'choice', choiceId: move } : { stepId, type: 'text', text: move.text };
    current = answerAttempt(scenario, current, input).state;
  }
  return current;
}

function throwsCode(fn: () => unknown, code: ErrorCode): void {
  assert.throws(fn, (error: unknown) => isAppError(error) && error.code === code);
}

describe('runner: start', () => {
  it('starts on the start step with defaults filled', () => {
    const scenario = fixtureScenario();
    const state = startAttempt(scenario, { ...options, jobTitle: '  Vendeuse  ' });
    assert.equal(state.current, 'accueil');
    assert.equal(state.finished, false);
    assert.equal(state.options.jobTitle, 'Vendeuse');
    assert.equal(state.options.company, 'Maison Durand');
    assert.deepEqual(state.scores, {});
    assert.match(state.scenarioFingerprint, /^[0-9a-f]{64}$/);
  });

  it('refuses an interview kind the scenario does not offer, and a blank job title', () => {
    throwsCode(() => startAttempt(fixtureScenario(), { ...options, interviewKind: 'entretien_collectif' }), 'SIMULATOR_INTERVIEW_KIND_UNSUPPORTED');
    throwsCode(() => startAttempt(fixtureScenario(), { ...options, jobTitle: '   ' }), 'SIMULATOR_INVALID_ANSWER');
  });
});

describe('runner: answers and branching', () => {
  it('a choice adds its effects, widens the bounds and returns its feedback with placeholders filled', () => {
    const scenario = fixtureScenario();
    const s0 = play(scenario, startAttempt(scenario, { ...options, company: 'Kiabi' }), ['continue']);
    const { state, feedback } = answerAttempt(scenario, s0, { stepId: 'q1', type: 'choice', choiceId: 'c' });
    assert.deepEqual(state.scores, { motivation: 1 });
    assert.deepEqual(state.bounds, { min: { presentation: -1 }, max: { presentation: 2, motivation: 1, savoir_etre: 1 } });
    assert.deepEqual(feedback, { stepId: 'q1', type: 'choice', message: 'Motivé, mais la question portait sur vous.', gained: { motivation: 1 } });
    assert.equal(state.current, 'q2');
    assert.equal(state.questionsAnswered, 1);
    assert.equal(s0.questionsAnswered, 0, 'the given state is not modified');
    assert.deepEqual(s0.history.length, 1);
  });

  it('branches on the interview kind', () => {
    const scenario = fixtureScenario();
    assert.equal(play(scenario, startAttempt(scenario, options), ['continue']).current, 'q1');
    const phone = play(scenario, startAttempt(scenario, { ...options, interviewKind: 'entretien_telephonique' }), ['continue']);
    assert.equal(phone.current, 'telephone');
    assert.equal(play(scenario, phone, ['continue']).current, 'q1');
  });

  it('branches on scores: a good presentation leads to q3-fort, a weak one to q3-faible', () => {
    const scenario = fixtureScenario();
    const start = startAttempt(scenario, options);
    assert.equal(play(scenario, start, ['continue', 'a', { text: 'Oui.' }]).current, 'q3-fort');
    assert.equal(play(scenario, start, ['continue', 'b', { text: 'Oui.' }]).current, 'q3-faible');
  });

  it('a choice with its own next overrides the question next; an end finishes the attempt', () => {
    const scenario = fixtureScenario();
    const start = startAttempt(scenario, options);
    const bad = play(scenario, start, ['continue', 'a', { text: 'Oui.' }, 'y']);
    assert.equal(bad.current, 'fin-bof');
    assert.equal(bad.finished, true);
    const good = play(scenario, start, ['continue', 'a', { text: 'Oui.' }, 'x']);
    assert.equal(good.current, 'fin-bravo');
  });

  it('compound conditions at the end of the weak branch', () => {
    const scenario = fixtureScenario();
    const start = startAttempt(scenario, options);
    // motivation 2 and total = -1 (b) + text + 2 ≥ 0 → bravo; with « Pour le salaire » → bof
    const text = { text: GOOD_STORY };
    const viaWeak = play(scenario, start, ['continue', 'b', text]);
    assert.equal(viaWeak.current, 'q3-faible');
    assert.equal(play(scenario, viaWeak, ['x']).current, 'fin-bravo');
    assert.equal(play(scenario, viaWeak, ['y']).current, 'fin-bof');
  });

  it('a text answer is analysed; its points come from the remarks on the assessed competencies', () => {
    const scenario = fixtureScenario();
    const at = play(scenario, startAttempt(scenario, options), ['continue', 'a']);
    const short = answerAttempt(scenario, at, { stepId: 'q2', type: 'text', text: 'Oui.' });
    assert.deepEqual(short.feedback.gained, { argumentation: -1 }, 'too_short only');
    assert.deepEqual(short.feedback.analysis?.remarks.map((r) => r.code), ['too_short']);
    assert.match(short.feedback.message ?? '', /0 point fort, 1 point à travailler/);
    assert.deepEqual(short.state.bounds.min, { presentation: -1, motivation: -3, argumentation: -3 });
    const story = answerAttempt(scenario, at, { stepId: 'q2', type: 'text', text: GOOD_STORY });
    assert.deepEqual(story.feedback.analysis?.remarks.map((r) => r.code), ['star_complete', 'figures', 'job_vocabulary_missing']);
    assert.deepEqual(story.feedback.gained, { argumentation: 2 }, 'job vocabulary feeds connaissance_entreprise, not assessed here');
    assert.equal(story.state.history.at(-1)?.text, GOOD_STORY);
  });

  it('normalises Windows line breaks of a text answer before analysing it', () => {
    const scenario = fixtureScenario();
    const at = play(scenario, startAttempt(scenario, options), ['continue', 'a']);
    const { state } = answerAttempt(scenario, at, { stepId: 'q2', type: 'text', text: 'Bonjour.\r\nMerci.' });
    assert.equal(state.history.at(-1)?.text, 'Bonjour.\nMerci.');
  });
});

describe('runner: invalid answers are refused', () => {
  const scenario = fixtureScenario();
  const atScene = startAttempt(scenario, options);
  const atChoice = play(scenario, atScene, ['continue']);
  const atText = play(scenario, atChoice, ['a']);

  it('wrong answer type for the step', () => {
    throwsCode(() => answerAttempt(scenario, atScene, { stepId: 'accueil', type: 'choice', choiceId: 'a' }), 'SIMULATOR_INVALID_ANSWER');
    throwsCode(() => answerAttempt(scenario, atChoice, { stepId: 'q1', type: 'continue' }), 'SIMULATOR_INVALID_ANSWER');
    throwsCode(() => answerAttempt(scenario, atText, { stepId: 'q2', type: 'choice', choiceId: 'a' }), 'SIMULATOR_INVALID_ANSWER');
  });

  it('unknown choice', () => {
    throwsCode(() => answerAttempt(scenario, atChoice, { stepId: 'q1', type: 'choice', choiceId: 'z' }), 'SIMULATOR_INVALID_ANSWER');
  });

  it('blank, too short or too long text', () => {
    throwsCode(() => answerAttempt(scenario, atText, { stepId: 'q2', type: 'text', text: '' }), 'SIMULATOR_INVALID_ANSWER');
    throwsCode(() => answerAttempt(scenario, atText, { stepId: 'q2', type: 'text', text: ' \n\t ' }), 'SIMULATOR_INVALID_ANSWER');
    throwsCode(() => answerAttempt(scenario, atText, { stepId: 'q2', type: 'text', text: 'a'.repeat(3001) }), 'SIMULATOR_INVALID_ANSWER');
    const strict = fixtureScenario();
    Object.assign(strict.steps[3]!, { minLength: 10, maxLength: 50 });
    const atStrict = play(strict, startAttempt(strict, options), ['continue', 'a']);
    throwsCode(() => answerAttempt(strict, atStrict, { stepId: 'q2', type: 'text', text: 'Court.' }), 'SIMULATOR_INVALID_ANSWER');
    throwsCode(() => answerAttempt(strict, atStrict, { stepId: 'q2', type: 'text', text: 'x'.repeat(51) }), 'SIMULATOR_INVALID_ANSWER');
    assert.equal(answerAttempt(strict, atStrict, { stepId: 'q2', type: 'text', text: 'x'.repeat(50) }).state.current, 'q3-fort');
  });

  it('an answer to another step than the current one (double submit)', () => {
    throwsCode(() => answerAttempt(scenario, atText, { stepId: 'q1', type: 'choice', choiceId: 'a' }), 'SIMULATOR_STALE_STEP');
  });

  it('any answer once finished', () => {
    const done = play(scenario, atText, [{ text: 'Oui.' }, 'y']);
    throwsCode(() => answerAttempt(scenario, done, { stepId: 'fin-bof', type: 'continue' }), 'SIMULATOR_ATTEMPT_FINISHED');
  });

  it('a state started on another content of the scenario', () => {
    const edited = fixtureScenario();
    edited.title = 'Autre titre';
    throwsCode(() => answerAttempt(edited, atChoice, { stepId: 'q1', type: 'choice', choiceId: 'a' }), 'SIMULATOR_SCENARIO_CHANGED');
    throwsCode(() => currentStep(edited, atChoice), 'SIMULATOR_SCENARIO_CHANGED');
  });
});

describe('runner: serialised state and resume', () => {
  const scenario = fixtureScenario();
  const moves: Array<string | { text: string }> = ['continue', 'b', { text: GOOD_STORY }, 'x'];

  it('a state saved mid-way and parsed back resumes to the same final state as an uninterrupted play', () => {
    const start = startAttempt(scenario, options);
    const straight = play(scenario, start, moves);
    const half = play(scenario, start, moves.slice(0, 2));
    const resumed = play(scenario, parseState(serialiseState(half), scenario), moves.slice(2));
    assert.deepEqual(resumed, straight);
    assert.deepEqual(parseState(JSON.parse(serialiseState(straight)), scenario), straight, 'parsed JSON objects are accepted too');
  });

  it('refuses unreadable or tampered states', () => {
    const state = play(scenario, startAttempt(scenario, options), moves.slice(0, 2));
    throwsCode(() => parseState('{pas du json'), 'SIMULATOR_STATE_INVALID');
    throwsCode(() => parseState({ ...state, scores: { presentation: 'beaucoup' } }), 'SIMULATOR_STATE_INVALID');
    throwsCode(() => parseState({ ...state, stateVersion: 2 }), 'SIMULATOR_STATE_INVALID');
    throwsCode(() => parseState({ ...state, scores: { charisme: 3 } }), 'SIMULATOR_STATE_INVALID');
    throwsCode(() => parseState({ ...state, current: 'ailleurs' }, scenario), 'SIMULATOR_STATE_INVALID');
    throwsCode(() => parseState({ ...state, scenarioFingerprint: 'f'.repeat(64) }, scenario), 'SIMULATOR_SCENARIO_CHANGED');
  });
});

describe('runner: current step', () => {
  it('fills the placeholders and gives the progress', () => {
    const scenario = fixtureScenario();
    const start = startAttempt(scenario, { ...options, company: 'Kiabi' });
    const first = currentStep(scenario, start);
    assert.equal(first.kind === 'scene' && first.text, 'Bonjour, vous postulez comme Vendeuse en prêt-à-porter chez Kiabi.');
    assert.deepEqual(first.position, { questionsAnswered: 0, minRemainingQuestions: 3 });
    const q1 = currentStep(scenario, play(scenario, start, ['continue']));
    assert.equal(q1.kind === 'choice' && q1.choices[2]?.label, "J'explique pourquoi Kiabi m'attire.");
    assert.deepEqual(q1.position, { questionsAnswered: 0, minRemainingQuestions: 3 });
    const end = currentStep(scenario, play(scenario, start, ['continue', 'a', { text: 'Oui.' }, 'x']));
    assert.equal(end.kind === 'end' && end.text, 'Kiabi vous rappellera pour le poste de Vendeuse en prêt-à-porter.');
    assert.deepEqual(end.position, { questionsAnswered: 3, minRemainingQuestions: 0 });
    assert.equal(scenario.steps[0]?.kind === 'scene' && scenario.steps[0].text, 'Bonjour, vous postulez comme {metier} chez {entreprise}.', 'the scenario is not modified');
  });
});
