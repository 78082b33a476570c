// Graph rules of a scenario that already passed the JSON Schema: ids, targets, competencies,
// conditions, placeholders, reachability, dead ends and cycles without exit.
import { unknownPlaceholders } from './placeholders.js';
import { choiceBounds, textBounds, pointsOf, addScores, totalOf } from './scoring.js';
import type { ChoiceStep, ComparisonOperator, Condition, Next, ScenarioDocument, ScenarioIssue, ScenarioIssueCode, ScoreMap, Step } from './scenario.types.js';

export interface Edge {
  target: string;
  path: string;
}

/** Transitions leaving a step, each with the JSON pointer of its target; [] for an end. */
export function edgesOf(step: Step, index: number): Edge[] {
  const base = `/steps/${index}`;
  switch (step.kind) {
    case 'end': return [];
    case 'scene':
    case 'text': return nextEdges(step.next, `${base}/next`);
    case 'choice': {
      const edges = step.choices.flatMap((choice, k) => (choice.next ? nextEdges(choice.next, `${base}/choices/${k}/next`) : []));
      if (step.next && step.choices.some((choice) => !choice.next)) edges.push(...nextEdges(step.next, `${base}/next`));
      return edges;
    }
  }
}

function nextEdges(next: Next, path: string): Edge[] {
  if (typeof next === 'string') return [{ target: next, path }];
  return [...next.branches.map((b, j) => ({ target: b.goto, path: `${path}/branches/${j}/goto` })), { target: next.otherwise, path: `${path}/otherwise` }];
}

/** Loose range of each raw score over the whole scenario (as if every question were played). */
export function scoreRange(scenario: ScenarioDocument): { min: ScoreMap; max: ScoreMap } {
  let min: ScoreMap = {};
  let max: ScoreMap = {};
  for (const step of scenario.steps) {
    const bounds = step.kind === 'choice' ? choiceBounds(step) : step.kind === 'text' ? textBounds(step) : null;
    if (!bounds) continue;
    min = addScores(min, bounds.min);
    max = addScores(max, bounds.max);
  }
  return { min, max };
}

export function graphIssues(scenario: ScenarioDocument): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add = (code: ScenarioIssueCode, path: string, message: string, stepId?: string) =>
    issues.push({ code, path, message: stepId ? `Étape « ${stepId} » : ${message}` : message, ...(stepId ? { stepId } : {}) });
  const declared = new Set<string>(scenario.competencies);
  const range = scoreRange(scenario);

  const indexById = new Map<string, number>();
  scenario.steps.forEach((step, i) => {
    if (indexById.has(step.id)) add('duplicate_step', `/steps/${i}/id`, `cet identifiant est déjà utilisé par l'étape n° ${(indexById.get(step.id) ?? 0) + 1}.`, step.id);
    else indexById.set(step.id, i);
  });
  if (!indexById.has(scenario.start)) add('missing_start', '/start', `l'étape de départ « ${scenario.start} » n'existe pas.`);
  for (const competency of Object.keys(scenario.resources ?? {})) {
    if (!declared.has(competency)) add('unknown_competency', `/resources/${competency}`, `la compétence « ${competency} » n'est pas évaluée par ce scénario.`);
  }
  for (const [field, value] of [['title', scenario.title], ['summary', scenario.summary], ['persona/description', scenario.persona.description]] as const) {
    for (const name of unknownPlaceholders(value)) add('unknown_placeholder', `/${field}`, `la variable {${name}} est inconnue (variables possibles : {metier}, {entreprise}).`);
  }

  const checkCondition = (condition: Condition, path: string, stepId: string): void => {
    if ('score' in condition) {
      if (condition.score !== 'total' && !declared.has(condition.score)) {
        add('unknown_competency', `${path}/score`, `la condition porte sur la compétence « ${condition.score} », qui n'est pas évaluée par ce scénario.`, stepId);
        return;
      }
      const low = condition.score === 'total' ? totalOf(range.min) : pointsOf(range.min, condition.score);
      const high = condition.score === 'total' ? totalOf(range.max) : pointsOf(range.max, condition.score);
      if (!canHold(condition.op, condition.value, low, high)) {
        add('bad_condition', path, `la condition « ${condition.score} ${condition.op} ${condition.value} » ne peut jamais être vraie (score possible de ${low} à ${high}).`, stepId);
      }
    } else if ('interviewKind' in condition) {
      if (!scenario.interviewKinds.includes(condition.interviewKind)) {
        add('bad_condition', `${path}/interviewKind`, `la condition porte sur le type d'entretien « ${condition.interviewKind} », que ce scénario ne propose pas.`, stepId);
      }
    } else if ('all' in condition) condition.all.forEach((c, i) => checkCondition(c, `${path}/all/${i}`, stepId));
    else if ('any' in condition) condition.any.forEach((c, i) => checkCondition(c, `${path}/any/${i}`, stepId));
    else checkCondition(condition.not, `${path}/not`, stepId);
  };
  const checkNext = (next: Next | undefined, path: string, stepId: string) => {
    if (next && typeof next !== 'string') next.branches.forEach((b, j) => checkCondition(b.when, `${path}/branches/${j}/when`, stepId));
  };
  const checkTexts = (fields: Array<[string, string | undefined]>, stepId: string) => {
    for (const [path, value] of fields) {
      for (const name of unknownPlaceholders(value ?? '')) add('unknown_placeholder', path, `la variable {${name}} est inconnue (variables possibles : {metier}, {entreprise}).`, stepId);
    }
  };

  scenario.steps.forEach((step, i) => {
    const base = `/steps/${i}`;
    checkTexts(textFields(step, base), step.id);
    if (step.kind === 'text') {
      step.assesses.forEach((c, k) => {
        if (!declared.has(c)) add('unknown_competency', `${base}/assesses/${k}`, `la compétence « ${c} » n'est pas évaluée par ce scénario.`, step.id);
      });
      if (step.minLength !== undefined && step.maxLength !== undefined && step.minLength > step.maxLength) {
        add('schema', `${base}/minLength`, 'la longueur minimale dépasse la longueur maximale.', step.id);
      }
    }
    if (step.kind === 'choice') checkChoices(step, base, declared, add);
    if (step.kind !== 'end') checkNext(step.next, `${base}/next`, step.id);
    if (step.kind === 'choice') step.choices.forEach((choice, k) => checkNext(choice.next, `${base}/choices/${k}/next`, step.id));
    for (const edge of edgesOf(step, i)) {
      if (!indexById.has(edge.target)) add('unknown_target', edge.path, `la suite mène à l'étape « ${edge.target} », qui n'existe pas.`, step.id);
    }
  });

  const ends = scenario.steps.filter((s) => s.kind === 'end').map((s) => s.id);
  if (ends.length === 0) add('no_end', '/steps', "le scénario n'a aucune étape de fin (kind « end »).");
  if (!indexById.has(scenario.start)) return issues;

  const successors = new Map<string, string[]>();
  scenario.steps.forEach((step, i) => {
    if (indexById.get(step.id) === i) successors.set(step.id, edgesOf(step, i).map((e) => e.target).filter((t) => indexById.has(t)));
  });
  const reachable = closure([scenario.start], (id) => successors.get(id) ?? []);
  const predecessors = new Map<string, string[]>();
  for (const [from, targets] of successors) for (const to of targets) predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
  const reachesEnd = closure(ends, (id) => predecessors.get(id) ?? []);

  for (const [id, i] of indexById) {
    const base = `/steps/${i}`;
    if (!reachable.has(id)) {
      add('unreachable_step', base, "aucun chemin depuis le départ ne mène à cette étape.", id);
    } else if (!reachesEnd.has(id)) {
      const loops = closure(successors.get(id) ?? [], (s) => successors.get(s) ?? []).has(id);
      if (loops) add('no_exit', base, "cette étape fait partie d'une boucle dont aucune sortie ne mène à une fin.", id);
      else add('dead_end', base, "aucune fin n'est atteignable depuis cette étape.", id);
    }
  }
  return issues;
}

function checkChoices(step: ChoiceStep, base: string, declared: Set<string>, add: (code: ScenarioIssueCode, path: string, message: string, stepId?: string) => void) {
  const seen = new Set<string>();
  step.choices.forEach((choice, k) => {
    if (seen.has(choice.id)) add('duplicate_choice', `${base}/choices/${k}/id`, `le choix « ${choice.id} » est en double.`, step.id);
    seen.add(choice.id);
    for (const competency of Object.keys(choice.effects)) {
      if (!declared.has(competency)) add('unknown_competency', `${base}/choices/${k}/effects/${competency}`, `le choix « ${choice.id} » modifie la compétence « ${competency} », qui n'est pas évaluée par ce scénario.`, step.id);
    }
  });
  if (!step.next) {
    step.choices.forEach((choice, k) => {
      if (!choice.next) add('missing_next', `${base}/choices/${k}/next`, `le choix « ${choice.id} » n'a pas de suite et la question n'a pas de suite par défaut (next).`, step.id);
    });
  }
}

function textFields(step: Step, base: string): Array<[string, string | undefined]> {
  const fields: Array<[string, string | undefined]> = [[`${base}/title`, step.title]];
  if (step.kind === 'scene' || step.kind === 'end') fields.push([`${base}/text`, step.text]);
  if (step.kind === 'choice' || step.kind === 'text') fields.push([`${base}/prompt`, step.prompt]);
  if (step.kind === 'text') fields.push([`${base}/hint`, step.hint]);
  if (step.kind === 'choice') step.choices.forEach((c, k) => fields.push([`${base}/choices/${k}/label`, c.label], [`${base}/choices/${k}/feedback`, c.feedback]));
  return fields;
}

function canHold(op: ComparisonOperator, value: number, low: number, high: number): boolean {
  switch (op) {
    case '>=': return high >= value;
    case '>': return high > value;
    case '<=': return low <= value;
    case '<': return low < value;
    case '==': return low <= value && value <= high;
    case '!=': return !(low === value && high === value);
  }
}

/** Every node reachable from the seeds (the seeds included). */
function closure(seeds: readonly string[], next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>(seeds);
  const queue = [...seeds];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const n of next(id)) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}
