// Types of the interview simulator engine: the versioned scenario document (what authors write and
// what is stored as JSON), the attempt state (serialisable, resumable), feedback and debrief.
// Everything here is plain JSON data: no Date, no class, no function, so it round-trips through
// JSON.stringify / JSON.parse unchanged.

/** The five competencies a scenario can assess. Ids are stable (stored in JSON and in attempts). */
export const COMPETENCIES = ['presentation', 'motivation', 'connaissance_entreprise', 'savoir_etre', 'argumentation'] as const;
export type CompetencyId = (typeof COMPETENCIES)[number];

/** French labels of the competencies, for pages, the PDF and the debrief. */
export const COMPETENCY_LABELS: Readonly<Record<CompetencyId, string>> = {
  presentation: 'Présentation',
  motivation: 'Motivation',
  connaissance_entreprise: "Connaissance de l'entreprise",
  savoir_etre: 'Savoir-être',
  argumentation: 'Argumentation',
};

/** Kinds of interview the player can choose; a scenario lists the kinds it supports and may branch on them. */
export const INTERVIEW_KINDS = ['premier_entretien', 'entretien_telephonique', 'entretien_collectif'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

export const INTERVIEW_KIND_LABELS: Readonly<Record<InterviewKind, string>> = {
  premier_entretien: 'Premier entretien en face à face',
  entretien_telephonique: 'Entretien téléphonique',
  entretien_collectif: 'Entretien collectif',
};

/** Version of the scenario document format (not the version of a scenario's content, which the store keeps). */
export const SCENARIO_SCHEMA_VERSION = 1;

/** Points per competency; a missing key means 0. */
export type ScoreMap = Partial<Record<CompetencyId, number>>;

// ---------------------------------------------------------------------------------------------
// Conditions and transitions

export type ComparisonOperator = '>=' | '>' | '<=' | '<' | '==' | '!=';

/**
 * A condition on the attempt so far. `score` compares the RAW score (sum of points gained so far) of
 * one competency, or of all of them with 'total'. `interviewKind` tests the kind chosen at start.
 */
export type Condition =
  | { score: CompetencyId | 'total'; op: ComparisonOperator; value: number }
  | { interviewKind: InterviewKind }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** First branch whose condition holds wins; otherwise `otherwise`. */
export interface ConditionalNext {
  branches: Array<{ when: Condition; goto: string }>;
  otherwise: string;
}

/** A step id, or conditional branches. */
export type Next = string | ConditionalNext;

// ---------------------------------------------------------------------------------------------
// Steps

export interface ImageMedia {
  type: 'image';
  src: string;
  /** Text alternative (required; '' only for decorative images is NOT allowed here). */
  alt: string;
}

export interface VideoMedia {
  type: 'video';
  src: string;
  /** WebVTT captions: required by the schema. */
  captions: { src: string; lang: string; label: string };
  /** Full text transcript shown under the video. */
  transcript: string;
  poster?: string;
}

export type Media = ImageMedia | VideoMedia;

interface StepBase {
  /** Unique in the scenario: letters, digits, '-', '_' (pattern ^[a-z0-9][a-z0-9_-]*$). */
  id: string;
  /** Short title shown above the step (optional). Texts may hold {metier} and {entreprise}. */
  title?: string;
}

/** A scene: narration or a recruiter's line, optionally with an image or a captioned video. */
export interface SceneStep extends StepBase {
  kind: 'scene';
  speaker: 'recruiter' | 'narrator';
  text: string;
  media?: Media;
  next: Next;
}

export interface Choice {
  /** Unique within its question. */
  id: string;
  label: string;
  /** Points per competency, each an integer in [-3, 3]. May be empty. */
  effects: ScoreMap;
  /** Shown to the player after choosing (coach's feedback). */
  feedback: string;
  /** Overrides the question's `next` when this choice is taken. */
  next?: Next;
}

/** A question from the recruiter with choices; a choice moves scores and carries feedback. */
export interface ChoiceStep extends StepBase {
  kind: 'choice';
  prompt: string;
  media?: Media;
  choices: Choice[];
  /** Where to go after the answer, unless the choice has its own `next`. Required if some choice has no `next`. */
  next?: Next;
}

/** A free-text answer, analysed locally (see analysis/). */
export interface TextStep extends StepBase {
  kind: 'text';
  prompt: string;
  media?: Media;
  /** Competencies this answer scores (the analyser's remarks on other competencies are shown but not scored). */
  assesses: CompetencyId[];
  /** Advice shown before answering (optional). */
  hint?: string;
  /** Minimum characters accepted (default 1: empty answers are refused), maximum (default 3000). */
  minLength?: number;
  maxLength?: number;
  next: Next;
}

/** An ending. */
export interface EndStep extends StepBase {
  kind: 'end';
  title: string;
  text: string;
  outcome: 'success' | 'neutral' | 'failure';
}

export type Step = SceneStep | ChoiceStep | TextStep | EndStep;
export type StepKind = Step['kind'];

// ---------------------------------------------------------------------------------------------
// The scenario document

export interface RecruiterPersona {
  name: string;
  role: string;
  /** Default company name used for {entreprise} when the player gives none. */
  company: string;
  description: string;
  avatar?: ImageMedia;
}

export interface ScenarioDocument {
  schemaVersion: typeof SCENARIO_SCHEMA_VERSION;
  /** Stable slug, e.g. "vente-conseiller". */
  id: string;
  title: string;
  summary: string;
  /** ROME codes the scenario fits, e.g. ["D1106", "D1402"]. */
  romeCodes: string[];
  /** Interview kinds this scenario can be played as (non-empty). */
  interviewKinds: InterviewKind[];
  persona: RecruiterPersona;
  /** Competencies assessed (non-empty, no duplicates); effects and conditions may only name these. */
  competencies: CompetencyId[];
  /**
   * Resource KEYS per competency, recommended in the debrief when the competency is to work on.
   * The web part maps keys to MOOC lessons / Store services. Default for a competency: [`competence.<id>`].
   */
  resources?: Partial<Record<CompetencyId, string[]>>;
  /** Id of the first step. */
  start: string;
  steps: Step[];
}

// ---------------------------------------------------------------------------------------------
// Validation

export type ScenarioIssueCode =
  | 'schema'
  | 'duplicate_step'
  | 'duplicate_choice'
  | 'missing_start'
  | 'unknown_target'
  | 'unknown_competency'
  | 'bad_condition'
  | 'unreachable_step'
  | 'dead_end'
  | 'no_exit'
  | 'no_end'
  | 'missing_next'
  | 'unknown_placeholder';

export interface ScenarioIssue {
  code: ScenarioIssueCode;
  /** French message naming the step (and choice) concerned. */
  message: string;
  /** JSON pointer into the document, e.g. "/steps/3/choices/1/effects/motivation". */
  path: string;
  stepId?: string;
}

export type ScenarioValidation = { ok: true; scenario: ScenarioDocument; issues: [] } | { ok: false; issues: ScenarioIssue[] };

// Attempts, analysis and debrief: see attempt.types.ts.
export type {
  StartOptions,
  Span,
  RemarkPolarity,
  Remark,
  AnswerMetrics,
  AnswerAnalysis,
  AnswerInput,
  HistoryEntry,
  AttemptState,
  AnswerFeedback,
  AnswerResult,
  ResolvedStep,
  CompetencyLevel,
  CompetencyResult,
  DebriefPoint,
  DebriefRecommendation,
  DebriefAnswer,
  Debrief,
} from './attempt.types.js';
