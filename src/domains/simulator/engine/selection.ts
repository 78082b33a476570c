// Choosing a scenario for a job (ROME code) and a kind of interview.
import type { InterviewKind, ScenarioDocument } from './scenario.types.js';

export interface ScenarioChoiceCriteria {
  romeCode?: string | null;
  interviewKind: InterviewKind;
}

/**
 * Ranks the scenarios that support the interview kind: same ROME code (4), same ROME domain and
 * sub-domain, e.g. "D11" (3), same ROME letter, e.g. "D" (2), any other (1). Ties keep the given
 * order. Returns the best, or null when no scenario supports the kind.
 */
export function selectScenario(scenarios: readonly ScenarioDocument[], criteria: ScenarioChoiceCriteria): ScenarioDocument | null {
  let best: ScenarioDocument | null = null;
  let bestRank = 0;
  for (const scenario of scenarios) {
    if (!scenario.interviewKinds.includes(criteria.interviewKind)) continue;
    const rank = rankFor(scenario, criteria.romeCode ?? null);
    if (rank > bestRank) {
      best = scenario;
      bestRank = rank;
    }
  }
  return best;
}

function rankFor(scenario: ScenarioDocument, romeCode: string | null): number {
  if (!romeCode) return 1;
  const code = romeCode.toUpperCase();
  if (scenario.romeCodes.includes(code)) return 4;
  if (scenario.romeCodes.some((c) => c.slice(0, 3) === code.slice(0, 3))) return 3;
  if (scenario.romeCodes.some((c) => c.slice(0, 1) === code.slice(0, 1))) return 2;
  return 1;
}
