// Pure state machine of an attempt: no I/O, no clock, no randomness. The scenario must have been
// validated (validateScenario) before it is played.
import { AppError } from '../../../platform/http/errors.js';
import { analyseAnswer } from '../analysis/answer.analyser.js';
import { assertSameScenario, scenarioFingerprint } from './attempt.state.js';
import { resolveNext } from './conditions.js';
import { fillPlaceholders } from './placeholders.js';
import { fillStep, minRemainingQuestions } from './resolve.js';
import { addScores, choiceBounds, textBounds, textGain } from './scoring.js';
import type { AnswerFeedback, AnswerInput, AnswerResult, AttemptState, HistoryEntry, ResolvedStep, ScenarioDocument, ScoreMap, StartOptions, Step, TextStep } from './scenario.types.js';

export { parseState, serialiseState, scenarioFingerprint } from './attempt.state.js';

/** Default bounds of a free-text answer's length, in characters. */
export const TEXT_MIN_LENGTH = 1;
export const TEXT_MAX_LENGTH = 3000;

/**
 * Starts an attempt on the scenario's start step. Throws AppError SIMULATOR_INTERVIEW_KIND_UNSUPPORTED
 * if the scenario does not list options.interviewKind, SIMULATOR_INVALID_ANSWER if the job title is
 * blank. Fills defaults: company ← persona.company, vocabulary ← [].
 */
export function startAttempt(scenario: ScenarioDocument, options: StartOptions): AttemptState {
  if (!scenario.interviewKinds.includes(options.interviewKind)) throw new AppError('SIMULATOR_INTERVIEW_KIND_UNSUPPORTED');
  const jobTitle = options.jobTitle.trim();
  if (jobTitle === '') throw new AppError('SIMULATOR_INVALID_ANSWER', 'Indiquez le métier visé.');
  const company = options.company?.trim() || scenario.persona.company;
  const start = stepById(scenario, scenario.start);
  return {
    stateVersion: 1,
    scenarioId: scenario.id,
    scenarioFingerprint: scenarioFingerprint(scenario),
    options: {
      interviewKind: options.interviewKind,
      jobTitle,
      ...(options.romeCode ? { romeCode: options.romeCode } : {}),
      company,
      vocabulary: [...(options.vocabulary ?? [])],
    },
    current: start.id,
    finished: start.kind === 'end',
    scores: {},
    bounds: { min: {}, max: {} },
    history: [],
    questionsAnswered: 0,
  };
}

/**
 * Applies the player's answer to the current step and moves to the next step (chosen by the
 * conditions on the scores). Returns a NEW state (the given one is not modified) and the feedback.
 * Throws AppError: SIMULATOR_ATTEMPT_FINISHED (state finished), SIMULATOR_STALE_STEP (input.stepId is
 * not the current step), SIMULATOR_INVALID_ANSWER (wrong type for the step, unknown choice, text too
 * short/long or blank), SIMULATOR_SCENARIO_CHANGED (fingerprint differs).
 */
export function answerAttempt(scenario: ScenarioDocument, state: AttemptState, input: AnswerInput): AnswerResult {
  assertSameScenario(scenario, state);
  if (state.finished) throw new AppError('SIMULATOR_ATTEMPT_FINISHED');
  if (input.stepId !== state.current) throw new AppError('SIMULATOR_STALE_STEP');
  const step = stepById(scenario, state.current);
  const values = { metier: state.options.jobTitle, entreprise: state.options.company };
  let entry: HistoryEntry;
  let message: string | null = null;
  let next: string;
  let bounds = state.bounds;
  let scores = state.scores;

  if (step.kind === 'scene') {
    expectType(input, 'continue');
    entry = { stepId: step.id, type: 'continue', gained: {} };
    next = resolveNext(step.next, { scores, interviewKind: state.options.interviewKind });
  } else if (step.kind === 'choice') {
    if (input.type !== 'choice') throw invalid('Choisissez une des réponses proposées.');
    const choice = step.choices.find((c) => c.id === input.choiceId);
    if (!choice) throw invalid('Cette réponse ne fait pas partie des choix proposés.');
    const gained = addScores({}, choice.effects);
    scores = addScores(scores, gained);
    bounds = widen(bounds, choiceBounds(step));
    entry = { stepId: step.id, type: 'choice', choiceId: choice.id, gained };
    message = fillPlaceholders(choice.feedback, values);
    next = resolveNext(choice.next ?? (step.next as NonNullable<typeof step.next>), { scores, interviewKind: state.options.interviewKind });
  } else if (step.kind === 'text') {
    if (input.type !== 'text') throw invalid('Écrivez votre réponse.');
    const text = checkText(step, input.text);
    const analysis = analyseAnswer(text, { vocabulary: state.options.vocabulary, companyName: state.options.company });
    const gained = textGain(analysis, step.assesses);
    scores = addScores(scores, gained);
    bounds = widen(bounds, textBounds(step));
    entry = { stepId: step.id, type: 'text', text, gained, analysis };
    message = summarise(analysis.remarks.map((r) => r.polarity));
    next = resolveNext(step.next, { scores, interviewKind: state.options.interviewKind });
  } else {
    throw new AppError('SIMULATOR_ATTEMPT_FINISHED');
  }

  const target = stepById(scenario, next);
  const newState: AttemptState = {
    ...state,
    options: { ...state.options, vocabulary: [...state.options.vocabulary] },
    current: target.id,
    finished: target.kind === 'end',
    scores,
    bounds,
    history: [...state.history, entry],
    questionsAnswered: state.questionsAnswered + (step.kind === 'scene' ? 0 : 1),
  };
  const feedback: AnswerFeedback = { stepId: step.id, type: entry.type, message, gained: entry.gained, ...(entry.analysis ? { analysis: entry.analysis } : {}) };
  return { state: newState, feedback };
}

/** The current step, placeholders filled, with the progress. Throws SIMULATOR_SCENARIO_CHANGED on mismatch. */
export function currentStep(scenario: ScenarioDocument, state: AttemptState): ResolvedStep {
  assertSameScenario(scenario, state);
  const step = fillStep(stepById(scenario, state.current), { metier: state.options.jobTitle, entreprise: state.options.company });
  return { ...step, position: { questionsAnswered: state.questionsAnswered, minRemainingQuestions: minRemainingQuestions(scenario, step.id) } };
}

function stepById(scenario: ScenarioDocument, id: string): Step {
  const step = scenario.steps.find((s) => s.id === id);
  if (!step) throw new AppError('SIMULATOR_STATE_INVALID', `L'étape « ${id} » n'existe pas dans ce scénario.`);
  return step;
}

function expectType(input: AnswerInput, type: AnswerInput['type']): void {
  if (input.type !== type) throw invalid('Cette étape attend seulement de passer à la suite.');
}

const invalid = (message: string) => new AppError('SIMULATOR_INVALID_ANSWER', message);

/** Normalises line breaks and checks the length bounds of a free-text answer. */
function checkText(step: TextStep, raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n');
  const min = step.minLength ?? TEXT_MIN_LENGTH;
  const max = step.maxLength ?? TEXT_MAX_LENGTH;
  if (text.trim().length === 0) throw invalid('Écrivez votre réponse avant de valider.');
  if (text.trim().length < min) throw invalid(`Votre réponse est trop courte : écrivez au moins ${min} caractères.`);
  if (text.length > max) throw invalid(`Votre réponse est trop longue : ${max} caractères au plus.`);
  return text;
}

function widen(bounds: { min: ScoreMap; max: ScoreMap }, more: { min: ScoreMap; max: ScoreMap }): { min: ScoreMap; max: ScoreMap } {
  return { min: addScores(bounds.min, more.min), max: addScores(bounds.max, more.max) };
}

function summarise(polarities: Array<'strength' | 'improvement'>): string {
  const strengths = polarities.filter((p) => p === 'strength').length;
  const improvements = polarities.length - strengths;
  const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
  return `Analyse de votre réponse : ${plural(strengths, 'point fort', 'points forts')}, ${plural(improvements, 'point', 'points')} à travailler.`;
}
