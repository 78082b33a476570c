// Validation of a scenario document: JSON Schema (ajv), then the graph rules (scenario.graph.ts).
// Each issue names the step and carries the JSON pointer of the faulty value.
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import { AppError } from '../../../platform/http/errors.js';
import { SCENARIO_JSON_SCHEMA } from './scenario.schema.js';
import { graphIssues } from './scenario.graph.js';
import type { ScenarioDocument, ScenarioIssue, ScenarioValidation } from './scenario.types.js';

const ajv = new Ajv({ allErrors: true, discriminator: true, strict: true, strictTypes: false });
const validateSchema = ajv.compile(SCENARIO_JSON_SCHEMA);

/**
 * Validates an untrusted document (parsed JSON). Returns every issue found (schema issues first; the
 * graph is checked only when the schema passes). Never throws on bad input.
 */
export function validateScenario(input: unknown): ScenarioValidation {
  if (!validateSchema(input)) return { ok: false, issues: schemaIssues(input, validateSchema.errors ?? []) };
  const scenario = input as unknown as ScenarioDocument;
  const issues = graphIssues(scenario);
  return issues.length === 0 ? { ok: true, scenario, issues: [] } : { ok: false, issues };
}

/**
 * Same as validateScenario, but throws AppError SIMULATOR_SCENARIO_INVALID whose details are
 * { field: JSON pointer, message } per issue. Returns the typed document.
 */
export function assertValidScenario(input: unknown): ScenarioDocument {
  const result = validateScenario(input);
  if (result.ok) return result.scenario;
  throw new AppError('SIMULATOR_SCENARIO_INVALID', undefined, result.issues.map((issue) => ({ field: issue.path, message: issue.message })));
}

/** Turns ajv errors into French issues; keeps the innermost failure of alternatives (anyOf). */
function schemaIssues(input: unknown, errors: ErrorObject[]): ScenarioIssue[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf');
  const kept = errors.filter((e) => {
    if (e.keyword === 'anyOf') return !alternatives.some((other) => other !== e && other.instancePath.startsWith(`${e.instancePath}/`));
    return !alternatives.some((a) => e.schemaPath.startsWith(`${a.schemaPath}/`) && (e.instancePath === a.instancePath || e.instancePath.startsWith(`${a.instancePath}/`)));
  });
  const seen = new Set<string>();
  const issues: ScenarioIssue[] = [];
  for (const error of kept) {
    const path = pathOf(error);
    const detail = describe(error);
    const key = `${path} ${detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const stepId = stepIdAt(input, path);
    const where = stepId ? `Étape « ${stepId} » : ` : '';
    issues.push({ code: 'schema', message: `${where}${detail} (${path || '/'})`, path, ...(stepId ? { stepId } : {}) });
  }
  return issues;
}

function pathOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${error.instancePath}/${String(params.missingProperty)}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${String(params.additionalProperty)}`;
  if (error.keyword === 'discriminator') return `${error.instancePath}/${String(params.tag)}`;
  return error.instancePath;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': return `le champ « ${String(params.missingProperty)} » est obligatoire`;
    case 'additionalProperties': return `le champ « ${String(params.additionalProperty)} » n'est pas prévu`;
    case 'type': return `une valeur de type ${typeName(String(params.type))} est attendue`;
    case 'minLength': return 'ce texte ne peut pas être vide';
    case 'maxLength': return `ce texte est trop long (${String(params.limit)} caractères au plus)`;
    case 'pattern': return params.pattern === '\\S' ? 'ce texte ne peut pas être vide' : `le format n'est pas valide (attendu : ${String(params.pattern)})`;
    case 'minItems': return `il faut au moins ${String(params.limit)} élément(s)`;
    case 'maxItems': return `il faut au plus ${String(params.limit)} élément(s)`;
    case 'uniqueItems': return `les éléments doivent être distincts (doublon aux positions ${String(params.j)} et ${String(params.i)})`;
    case 'enum': return `valeur non autorisée (valeurs possibles : ${(params.allowedValues as unknown[]).join(', ')})`;
    case 'const': return `la valeur attendue est ${JSON.stringify(params.allowedValue)}`;
    case 'minimum': return `la valeur doit être au moins ${String(params.limit)}`;
    case 'maximum': return `la valeur doit être au plus ${String(params.limit)}`;
    case 'propertyNames': return `le nom « ${String(params.propertyName)} » n'est pas valide`;
    case 'discriminator': return params.error === 'mapping' ? `type inconnu « ${String(params.tagValue)} »` : `le champ « ${String(params.tag)} » est obligatoire`;
    case 'anyOf':
      return /\/(?:when|not|all\/\d+|any\/\d+)$/.test(error.instancePath)
        ? 'condition invalide (attendu : {score, op, value}, {interviewKind}, {all}, {any} ou {not})'
        : "transition invalide (attendu : un identifiant d'étape ou {branches, otherwise})";
    default: return error.message ?? 'valeur invalide';
  }
}

function typeName(type: string): string {
  const names: Record<string, string> = { string: 'texte', object: 'objet', array: 'liste', integer: 'entier', number: 'nombre', boolean: 'booléen' };
  return type.split(',').map((t) => names[t] ?? t).join(' ou ');
}

/** The id of the step a JSON pointer is inside, when the document has one there. */
function stepIdAt(input: unknown, path: string): string | undefined {
  const match = /^\/steps\/(\d+)(?:\/|$)/.exec(path);
  if (!match || typeof input !== 'object' || input === null) return undefined;
  const steps = (input as { steps?: unknown }).steps;
  if (!Array.isArray(steps)) return undefined;
  const step: unknown = steps[Number(match[1])];
  const id = typeof step === 'object' && step !== null ? (step as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : `n° ${Number(match[1]) + 1}`;
}
