import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError } from '../../../platform/http/errors.js';
import { fixtureIndex, fixtureScenario } from './scenario.fixture.js';
import { assertValidScenario, validateScenario } from './scenario.validate.js';
import type { ChoiceStep, ScenarioDocument, ScenarioIssue, SceneStep, Step } from './scenario.types.js';

function issuesOf(doc: unknown): ScenarioIssue[] {
  const result = validateScenario(doc);
  assert.equal(result.ok, false, 'the document should be refused');
  return result.ok ? [] : result.issues;
}

function step<T extends Step>(doc: ScenarioDocument, id: string): T {
  const found = doc.steps.find((s) => s.id === id);
  assert.ok(found, id);
  return found as T;
}

/** Asserts one issue with this code, path and step, and returns it. */
function expectIssue(issues: ScenarioIssue[], code: string, path: string, stepId?: string): ScenarioIssue {
  const found = issues.find((i) => i.code === code && i.path === path);
  assert.ok(found, `expected ${code} at ${path}, got ${JSON.stringify(issues, null, 1)}`);
  assert.equal(found.stepId, stepId);
  if (stepId) assert.match(found.message, new RegExp(`« ${stepId} »`));
  return found;
}

describe('validateScenario: valid documents', () => {
  it('accepts the fixture and returns it typed', () => {
    const result = validateScenario(fixtureScenario());
    assert.equal(result.ok, true);
    assert.deepEqual(result.issues, []);
  });

  it('refuses non-objects without throwing', () => {
    for (const input of [null, [], 'scénario', 42, undefined]) assert.equal(validateScenario(input).ok, false);
  });
});

describe('validateScenario: broken graphs, one test per kind', () => {
  it('unreachable step', () => {
    const doc = fixtureScenario();
    doc.steps.push({ id: 'orphelin', kind: 'scene', speaker: 'narrator', text: 'Personne ne vient ici.', next: 'fin-bof' });
    const issues = issuesOf(doc);
    expectIssue(issues, 'unreachable_step', `/steps/${doc.steps.length - 1}`, 'orphelin');
    assert.equal(issues.length, 1);
  });

  it('dead end: a step that only leads into a loop without exit', () => {
    const doc = fixtureScenario();
    step<SceneStep>(doc, 'telephone').next = 'detour';
    doc.steps.push(
      { id: 'detour', kind: 'scene', speaker: 'narrator', text: 'Un détour.', next: 'boucle-a' },
      { id: 'boucle-a', kind: 'scene', speaker: 'narrator', text: 'A.', next: 'boucle-b' },
      { id: 'boucle-b', kind: 'scene', speaker: 'narrator', text: 'B.', next: 'boucle-a' },
    );
    const issues = issuesOf(doc);
    const n = doc.steps.length;
    expectIssue(issues, 'dead_end', `/steps/${n - 3}`, 'detour');
    expectIssue(issues, 'dead_end', `/steps/${fixtureIndex('telephone')}`, 'telephone');
    expectIssue(issues, 'no_exit', `/steps/${n - 2}`, 'boucle-a');
    expectIssue(issues, 'no_exit', `/steps/${n - 1}`, 'boucle-b');
    assert.equal(issues.length, 4);
  });

  it('a loop WITH an exit is accepted', () => {
    const doc = fixtureScenario();
    step<SceneStep>(doc, 'telephone').next = 'boucle';
    doc.steps.push({ id: 'boucle', kind: 'scene', speaker: 'narrator', text: 'Encore ?', next: { branches: [{ when: { score: 'total', op: '>=', value: 0 }, goto: 'q1' }], otherwise: 'telephone' } });
    assert.equal(validateScenario(doc).ok, true);
  });

  it('dead end: a question whose choice has no way out (missing next)', () => {
    const doc = fixtureScenario();
    const q = step<ChoiceStep>(doc, 'q3-fort');
    delete q.next;
    const i = fixtureIndex('q3-fort');
    const issues = issuesOf(doc);
    expectIssue(issues, 'missing_next', `/steps/${i}/choices/0/next`, 'q3-fort');
    assert.ok(!issues.some((x) => x.path === `/steps/${i}/choices/1/next`), 'the choice with its own next is fine');
  });

  it('unknown target, in a plain next and in a branch', () => {
    const doc = fixtureScenario();
    step<SceneStep>(doc, 'telephone').next = 'nulle-part';
    step<SceneStep>(doc, 'accueil').next = { branches: [{ when: { interviewKind: 'entretien_telephonique' }, goto: 'ailleurs' }], otherwise: 'q1' };
    const issues = issuesOf(doc);
    const found = expectIssue(issues, 'unknown_target', `/steps/${fixtureIndex('telephone')}/next`, 'telephone');
    assert.match(found.message, /« nulle-part »/);
    expectIssue(issues, 'unknown_target', `/steps/${fixtureIndex('accueil')}/next/branches/0/goto`, 'accueil');
  });

  it('unknown competency: in effects, in assesses, in a condition, in resources', () => {
    const doc = fixtureScenario();
    step<ChoiceStep>(doc, 'q1').choices[1]!.effects = { charisme: 1 } as never;
    (step(doc, 'q2') as { assesses: string[] }).assesses = ['argumentation', 'connaissance_entreprise'];
    step<ChoiceStep>(doc, 'q3-faible').next = { branches: [{ when: { score: 'humour' as never, op: '>', value: 0 }, goto: 'fin-bravo' }], otherwise: 'fin-bof' };
    doc.resources = { connaissance_entreprise: ['competence.connaissance_entreprise'] };
    const issues = issuesOf(doc);
    expectIssue(issues, 'unknown_competency', `/steps/${fixtureIndex('q1')}/choices/1/effects/charisme`, 'q1');
    expectIssue(issues, 'unknown_competency', `/steps/${fixtureIndex('q2')}/assesses/1`, 'q2');
    expectIssue(issues, 'unknown_competency', `/steps/${fixtureIndex('q3-faible')}/next/branches/0/when/score`, 'q3-faible');
    expectIssue(issues, 'unknown_competency', '/resources/connaissance_entreprise');
    assert.equal(issues.length, 4);
  });

  it('bad condition: interview kind the scenario does not offer, and a score that can never be reached', () => {
    const doc = fixtureScenario();
    step<SceneStep>(doc, 'accueil').next = { branches: [{ when: { interviewKind: 'entretien_collectif' }, goto: 'telephone' }], otherwise: 'q1' };
    step<ChoiceStep>(doc, 'q3-faible').next = {
      branches: [{ when: { any: [{ score: 'motivation', op: '>=', value: 50 }, { score: 'savoir_etre', op: '<', value: -10 }] }, goto: 'fin-bravo' }],
      otherwise: 'fin-bof',
    };
    const issues = issuesOf(doc);
    expectIssue(issues, 'bad_condition', `/steps/${fixtureIndex('accueil')}/next/branches/0/when/interviewKind`, 'accueil');
    const never = expectIssue(issues, 'bad_condition', `/steps/${fixtureIndex('q3-faible')}/next/branches/0/when/any/0`, 'q3-faible');
    assert.match(never.message, /de -4 à 6/, 'motivation ranges from -3 (q2) - 1 (q3-faible) to 1 (q1) + 3 (q2) + 2 (q3-faible)');
    expectIssue(issues, 'bad_condition', `/steps/${fixtureIndex('q3-faible')}/next/branches/0/when/any/1`, 'q3-faible');
  });

  it('bad condition: malformed condition is a schema error at the condition path', () => {
    const doc = fixtureScenario() as unknown as { steps: Array<Record<string, unknown>> };
    doc.steps[fixtureIndex('q2')]!.next = { branches: [{ when: { score: 'presentation', op: '=>', value: 2 }, goto: 'q3-fort' }], otherwise: 'q3-faible' };
    const issues = issuesOf(doc);
    const found = expectIssue(issues, 'schema', `/steps/${fixtureIndex('q2')}/next/branches/0/when`, 'q2');
    assert.match(found.message, /condition invalide/);
  });

  it('duplicate step ids and duplicate choice ids', () => {
    const doc = fixtureScenario();
    doc.steps.push({ id: 'q1', kind: 'end', title: 'Doublon', text: 'Doublon.', outcome: 'neutral' });
    step<ChoiceStep>(doc, 'q3-fort').choices[1]!.id = 'x';
    const issues = issuesOf(doc);
    const dup = expectIssue(issues, 'duplicate_step', `/steps/${doc.steps.length - 1}/id`, 'q1');
    assert.match(dup.message, /n° 3/);
    expectIssue(issues, 'duplicate_choice', `/steps/${fixtureIndex('q3-fort')}/choices/1/id`, 'q3-fort');
  });

  it('missing start', () => {
    const doc = fixtureScenario();
    doc.start = 'introduction';
    const issues = issuesOf(doc);
    expectIssue(issues, 'missing_start', '/start');
    assert.equal(issues.length, 1, 'reachability is not reported without a start');
  });

  it('no end step at all', () => {
    const doc = fixtureScenario();
    doc.steps = doc.steps.filter((s) => s.kind !== 'end');
    step<ChoiceStep>(doc, 'q3-fort').next = 'q1';
    step<ChoiceStep>(doc, 'q3-fort').choices[1]!.next = 'q1';
    step<ChoiceStep>(doc, 'q3-faible').next = 'q1';
    const issues = issuesOf(doc);
    expectIssue(issues, 'no_end', '/steps');
    expectIssue(issues, 'no_exit', `/steps/${fixtureIndex('q1')}`, 'q1');
  });

  it('unknown placeholder in a text', () => {
    const doc = fixtureScenario();
    step<SceneStep>(doc, 'telephone').text = 'Bonjour {prenom}, ici {entreprise}.';
    const issues = issuesOf(doc);
    const found = expectIssue(issues, 'unknown_placeholder', `/steps/${fixtureIndex('telephone')}/text`, 'telephone');
    assert.match(found.message, /\{prenom\}/);
    assert.equal(issues.length, 1);
  });
});

describe('validateScenario: schema errors carry the JSON path', () => {
  const broken = (mutate: (doc: Record<string, unknown> & { steps: Array<Record<string, unknown>> }) => void) => {
    const doc = fixtureScenario() as unknown as Record<string, unknown> & { steps: Array<Record<string, unknown>> };
    mutate(doc);
    return issuesOf(doc);
  };

  it('missing required field in a step', () => {
    const issues = broken((d) => { delete d.steps[fixtureIndex('q2')]!.prompt; });
    const found = expectIssue(issues, 'schema', `/steps/${fixtureIndex('q2')}/prompt`, 'q2');
    assert.match(found.message, /« prompt » est obligatoire/);
    assert.equal(issues.length, 1);
  });

  it('unknown step kind', () => {
    const issues = broken((d) => { d.steps[1]!.kind = 'quiz'; });
    assert.match(expectIssue(issues, 'schema', '/steps/1/kind', 'telephone').message, /type inconnu « quiz »/);
  });

  it('video without captions', () => {
    const issues = broken((d) => { d.steps[1]!.media = { type: 'video', src: '/v.mp4', transcript: 'Texte.' }; });
    assert.match(expectIssue(issues, 'schema', '/steps/1/media/captions', 'telephone').message, /« captions » est obligatoire/);
  });

  it('effect out of range, wrong type, blank text, unexpected field', () => {
    const issues = broken((d) => {
      (d.steps[fixtureIndex('q1')]!.choices as Array<Record<string, unknown>>)[0]!.effects = { presentation: 5 };
      d.steps[fixtureIndex('q2')]!.minLength = 'dix';
      d.steps[0]!.text = '   ';
      d.steps[1]!.couleur = 'rouge';
    });
    expectIssue(issues, 'schema', `/steps/${fixtureIndex('q1')}/choices/0/effects/presentation`, 'q1');
    assert.match(expectIssue(issues, 'schema', `/steps/${fixtureIndex('q2')}/minLength`, 'q2').message, /entier/);
    assert.match(expectIssue(issues, 'schema', '/steps/0/text', 'accueil').message, /vide/);
    assert.match(expectIssue(issues, 'schema', '/steps/1/couleur', 'telephone').message, /n'est pas prévu/);
  });

  it('document-level fields: schema version, ROME code, interview kind, competency', () => {
    const issues = broken((d) => {
      d.schemaVersion = 2;
      d.romeCodes = ['D110'];
      d.interviewKinds = ['visio'];
      d.competencies = ['presentation', 'charisme'];
    });
    for (const path of ['/schemaVersion', '/romeCodes/0', '/interviewKinds/0', '/competencies/1']) expectIssue(issues, 'schema', path);
  });

  it('a step without id is named by its position', () => {
    const issues = broken((d) => { delete d.steps[1]!.id; });
    assert.match(expectIssue(issues, 'schema', '/steps/1/id', 'n° 2').message, /« id » est obligatoire/);
  });
});

describe('assertValidScenario', () => {
  it('returns the document when valid', () => {
    const doc = fixtureScenario();
    assert.equal(assertValidScenario(doc), doc);
  });

  it('throws SIMULATOR_SCENARIO_INVALID with one detail per issue', () => {
    const doc = fixtureScenario();
    doc.start = 'absent';
    assert.throws(() => assertValidScenario(doc), (error: unknown) => {
      assert.ok(isAppError(error));
      assert.equal(error.code, 'SIMULATOR_SCENARIO_INVALID');
      assert.deepEqual(error.details.map((d) => d.field), ['/start']);
      return true;
    });
  });
});
