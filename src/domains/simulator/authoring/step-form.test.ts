import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureScenario } from '../engine/scenario.fixture.js';
import type { ChoiceStep, Step } from '../engine/scenario.types.js';
import { loadBuiltinScenarios } from '../scenarios/builtin.scenarios.js';
import { canonicalJson } from '../storage/canonical-json.js';
import { draftIssues, moveStep, removeStep, setStart } from './draft.js';
import { parseStepForm } from './step-form.js';
import { choiceRows, stepToForm } from './step-form-values.js';

describe('simulator editor: step forms and draft operations', () => {
  test('every step of the built-in scenarios and of the fixture goes through its form unchanged', () => {
    for (const scenario of [...loadBuiltinScenarios(), fixtureScenario()]) {
      for (const step of scenario.steps) {
        const values = stepToForm(step);
        const parsed = parseStepForm(step.kind, values, { competencies: scenario.competencies, otherIds: scenario.steps.filter((other) => other.id !== step.id).map((other) => other.id), currentId: step.id });
        assert.ok(parsed.ok, `${scenario.id}/${step.id}: ${JSON.stringify(!parsed.ok && parsed.errors)}`);
        assert.equal(canonicalJson(parsed.step), canonicalJson(step), `${scenario.id}/${step.id}`);
      }
    }
  });

  test('a new step: its id is checked (format, taken, reserved), choices need a label, a feedback and effects within ±3', () => {
    const context = { competencies: ['presentation', 'motivation'] as const, otherIds: ['accueil', 'fin'] };
    const taken = parseStepForm('end', { id: 'fin', titre: 'Fin', texte: 'Au revoir.', issue: 'neutral' }, { ...context, competencies: [...context.competencies] });
    assert.equal(!taken.ok && taken.errors.id, 'L’identifiant « fin » est déjà pris par une autre étape.');
    const reserved = parseStepForm('end', { id: 'nouvelle', titre: 'Fin', texte: 'Au revoir.', issue: 'neutral' }, { ...context, competencies: [...context.competencies] });
    assert.match((!reserved.ok && reserved.errors.id) || '', /réservé/);
    const choice = parseStepForm(
      'choice',
      {
        id: 'q1',
        question: 'Pourquoi nous ?',
        'choix-1-libelle': 'Pour l’équipe.',
        'choix-1-retour': 'Bien.',
        'choix-1-effet-motivation': '4',
        'choix-2-libelle': 'Je ne sais pas.',
        'choix-2-retour': '',
        'choix-2-effet-savoir_etre': '2',
        suite: 'fin',
      },
      { ...context, competencies: [...context.competencies] },
    );
    assert.ok(!choice.ok);
    assert.equal(choice.errors['choix-1-effet-motivation'], 'Un effet va de -3 à 3 points.');
    assert.equal(choice.errors['choix-2-retour'], 'Écrivez le retour du coach pour ce choix.');
    assert.equal(choice.errors['choix-2-effet-savoir_etre'], undefined, 'effects on competencies the scenario does not assess are not read');
  });

  test('conditions: a score comparison, a kind of interview, a combined one kept as JSON; a branch needs its target', () => {
    const parsed = parseStepForm(
      'scene',
      {
        id: 's1',
        locuteur: 'narrator',
        texte: 'Le recruteur vous observe.',
        suite: 'fin',
        'branche-1-sujet': 'total',
        'branche-1-op': '<',
        'branche-1-valeur': '-2',
        'branche-1-cible': 'rattrapage',
        'branche-2-sujet': 'type:entretien_collectif',
        'branche-2-cible': 'groupe',
        'branche-3-json': JSON.stringify({ not: { score: 'presentation', op: '>=', value: 1 } }),
        'branche-3-cible': 'conseil',
      },
      { competencies: ['presentation'], otherIds: [] },
    );
    assert.ok(parsed.ok);
    assert.deepEqual((parsed.step as Extract<Step, { kind: 'scene' }>).next, {
      branches: [
        { when: { score: 'total', op: '<', value: -2 }, goto: 'rattrapage' },
        { when: { interviewKind: 'entretien_collectif' }, goto: 'groupe' },
        { when: { not: { score: 'presentation', op: '>=', value: 1 } }, goto: 'conseil' },
      ],
      otherwise: 'fin',
    });
    const missing = parseStepForm('scene', { id: 's1', locuteur: 'recruiter', texte: 'Bonjour.', 'branche-1-sujet': 'presentation', 'branche-1-op': '>=', 'branche-1-valeur': 'beaucoup' }, { competencies: ['presentation'], otherIds: [] });
    assert.ok(!missing.ok);
    assert.deepEqual(Object.keys(missing.errors).sort(), ['branche-1-cible', 'branche-1-valeur', 'suite']);
    const removed = parseStepForm('scene', { id: 's1', locuteur: 'recruiter', texte: 'Bonjour.', suite: 'fin', 'branche-1-json': '{"not":{}}', 'branche-1-cible': 'x', 'branche-1-supprimer': 'oui' }, { competencies: [], otherIds: [] });
    assert.ok(removed.ok && (removed.step as Extract<Step, { kind: 'scene' }>).next === 'fin', 'a combined condition can be removed');
  });

  test('media: images from the portal only, videos need captions and a transcript', () => {
    const base = { id: 'v', locuteur: 'recruiter', texte: 'Regardez.', suite: 'fin' };
    const image = parseStepForm('scene', { ...base, media: 'image', mediaSrc: 'https://ailleurs.example/photo.png', mediaAlt: '' }, { competencies: [], otherIds: [] });
    assert.ok(!image.ok);
    assert.deepEqual(Object.keys(image.errors).sort(), ['mediaAlt', 'mediaSrc']);
    const video = parseStepForm('scene', { ...base, media: 'video', mediaSrc: '/static/video.mp4' }, { competencies: [], otherIds: [] });
    assert.ok(!video.ok);
    assert.deepEqual(Object.keys(video.errors).sort(), ['videoSousTitres', 'videoTranscription']);
  });

  test('a choice’s conditional next (imported JSON) survives the form', () => {
    const question = structuredClone(fixtureScenario().steps.find((step): step is ChoiceStep => step.kind === 'choice')!);
    question.choices[0]!.next = { branches: [{ when: { score: 'presentation', op: '>', value: 1 }, goto: 'q2' }], otherwise: 'fin-bof' };
    const parsed = parseStepForm('choice', stepToForm(question), { competencies: fixtureScenario().competencies, otherIds: [], currentId: question.id });
    assert.ok(parsed.ok);
    assert.equal(canonicalJson(parsed.step), canonicalJson(question));
  });

  test('the form shows the step’s choices plus empty rows to add some', () => {
    const question = fixtureScenario().steps.find((step): step is ChoiceStep => step.kind === 'choice')!;
    assert.equal(choiceRows(stepToForm(question)), question.choices.length + 2);
  });

  test('draft operations: move, delete (the start moves on), set the start; the validator’s issues are placed on their step', () => {
    const draft = fixtureScenario();
    const ids = (document: typeof draft) => document.steps.map((step) => step.id);
    assert.deepEqual(ids(moveStep(draft, 'q1', 'up')).slice(0, 3), ['accueil', 'q1', 'telephone']);
    assert.deepEqual(ids(moveStep(draft, 'accueil', 'up')), ids(draft), 'the first step cannot go up');
    const withoutStart = removeStep(draft, 'accueil');
    assert.equal(withoutStart.start, 'telephone');
    assert.equal(setStart(draft, 'inconnue').start, 'accueil');
    const issues = draftIssues(removeStep(draft, 'telephone'));
    assert.equal(issues.ok, false);
    assert.ok(issues.byStep.get('accueil')?.some((issue) => issue.message.includes('telephone')), JSON.stringify(issues.all));
    assert.equal(draftIssues(draft).ok, true);
  });
});
