// Evaluation of the conditions that choose the next step.
import { totalOf, pointsOf } from './scoring.js';
import type { ComparisonOperator, Condition, InterviewKind, Next, ScoreMap } from './scenario.types.js';

export interface ConditionContext {
  scores: ScoreMap;
  interviewKind: InterviewKind;
}

export function compare(left: number, op: ComparisonOperator, right: number): boolean {
  switch (op) {
    case '>=': return left >= right;
    case '>': return left > right;
    case '<=': return left <= right;
    case '<': return left < right;
    case '==': return left === right;
    case '!=': return left !== right;
  }
}

export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  if ('score' in condition) {
    const value = condition.score === 'total' ? totalOf(context.scores) : pointsOf(context.scores, condition.score);
    return compare(value, condition.op, condition.value);
  }
  if ('interviewKind' in condition) return condition.interviewKind === context.interviewKind;
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, context));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, context));
  return !evaluateCondition(condition.not, context);
}

/** The step id a transition leads to in this context. */
export function resolveNext(next: Next, context: ConditionContext): string {
  if (typeof next === 'string') return next;
  const branch = next.branches.find((b) => evaluateCondition(b.when, context));
  return branch ? branch.goto : next.otherwise;
}

/** Every step id a transition may lead to. */
export function targetsOf(next: Next): string[] {
  return typeof next === 'string' ? [next] : [...next.branches.map((b) => b.goto), next.otherwise];
}
