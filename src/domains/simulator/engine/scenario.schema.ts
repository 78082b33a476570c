// JSON Schema (draft-07, validated with ajv) of the scenario document, format version 1.
// Competency names in effects, `assesses` and conditions are only checked for shape here: the graph
// validator (scenario.validate.ts) checks them against the scenario's competencies and names the step.
import { COMPETENCIES, INTERVIEW_KINDS, SCENARIO_SCHEMA_VERSION } from './scenario.types.js';

const id = { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]*$', maxLength: 60 } as const;
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength, pattern: '\\S' }) as const;
const competencyName = { type: 'string', pattern: '^[a-z_]+$', maxLength: 40 } as const;

export const SCENARIO_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://emploi-store.fr/schemas/simulator-scenario-v1.json',
  title: "Scénario du simulateur d'entretien",
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'id', 'title', 'summary', 'romeCodes', 'interviewKinds', 'persona', 'competencies', 'start', 'steps'],
  properties: {
    schemaVersion: { const: SCENARIO_SCHEMA_VERSION },
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 80 },
    title: text(150),
    summary: text(1000),
    romeCodes: { type: 'array', minItems: 1, maxItems: 20, uniqueItems: true, items: { type: 'string', pattern: '^[A-N][0-9]{4}$' } },
    interviewKinds: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...INTERVIEW_KINDS] } },
    persona: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'role', 'company', 'description'],
      properties: { name: text(100), role: text(150), company: text(150), description: text(1000), avatar: { $ref: '#/definitions/image' } },
    },
    competencies: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...COMPETENCIES] } },
    resources: {
      type: 'object',
      propertyNames: competencyName,
      additionalProperties: { type: 'array', maxItems: 10, uniqueItems: true, items: { type: 'string', pattern: '^[a-z0-9][a-z0-9._:-]*$', maxLength: 120 } },
    },
    start: id,
    steps: { type: 'array', minItems: 2, maxItems: 300, items: { $ref: '#/definitions/step' } },
  },
  definitions: {
    image: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'src', 'alt'],
      properties: { type: { const: 'image' }, src: text(500), alt: text(300) },
    },
    video: {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'src', 'captions', 'transcript'],
      properties: {
        type: { const: 'video' },
        src: text(500),
        poster: text(500),
        transcript: text(5000),
        captions: {
          type: 'object',
          additionalProperties: false,
          required: ['src', 'lang', 'label'],
          properties: { src: { type: 'string', pattern: '\\.vtt$', maxLength: 500 }, lang: { type: 'string', pattern: '^[a-z]{2}(-[A-Z]{2})?$' }, label: text(60) },
        },
      },
    },
    media: { type: 'object', required: ['type'], properties: { type: { enum: ['image', 'video'] } }, discriminator: { propertyName: 'type' }, oneOf: [{ $ref: '#/definitions/image' }, { $ref: '#/definitions/video' }] },
    condition: {
      anyOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['score', 'op', 'value'],
          properties: { score: competencyName, op: { enum: ['>=', '>', '<=', '<', '==', '!='] }, value: { type: 'integer', minimum: -1000, maximum: 1000 } },
        },
        { type: 'object', additionalProperties: false, required: ['interviewKind'], properties: { interviewKind: { enum: [...INTERVIEW_KINDS] } } },
        { type: 'object', additionalProperties: false, required: ['all'], properties: { all: { type: 'array', minItems: 1, items: { $ref: '#/definitions/condition' } } } },
        { type: 'object', additionalProperties: false, required: ['any'], properties: { any: { type: 'array', minItems: 1, items: { $ref: '#/definitions/condition' } } } },
        { type: 'object', additionalProperties: false, required: ['not'], properties: { not: { $ref: '#/definitions/condition' } } },
      ],
    },
    next: {
      anyOf: [
        id,
        {
          type: 'object',
          additionalProperties: false,
          required: ['branches', 'otherwise'],
          properties: {
            branches: {
              type: 'array',
              minItems: 1,
              maxItems: 10,
              items: { type: 'object', additionalProperties: false, required: ['when', 'goto'], properties: { when: { $ref: '#/definitions/condition' }, goto: id } },
            },
            otherwise: id,
          },
        },
      ],
    },
    choice: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'label', 'effects', 'feedback'],
      properties: {
        id,
        label: text(500),
        effects: { type: 'object', propertyNames: competencyName, additionalProperties: { type: 'integer', minimum: -3, maximum: 3 } },
        feedback: text(1500),
        next: { $ref: '#/definitions/next' },
      },
    },
    step: {
      type: 'object',
      required: ['kind'],
      properties: { kind: { type: 'string' } },
      discriminator: { propertyName: 'kind' },
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'kind', 'speaker', 'text', 'next'],
          properties: {
            id, kind: { const: 'scene' }, title: text(150), speaker: { enum: ['recruiter', 'narrator'] }, text: text(3000),
            media: { $ref: '#/definitions/media' }, next: { $ref: '#/definitions/next' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'kind', 'prompt', 'choices'],
          properties: {
            id, kind: { const: 'choice' }, title: text(150), prompt: text(1500), media: { $ref: '#/definitions/media' },
            choices: { type: 'array', minItems: 2, maxItems: 6, items: { $ref: '#/definitions/choice' } }, next: { $ref: '#/definitions/next' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'kind', 'prompt', 'assesses', 'next'],
          properties: {
            id, kind: { const: 'text' }, title: text(150), prompt: text(1500), media: { $ref: '#/definitions/media' },
            assesses: { type: 'array', minItems: 1, uniqueItems: true, items: competencyName }, hint: text(1000),
            minLength: { type: 'integer', minimum: 1, maximum: 2000 }, maxLength: { type: 'integer', minimum: 20, maximum: 5000 },
            next: { $ref: '#/definitions/next' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'kind', 'title', 'text', 'outcome'],
          properties: { id, kind: { const: 'end' }, title: text(150), text: text(3000), outcome: { enum: ['success', 'neutral', 'failure'] } },
        },
      ],
    },
  },
} as const;
