// A small valid scenario used by the engine tests (a fresh copy at each call, so tests may break it).
import type { ScenarioDocument } from './scenario.types.js';

export function fixtureScenario(): ScenarioDocument {
  return {
    schemaVersion: 1,
    id: 'fixture-vente',
    title: 'Entretien de {metier}',
    summary: 'Un court entretien pour tester le moteur.',
    romeCodes: ['D1106'],
    interviewKinds: ['premier_entretien', 'entretien_telephonique'],
    persona: { name: 'Claire Martin', role: 'Responsable de magasin', company: 'Maison Durand', description: 'Directe et bienveillante.' },
    competencies: ['presentation', 'motivation', 'savoir_etre', 'argumentation'],
    resources: { argumentation: ['metier.vente', 'competence.argumentation'] },
    start: 'accueil',
    steps: [
      {
        id: 'accueil', kind: 'scene', speaker: 'recruiter', text: 'Bonjour, vous postulez comme {metier} chez {entreprise}.',
        next: { branches: [{ when: { interviewKind: 'entretien_telephonique' }, goto: 'telephone' }], otherwise: 'q1' },
      },
      { id: 'telephone', kind: 'scene', speaker: 'narrator', text: 'Le téléphone sonne.', next: 'q1' },
      {
        id: 'q1', kind: 'choice', prompt: 'Présentez-vous.',
        choices: [
          { id: 'a', label: 'Je résume mon parcours en une minute.', effects: { presentation: 2, savoir_etre: 1 }, feedback: 'Clair et concis.' },
          { id: 'b', label: 'Je lis mon CV ligne à ligne.', effects: { presentation: -1 }, feedback: 'Le recruteur a déjà votre CV.' },
          { id: 'c', label: "J'explique pourquoi {entreprise} m'attire.", effects: { motivation: 1 }, feedback: 'Motivé, mais la question portait sur vous.' },
        ],
        next: 'q2',
      },
      { id: 'q2', kind: 'text', prompt: 'Racontez une vente réussie.', assesses: ['argumentation', 'motivation'], next: { branches: [{ when: { score: 'presentation', op: '>=', value: 2 }, goto: 'q3-fort' }], otherwise: 'q3-faible' } },
      {
        id: 'q3-fort', kind: 'choice', prompt: 'Un client mécontent revient : que faites-vous ?',
        choices: [
          { id: 'x', label: "J'écoute puis je propose une solution.", effects: { argumentation: 2, savoir_etre: 1 }, feedback: 'Bonne écoute.' },
          { id: 'y', label: 'Je lui dis de revenir plus tard.', effects: { argumentation: -2, savoir_etre: -2 }, feedback: 'Le client repart fâché.', next: 'fin-bof' },
        ],
        next: 'fin-bravo',
      },
      {
        id: 'q3-faible', kind: 'choice', prompt: 'Pourquoi ce poste ?',
        choices: [
          { id: 'x', label: "J'aime le contact client.", effects: { motivation: 2 }, feedback: 'Sincère.' },
          { id: 'y', label: 'Pour le salaire.', effects: { motivation: -1 }, feedback: 'Peu convaincant.' },
        ],
        next: { branches: [{ when: { all: [{ score: 'motivation', op: '>=', value: 2 }, { not: { score: 'total', op: '<', value: 0 } }] }, goto: 'fin-bravo' }], otherwise: 'fin-bof' },
      },
      { id: 'fin-bravo', kind: 'end', title: 'Bravo', text: '{entreprise} vous rappellera pour le poste de {metier}.', outcome: 'success' },
      { id: 'fin-bof', kind: 'end', title: 'À retravailler', text: 'Entraînez-vous encore.', outcome: 'neutral' },
    ],
  };
}

/** Index of a step in the fixture, to build JSON pointers in tests. */
export const fixtureIndex = (id: string): number => fixtureScenario().steps.findIndex((s) => s.id === id);
