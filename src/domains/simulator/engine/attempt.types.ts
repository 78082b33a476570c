// Types of attempts (state, answers, analysis, feedback) and of the debrief. Re-exported by
// scenario.types.ts, which stays the one module to import types from.
import type { CompetencyId, EndStep, InterviewKind, ScoreMap, Step } from './scenario.types.js';

// ---------------------------------------------------------------------------------------------
// Attempts

export interface StartOptions {
  interviewKind: InterviewKind;
  /** The player's chosen job title (fills {metier}), e.g. "Vendeur / Vendeuse en magasin". */
  jobTitle: string;
  /** ROME code of the chosen job, if any. */
  romeCode?: string;
  /** Company name (fills {entreprise}); defaults to the persona's company. */
  company?: string;
  /** Vocabulary of the target job (words of the ROME labels), given to the analyser. */
  vocabulary?: string[];
}

export interface Span {
  /** Offsets in UTF-16 code units into the answer text; `end` exclusive: text.slice(start, end). */
  start: number;
  end: number;
}

export type RemarkPolarity = 'strength' | 'improvement';

export interface Remark {
  /** Stable code, e.g. "figures", "fillers" (see analysis/rules). */
  code: string;
  message: string;
  polarity: RemarkPolarity;
  competency: CompetencyId;
  spans: Span[];
}

export interface AnswerMetrics {
  characters: number;
  words: number;
  sentences: number;
}

export interface AnswerAnalysis {
  metrics: AnswerMetrics;
  remarks: Remark[];
}

export type AnswerInput =
  | { stepId: string; type: 'continue' }
  | { stepId: string; type: 'choice'; choiceId: string }
  | { stepId: string; type: 'text'; text: string };

/** One answered (or passed) step, in order. */
export interface HistoryEntry {
  stepId: string;
  type: AnswerInput['type'];
  choiceId?: string;
  text?: string;
  /** Points gained at this step (after clamping for text answers). */
  gained: ScoreMap;
  analysis?: AnswerAnalysis;
}

export interface AttemptState {
  /** Format version of the state. */
  stateVersion: 1;
  scenarioId: string;
  /** SHA-256 of the scenario document's canonical JSON: an attempt resumes only on the same content. */
  scenarioFingerprint: string;
  options: StartOptions & { company: string; vocabulary: string[] };
  /** Current step id (an end step once finished). */
  current: string;
  finished: boolean;
  /** Raw scores so far. */
  scores: ScoreMap;
  /** Lowest / highest raw score reachable at the steps actually played (bounds for normalisation). */
  bounds: { min: ScoreMap; max: ScoreMap };
  history: HistoryEntry[];
  /** Number of questions (choice + text) answered. */
  questionsAnswered: number;
}

/** What the player sees after answering. */
export interface AnswerFeedback {
  stepId: string;
  type: AnswerInput['type'];
  /** Coach's feedback of the choice, or a summary of the text analysis; null after a scene. */
  message: string | null;
  gained: ScoreMap;
  analysis?: AnswerAnalysis;
}

export interface AnswerResult {
  state: AttemptState;
  feedback: AnswerFeedback;
}

/**
 * The current step with {metier} / {entreprise} filled in every text, ready to render, with the
 * progress: questions answered so far, and the fewest questions left before an ending (0 on an end).
 */
export type ResolvedStep = Step & { position: { questionsAnswered: number; minRemainingQuestions: number } };

// ---------------------------------------------------------------------------------------------
// Debrief

export type CompetencyLevel = 'fort' | 'moyen' | 'a_travailler' | 'non_evalue';

export interface CompetencyResult {
  competency: CompetencyId;
  label: string;
  raw: number;
  min: number;
  max: number;
  /** 0–100, or null when the attempt gave no chance to score it (min === max). */
  percent: number | null;
  level: CompetencyLevel;
}

export interface DebriefPoint {
  competency: CompetencyId;
  /** French sentence. */
  text: string;
  /** Step where it was observed, if any. */
  stepId?: string;
}

export interface DebriefRecommendation {
  competency: CompetencyId;
  label: string;
  /** Resource keys (see ScenarioDocument.resources). */
  resourceKeys: string[];
}

export interface DebriefAnswer {
  stepId: string;
  prompt: string;
  type: 'choice' | 'text';
  choiceLabel?: string;
  feedback?: string;
  text?: string;
  remarks?: Remark[];
  gained: ScoreMap;
}

export interface Debrief {
  scenarioId: string;
  scenarioTitle: string;
  interviewKind: InterviewKind;
  jobTitle: string;
  company: string;
  finished: boolean;
  ending: { stepId: string; title: string; text: string; outcome: EndStep['outcome'] } | null;
  /** In the order of COMPETENCIES, only the scenario's competencies. */
  competencies: CompetencyResult[];
  /** Mean of the non-null percents, rounded; null if none. */
  overall: number | null;
  strengths: DebriefPoint[];
  improvements: DebriefPoint[];
  recommendations: DebriefRecommendation[];
  answers: DebriefAnswer[];
}
