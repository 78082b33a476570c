// The attempt state as stored: fingerprint of the scenario content, serialisation and checked parsing.
import { createHash } from 'node:crypto';
import { Ajv } from 'ajv';
import { AppError } from '../../../platform/http/errors.js';
import { COMPETENCIES, INTERVIEW_KINDS } from './scenario.types.js';
import type { AttemptState, ScenarioDocument } from './scenario.types.js';

const fingerprints = new WeakMap<object, string>();

/** JSON with object keys sorted at every level, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the scenario's canonical JSON. */
export function scenarioFingerprint(scenario: ScenarioDocument): string {
  let hash = fingerprints.get(scenario);
  if (!hash) {
    hash = createHash('sha256').update(canonicalJson(scenario)).digest('hex');
    fingerprints.set(scenario, hash);
  }
  return hash;
}

const scoreMap = { type: 'object', propertyNames: { enum: [...COMPETENCIES] }, additionalProperties: { type: 'integer' } } as const;
const span = { type: 'object', additionalProperties: false, required: ['start', 'end'], properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } } as const;
const analysis = {
  type: 'object',
  additionalProperties: false,
  required: ['metrics', 'remarks'],
  properties: {
    metrics: { type: 'object', additionalProperties: false, required: ['characters', 'words', 'sentences'], properties: { characters: { type: 'integer' }, words: { type: 'integer' }, sentences: { type: 'integer' } } },
    remarks: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message', 'polarity', 'competency', 'spans'],
        properties: { code: { type: 'string' }, message: { type: 'string' }, polarity: { enum: ['strength', 'improvement'] }, competency: { enum: [...COMPETENCIES] }, spans: { type: 'array', items: span } },
      },
    },
  },
} as const;
const STATE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['stateVersion', 'scenarioId', 'scenarioFingerprint', 'options', 'current', 'finished', 'scores', 'bounds', 'history', 'questionsAnswered'],
  properties: {
    stateVersion: { const: 1 },
    scenarioId: { type: 'string' },
    scenarioFingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    options: {
      type: 'object',
      additionalProperties: false,
      required: ['interviewKind', 'jobTitle', 'company', 'vocabulary'],
      properties: {
        interviewKind: { enum: [...INTERVIEW_KINDS] }, jobTitle: { type: 'string' }, romeCode: { type: 'string' }, company: { type: 'string' },
        vocabulary: { type: 'array', items: { type: 'string' } },
      },
    },
    current: { type: 'string' },
    finished: { type: 'boolean' },
    scores: scoreMap,
    bounds: { type: 'object', additionalProperties: false, required: ['min', 'max'], properties: { min: scoreMap, max: scoreMap } },
    history: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['stepId', 'type', 'gained'],
        properties: { stepId: { type: 'string' }, type: { enum: ['continue', 'choice', 'text'] }, choiceId: { type: 'string' }, text: { type: 'string' }, gained: scoreMap, analysis },
      },
    },
    questionsAnswered: { type: 'integer', minimum: 0 },
  },
} as const;

const validateState = new Ajv({ allErrors: false, strict: true, strictTypes: false }).compile(STATE_SCHEMA);

/** JSON text of the state, to store in the attempts table. */
export function serialiseState(state: AttemptState): string {
  return JSON.stringify(state);
}

/**
 * Parses and checks a stored state (JSON text or already-parsed JSON). With a scenario, also checks the
 * scenario id and fingerprint and that every step named exists. Throws AppError SIMULATOR_STATE_INVALID
 * or SIMULATOR_SCENARIO_CHANGED.
 */
export function parseState(stored: unknown, scenario?: ScenarioDocument): AttemptState {
  let value: unknown = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch (error) {
      throw new AppError('SIMULATOR_STATE_INVALID', undefined, [], { cause: error });
    }
  }
  if (!validateState(value)) throw new AppError('SIMULATOR_STATE_INVALID', undefined, (validateState.errors ?? []).map((e) => ({ field: e.instancePath || '/', message: e.message ?? 'invalide' })));
  const state = structuredClone(value) as unknown as AttemptState;
  if (scenario) assertSameScenario(scenario, state);
  return state;
}

/** Throws SIMULATOR_SCENARIO_CHANGED unless the state was started on exactly this scenario content. */
export function assertSameScenario(scenario: ScenarioDocument, state: AttemptState): void {
  if (state.scenarioId !== scenario.id || state.scenarioFingerprint !== scenarioFingerprint(scenario)) throw new AppError('SIMULATOR_SCENARIO_CHANGED');
  const ids = new Set(scenario.steps.map((s) => s.id));
  if (!ids.has(state.current) || state.history.some((h) => !ids.has(h.stepId))) throw new AppError('SIMULATOR_STATE_INVALID');
}
