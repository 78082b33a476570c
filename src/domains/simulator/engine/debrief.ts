// The end-of-attempt debrief: a deterministic function of (scenario, state).
//  - competencies: raw score, bounds, percent (scoring.normalise) and level (scoring.levelOf);
//  - strengths: competencies at level « fort », then each distinct strength remark of the analyser
//    (first occurrence), then choices that gained 2 points or more in total (named by the competency
//    they raised most);
//  - improvements: competencies « à travailler » then « moyen », then each distinct improvement remark
//    (first occurrence), then choices that lost points in total (named by the competency they lowered most);
//  - recommendations: competencies « à travailler » or « moyen », weakest first, with resource keys.
import { assertSameScenario } from './attempt.state.js';
import { fillPlaceholders } from './placeholders.js';
import { levelOf, normalise, pointsOf, totalOf } from './scoring.js';
import { COMPETENCIES, COMPETENCY_LABELS } from './scenario.types.js';
import type { AttemptState, CompetencyResult, Debrief, DebriefAnswer, DebriefPoint, DebriefRecommendation, ScenarioDocument } from './scenario.types.js';

/** Default resource keys of a competency when the scenario gives none. */
export const defaultResourceKeys = (competency: string): string[] => [`competence.${competency}`];

/**
 * Builds the debrief (also for an unfinished attempt: finished=false, ending=null). Same scenario and
 * same answers → deep-equal debrief. Throws SIMULATOR_SCENARIO_CHANGED if the state is of another content.
 */
export function buildDebrief(scenario: ScenarioDocument, state: AttemptState): Debrief {
  assertSameScenario(scenario, state);
  const values = { metier: state.options.jobTitle, entreprise: state.options.company };
  const f = (text: string) => fillPlaceholders(text, values);
  const stepsById = new Map(scenario.steps.map((s) => [s.id, s]));

  const competencies: CompetencyResult[] = COMPETENCIES.filter((c) => scenario.competencies.includes(c)).map((competency) => {
    const raw = pointsOf(state.scores, competency);
    const min = pointsOf(state.bounds.min, competency);
    const max = pointsOf(state.bounds.max, competency);
    const percent = normalise(raw, min, max);
    return { competency, label: COMPETENCY_LABELS[competency], raw, min, max, percent, level: levelOf(percent) };
  });
  const percents = competencies.map((c) => c.percent).filter((p): p is number => p !== null);
  const overall = percents.length === 0 ? null : Math.round(percents.reduce((a, b) => a + b, 0) / percents.length);

  const strengths: DebriefPoint[] = competencies
    .filter((c) => c.level === 'fort')
    .map((c) => ({ competency: c.competency, text: `${c.label} : point fort de votre entretien (${c.percent} / 100).` }));
  const weak = competencies.filter((c) => c.level === 'a_travailler' || c.level === 'moyen').sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0));
  const improvements: DebriefPoint[] = weak.map((c) => ({
    competency: c.competency,
    text: c.level === 'a_travailler' ? `${c.label} : à travailler en priorité (${c.percent} / 100).` : `${c.label} : correct, peut encore progresser (${c.percent} / 100).`,
  }));

  const answers: DebriefAnswer[] = [];
  const seenRemarks = new Set<string>();
  for (const entry of state.history) {
    const step = stepsById.get(entry.stepId);
    if (!step || entry.type === 'continue') continue;
    if (step.kind === 'choice' && entry.type === 'choice') {
      const choice = step.choices.find((c) => c.id === entry.choiceId);
      if (!choice) continue;
      answers.push({ stepId: step.id, prompt: f(step.prompt), type: 'choice', choiceLabel: f(choice.label), feedback: f(choice.feedback), gained: entry.gained });
      const total = totalOf(entry.gained);
      // The competency most moved by the choice (first in COMPETENCIES order on a tie).
      const best = COMPETENCIES.reduce((b, c) => (pointsOf(entry.gained, c) > pointsOf(entry.gained, b) ? c : b));
      const worst = COMPETENCIES.reduce((w, c) => (pointsOf(entry.gained, c) < pointsOf(entry.gained, w) ? c : w));
      if (total >= 2) strengths.push({ competency: best, text: `${f(choice.label)} — ${f(choice.feedback)}`, stepId: step.id });
      if (total < 0) improvements.push({ competency: worst, text: `${f(choice.label)} — ${f(choice.feedback)}`, stepId: step.id });
    } else if (step.kind === 'text' && entry.type === 'text') {
      const remarks = entry.analysis?.remarks ?? [];
      answers.push({ stepId: step.id, prompt: f(step.prompt), type: 'text', text: entry.text ?? '', remarks, gained: entry.gained });
      for (const remark of remarks) {
        if (seenRemarks.has(remark.code)) continue;
        seenRemarks.add(remark.code);
        (remark.polarity === 'strength' ? strengths : improvements).push({ competency: remark.competency, text: remark.message, stepId: step.id });
      }
    }
  }

  const recommendations: DebriefRecommendation[] = weak.map((c) => ({
    competency: c.competency,
    label: c.label,
    resourceKeys: [...(scenario.resources?.[c.competency] ?? defaultResourceKeys(c.competency))],
  }));

  const end = stepsById.get(state.current);
  const ending = state.finished && end?.kind === 'end' ? { stepId: end.id, title: f(end.title), text: f(end.text), outcome: end.outcome } : null;

  return {
    scenarioId: scenario.id,
    scenarioTitle: f(scenario.title),
    interviewKind: state.options.interviewKind,
    jobTitle: state.options.jobTitle,
    company: state.options.company,
    finished: state.finished,
    ending,
    competencies,
    overall,
    strengths,
    improvements,
    recommendations,
    answers,
  };
}
