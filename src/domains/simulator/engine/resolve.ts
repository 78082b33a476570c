// Rendering helpers: a step with its placeholders filled, and the progress through the scenario.
import { fillPlaceholders } from './placeholders.js';
import type { Placeholder } from './placeholders.js';
import { edgesOf } from './scenario.graph.js';
import type { Media, ScenarioDocument, Step } from './scenario.types.js';

export type PlaceholderValues = Record<Placeholder, string>;

/** A copy of the step with {metier} / {entreprise} filled in every text shown to the player. */
export function fillStep(step: Step, values: PlaceholderValues): Step {
  const f = (text: string) => fillPlaceholders(text, values);
  const title = step.title === undefined ? {} : { title: f(step.title) };
  switch (step.kind) {
    case 'scene':
      return { ...step, ...title, text: f(step.text), ...(step.media ? { media: fillMedia(step.media, f) } : {}) };
    case 'choice':
      return {
        ...step, ...title, prompt: f(step.prompt), ...(step.media ? { media: fillMedia(step.media, f) } : {}),
        choices: step.choices.map((c) => ({ ...c, label: f(c.label), feedback: f(c.feedback) })),
      };
    case 'text':
      return { ...step, ...title, prompt: f(step.prompt), ...(step.hint === undefined ? {} : { hint: f(step.hint) }), ...(step.media ? { media: fillMedia(step.media, f) } : {}) };
    case 'end':
      return { ...step, title: f(step.title), text: f(step.text) };
  }
}

function fillMedia(media: Media, f: (text: string) => string): Media {
  return media.type === 'image' ? { ...media, alt: f(media.alt) } : { ...media, transcript: f(media.transcript) };
}

const remainingCache = new WeakMap<ScenarioDocument, Map<string, number>>();

/**
 * Fewest questions (choice or text steps, the current one included) between a step and an ending,
 * over every transition whatever its condition. Unknown step or no ending reachable: 0.
 */
export function minRemainingQuestions(scenario: ScenarioDocument, stepId: string): number {
  let table = remainingCache.get(scenario);
  if (!table) {
    table = computeRemaining(scenario);
    remainingCache.set(scenario, table);
  }
  return table.get(stepId) ?? 0;
}

function computeRemaining(scenario: ScenarioDocument): Map<string, number> {
  const steps = new Map(scenario.steps.map((s, i) => [s.id, { step: s, targets: edgesOf(s, i).map((e) => e.target) }]));
  const dist = new Map<string, number>();
  for (const s of scenario.steps) if (s.kind === 'end') dist.set(s.id, 0);
  // Bellman-Ford style relaxation: weights are 0 or 1 and the graph is small.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, { step, targets }] of steps) {
      const cost = step.kind === 'choice' || step.kind === 'text' ? 1 : 0;
      for (const target of targets) {
        const d = dist.get(target);
        if (d === undefined) continue;
        const candidate = d + cost;
        const current = dist.get(id);
        if (current === undefined || candidate < current) {
          dist.set(id, candidate);
          changed = true;
        }
      }
    }
  }
  return dist;
}
