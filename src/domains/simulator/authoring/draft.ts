import { validateScenario } from '../engine/scenario.validate.js';
import { COMPETENCY_LABELS, type Condition, type Next, type ScenarioDocument, type ScenarioIssue, SCENARIO_SCHEMA_VERSION, type Step } from '../engine/scenario.types.js';

/** The editor's metadata of a scenario (everything but the steps). */
export type ScenarioMetadata = Pick<ScenarioDocument, 'title' | 'summary' | 'romeCodes' | 'interviewKinds' | 'competencies' | 'persona'>;

export const STEP_KIND_LABELS: Record<Step['kind'], string> = { scene: 'Scène', choice: 'Question à choix', text: 'Réponse écrite', end: 'Fin' };

/** A new scenario: a welcome scene leading to an ending, to be filled in step by step. */
export function newDraft(slug: string, metadata: ScenarioMetadata): ScenarioDocument {
  return {
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    id: slug,
    ...metadata,
    start: 'accueil',
    steps: [
      { id: 'accueil', kind: 'scene', speaker: 'recruiter', text: 'Bonjour, merci d’être venu pour ce poste de {metier} chez {entreprise}. Installez-vous.', next: 'fin' },
      { id: 'fin', kind: 'end', title: 'Fin de l’entretien', text: 'Merci, nous reviendrons vers vous rapidement.', outcome: 'neutral' },
    ],
  };
}

export function withMetadata(draft: ScenarioDocument, metadata: ScenarioMetadata): ScenarioDocument {
  return { ...draft, ...metadata };
}

export const findStep = (draft: ScenarioDocument, stepId: string): Step | undefined => draft.steps.find((step) => step.id === stepId);

/** Replaces the step of this id (its id may not change), or appends a new one. */
export function putStep(draft: ScenarioDocument, step: Step, replacing?: string): ScenarioDocument {
  if (replacing === undefined) return { ...draft, steps: [...draft.steps, step] };
  return { ...draft, steps: draft.steps.map((existing) => (existing.id === replacing ? step : existing)) };
}

/** Removes a step; the start moves to the next step when it was the start. Transitions to it are left for the validator to name. */
export function removeStep(draft: ScenarioDocument, stepId: string): ScenarioDocument {
  const steps = draft.steps.filter((step) => step.id !== stepId);
  const start = draft.start === stepId ? (steps[0]?.id ?? draft.start) : draft.start;
  return { ...draft, steps, start };
}

/** Moves a step one place up or down in the list (the order authors read; the graph is unchanged). */
export function moveStep(draft: ScenarioDocument, stepId: string, direction: 'up' | 'down'): ScenarioDocument {
  const index = draft.steps.findIndex((step) => step.id === stepId);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= draft.steps.length) return draft;
  const steps = [...draft.steps];
  [steps[index], steps[target]] = [steps[target]!, steps[index]!];
  return { ...draft, steps };
}

export function setStart(draft: ScenarioDocument, stepId: string): ScenarioDocument {
  return findStep(draft, stepId) ? { ...draft, start: stepId } : draft;
}

/** The validator's issues, by the step they name (schema issues are placed by their JSON pointer `/steps/<index>`). */
export interface DraftIssues {
  ok: boolean;
  byStep: Map<string, ScenarioIssue[]>;
  /** Issues about the scenario as a whole (metadata, start). */
  general: ScenarioIssue[];
  all: ScenarioIssue[];
}

export function draftIssues(draft: unknown): DraftIssues {
  const validation = validateScenario(draft);
  const issues = validation.ok ? [] : validation.issues;
  const steps = (draft as Partial<ScenarioDocument> | null)?.steps;
  const byStep = new Map<string, ScenarioIssue[]>();
  const general: ScenarioIssue[] = [];
  for (const issue of issues) {
    const index = /^\/steps\/(\d+)(\/|$)/.exec(issue.path)?.[1];
    const stepId = issue.stepId ?? (index !== undefined && Array.isArray(steps) ? (steps[Number(index)] as { id?: string } | undefined)?.id : undefined);
    if (stepId) byStep.set(stepId, [...(byStep.get(stepId) ?? []), issue]);
    else general.push(issue);
  }
  return { ok: validation.ok, byStep, general, all: issues };
}

const OPERATORS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=', '!=': '≠' };

/** A condition in French: « Présentation ≥ 3 », « entretien téléphonique », « A et B ». */
export function describeCondition(condition: Condition): string {
  if ('score' in condition) return `${condition.score === 'total' ? 'Score total' : COMPETENCY_LABELS[condition.score]} ${OPERATORS[condition.op] ?? condition.op} ${condition.value}`;
  if ('interviewKind' in condition) return `type d’entretien « ${condition.interviewKind} »`;
  if ('all' in condition) return condition.all.map(describeCondition).join(' et ');
  if ('any' in condition) return condition.any.map(describeCondition).join(' ou ');
  return `non (${describeCondition(condition.not)})`;
}

/** A transition in French: « vers « q2 » », « si Présentation ≥ 3 : « q3 » ; sinon : « q4 » ». */
export function describeNext(next: Next | undefined): string {
  if (next === undefined) return 'selon le choix';
  if (typeof next === 'string') return `« ${next} »`;
  return [...next.branches.map((branch) => `si ${describeCondition(branch.when)} : « ${branch.goto} »`), `sinon : « ${next.otherwise} »`].join(' ; ');
}
