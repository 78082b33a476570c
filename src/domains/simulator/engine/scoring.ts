// Score arithmetic. Raw scores are sums of integer points per competency. For each played question,
// the bounds grow by the lowest and highest points that question could give; a competency's score is
// normalised against those bounds: percent = round(100 × (raw − min) / (max − min)), in [0, 100],
// or null when min === max (the attempt gave no chance to score it).
import { COMPETENCIES } from './scenario.types.js';
import type { AnswerAnalysis, ChoiceStep, CompetencyId, CompetencyLevel, ScoreMap, TextStep } from './scenario.types.js';

/** Bounds of one effect of a choice (schema). */
export const EFFECT_MIN = -3;
export const EFFECT_MAX = 3;
/** A free-text answer moves each competency it assesses by at most this many points either way. */
export const TEXT_SCORE_LIMIT = 3;
/** Percent thresholds of the levels: ≥ 70 fort, ≥ 40 moyen, below à travailler. */
export const LEVEL_STRONG = 70;
export const LEVEL_MEDIUM = 40;

/** Points of a competency in a map (0 when absent). */
export const pointsOf = (map: ScoreMap, competency: CompetencyId): number => map[competency] ?? 0;

/** Sum of two score maps; only non-zero keys are kept, in the order of COMPETENCIES. */
export function addScores(a: ScoreMap, b: ScoreMap): ScoreMap {
  const out: ScoreMap = {};
  for (const competency of COMPETENCIES) {
    const sum = pointsOf(a, competency) + pointsOf(b, competency);
    if (sum !== 0) out[competency] = sum;
  }
  return out;
}

/** Sum of all competencies. */
export const totalOf = (map: ScoreMap): number => COMPETENCIES.reduce((sum, c) => sum + pointsOf(map, c), 0);

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/**
 * Lowest and highest points a choice question can give, per competency: over its choices, a
 * competency absent from a choice counts 0.
 */
export function choiceBounds(step: ChoiceStep): { min: ScoreMap; max: ScoreMap } {
  const min: ScoreMap = {};
  const max: ScoreMap = {};
  for (const competency of COMPETENCIES) {
    const values = step.choices.map((choice) => pointsOf(choice.effects, competency));
    const low = Math.min(...values);
    const high = Math.max(...values);
    if (low !== 0) min[competency] = low;
    if (high !== 0) max[competency] = high;
  }
  return { min, max };
}

/** Bounds of a free-text question: ±TEXT_SCORE_LIMIT for each assessed competency. */
export function textBounds(step: TextStep): { min: ScoreMap; max: ScoreMap } {
  const min: ScoreMap = {};
  const max: ScoreMap = {};
  for (const competency of step.assesses) {
    min[competency] = -TEXT_SCORE_LIMIT;
    max[competency] = TEXT_SCORE_LIMIT;
  }
  return { min, max };
}

/**
 * Points of a free-text answer: for each assessed competency, (strength remarks − improvement remarks)
 * feeding it, clamped to ±TEXT_SCORE_LIMIT. Remarks on other competencies score nothing.
 */
export function textGain(analysis: AnswerAnalysis, assesses: readonly CompetencyId[]): ScoreMap {
  const gained: ScoreMap = {};
  for (const competency of COMPETENCIES) {
    if (!assesses.includes(competency)) continue;
    const net = analysis.remarks
      .filter((remark) => remark.competency === competency)
      .reduce((sum, remark) => sum + (remark.polarity === 'strength' ? 1 : -1), 0);
    const points = clamp(net, -TEXT_SCORE_LIMIT, TEXT_SCORE_LIMIT);
    if (points !== 0) gained[competency] = points;
  }
  return gained;
}

/** Normalises a raw score to 0–100 against its bounds; null when min === max. */
export function normalise(raw: number, min: number, max: number): number | null {
  if (max <= min) return null;
  return clamp(Math.round((100 * (raw - min)) / (max - min)), 0, 100);
}

export function levelOf(percent: number | null): CompetencyLevel {
  if (percent === null) return 'non_evalue';
  if (percent >= LEVEL_STRONG) return 'fort';
  if (percent >= LEVEL_MEDIUM) return 'moyen';
  return 'a_travailler';
}
