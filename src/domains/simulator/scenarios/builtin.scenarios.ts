// The three scenarios written for the project, shipped as JSON files next to this module.
import { readFileSync } from 'node:fs';
import { assertValidScenario } from '../engine/scenario.validate.js';
import type { ScenarioDocument } from '../engine/scenario.types.js';

/** File names of the built-in scenarios (in this folder). */
export const BUILTIN_SCENARIO_FILES = ['vente-conseiller.scenario.json', 'restauration-salle.scenario.json', 'assistanat-administratif.scenario.json'] as const;

/** Reads the JSON text of a built-in scenario file. */
export function readBuiltinScenarioJson(file: (typeof BUILTIN_SCENARIO_FILES)[number]): string {
  return readFileSync(new URL(file, import.meta.url), 'utf8');
}

/** Parses and validates the built-in scenarios (throws AppError SIMULATOR_SCENARIO_INVALID if one is broken). */
export function loadBuiltinScenarios(): ScenarioDocument[] {
  return BUILTIN_SCENARIO_FILES.map((file) => assertValidScenario(JSON.parse(readBuiltinScenarioJson(file))));
}
